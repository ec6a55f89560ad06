using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Quotas;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Set-OSQuota: changes a project's quotas (admin), each key sent to the service that keeps it (Nova, Cinder or
    /// Neutron); -Default puts all of them back to the cloud's defaults. -WhatIf shows each old and new value.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "OSQuota", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = Values)]
    [OutputType(typeof(QuotaSet))]
    public sealed class SetOSQuotaCommand : OpenStackCmdlet
    {
        private const string Values = "Values", Defaults = "Default";

        /// <summary>Project names or ids, or projects (or quota sets) from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ReferenceTo(typeof(Project))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public NameOrId[] Project { get; set; } = null!;

        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Instances { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Cores { get; set; }
        /// <summary>RAM in MiB.</summary>
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Ram { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? KeyPairs { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? ServerGroups { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? ServerGroupMembers { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? MetadataItems { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Volumes { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Gigabytes { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Snapshots { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Backups { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? BackupGigabytes { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? PerVolumeGigabytes { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Networks { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Subnets { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Ports { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? Routers { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? FloatingIPs { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? SecurityGroups { get; set; }
        [Parameter(ParameterSetName = Values)] [ValidateRange(-1, int.MaxValue)] public int? SecurityGroupRules { get; set; }

        /// <summary>
        /// Any other quotas, by the names above or by a service's own key: @{ 'gigabytes_lvmdriver-1' = 100; subnetpool = 5 }.
        /// </summary>
        [Parameter(ParameterSetName = Values)]
        [ValidateNotNull]
        public Hashtable? Quota { get; set; }

        /// <summary>Put every quota of the project back to the cloud's defaults (each service's DELETE of its quota set).</summary>
        [Parameter(Mandatory = true, ParameterSetName = Defaults)]
        public SwitchParameter Default { get; set; }

        /// <summary>Write the project's quotas once changed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private List<(string Name, long Value)> _wanted = null!;

        protected override void BeginProcessing()
        {
            // The typed parameters and the hashtable are one list of (name or key, value), checked before anything is sent.
            _wanted = new List<(string, long)>();
            foreach (var k in QuotaKey.Known)
                if (MyInvocation.BoundParameters.TryGetValue(k.Name, out var v) && v is int n) _wanted.Add((k.Name, n));
            if (Quota != null)
                foreach (DictionaryEntry e in Quota)
                {
                    var name = e.Key?.ToString() ?? "";
                    if (!LanguagePrimitives.TryConvertTo<long>(e.Value, CultureInfo.InvariantCulture, out var value))
                        ThrowTerminatingError(ErrorRecords.From(new ArgumentException("The quota " + name + " must be a whole number (-1 for no limit), not '" + e.Value + "'."), Quota));
                    if (name.Length == 0) ThrowTerminatingError(ErrorRecords.From(new ArgumentException("-Quota has an empty key."), Quota));
                    if (_wanted.Any(w => Same(w.Name, name)))
                        ThrowTerminatingError(ErrorRecords.From(new ArgumentException("The quota " + name + " is given twice."), Quota));
                    _wanted.Add((name, value));
                }
            if (!Default && _wanted.Count == 0)
                ThrowTerminatingError(ErrorRecords.From(new ArgumentException("Give the quotas to change (-Instances 20, -Quota @{ ... }), or -Default to reset them."), null));
            foreach (var (name, value) in _wanted)
                Must(name, () => QuotaClient.CheckLimit(name, value));
        }

        // Instances and instances name one quota.
        private static bool Same(string a, string b)
        {
            var ka = QuotaKey.Find(a);
            var kb = QuotaKey.Find(b);
            return ka != null ? ka == kb : string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        }

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var quotas = new QuotaClient(session);
            foreach (var project in Project.Select(p => p.Value))
                Try(project, () =>
                {
                    var (id, name) = Run(ct => ProjectTarget.ResolveAsync(session, project, ct));
                    var label = name == null || name == id ? id : name + " (" + id + ")";
                    var services = QuotaClient.Services.Where(quotas.HasService).ToList();
                    if (Default)
                    {
                        if (!ShouldProcess(label, "Reset the quotas of " + string.Join(", ", services) + " to the defaults")) return;
                        foreach (var service in services) Run(ct => quotas.ResetAsync(service, id, ct));
                    }
                    else
                    {
                        var current = new List<QuotaItem>();
                        foreach (var service in services) current.AddRange(Run(ct => quotas.GetAsync(service, id, QuotaView.Limits, ct)));
                        var changes = Route(current, services);
                        var words = string.Join(", ", changes.SelectMany(c => c.Value.Select(kv => kv.Key + " " + Old(current, c.Key, kv.Key) + " -> " + Text(kv.Value))));
                        if (!ShouldProcess(label, "Set quota: " + words)) return;
                        foreach (var c in changes) Run(ct => quotas.SetAsync(c.Key, id, c.Value, ct));
                    }
                    if (PassThru)
                    {
                        var items = new List<QuotaItem>();
                        foreach (var service in services) items.AddRange(Run(ct => quotas.GetAsync(service, id, QuotaView.Limits, ct)));
                        WriteObject(new QuotaSet(id, name, items));
                    }
                });
        }

        /// <summary>The wanted values per service under the service's own keys; a key no service has is an error, before any change.</summary>
        private Dictionary<string, Dictionary<string, long>> Route(List<QuotaItem> current, List<string> services)
        {
            var byService = new Dictionary<string, Dictionary<string, long>>();
            foreach (var (name, value) in _wanted)
            {
                string service, key;
                var known = QuotaKey.Find(name);
                if (known != null) { service = known.Service; key = known.Key; }
                else
                {
                    // Another key (a per-volume-type one, an extension's): the service whose quota set has it.
                    var holders = current.Where(i => string.Equals(i.Resource, name, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (holders.Count == 0)
                        throw new ArgumentException("No service of this cloud has a quota named '" + name + "'. Get-OSQuota lists the keys (the Resource column).");
                    if (holders.Select(h => h.Service).Distinct().Count() > 1)
                        throw new ArgumentException("The quota '" + name + "' is kept by " + string.Join(" and ", holders.Select(h => h.Service)) + ": set it with its own parameter.");
                    service = holders[0].Service; key = holders[0].Resource;
                }
                if (!services.Contains(service))
                    throw new ArgumentException("The cloud's catalog has no " + service + " service: " + name + " cannot be set.");
                if (!byService.TryGetValue(service, out var values)) byService[service] = values = new Dictionary<string, long>();
                values[key] = value;
            }
            return byService;
        }

        private static string Old(List<QuotaItem> current, string service, string key) =>
            current.FirstOrDefault(i => i.Service == service && i.Resource == key) is QuotaItem i ? Text(i.Limit) : "(none)";

        private static string Text(long value) => value < 0 ? "unlimited" : value.ToString(CultureInfo.InvariantCulture);
    }
}
