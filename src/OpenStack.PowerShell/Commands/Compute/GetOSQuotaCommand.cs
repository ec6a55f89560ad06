using System.Collections.Generic;
using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Quotas;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSQuota: a project's quotas in Nova, Cinder and Neutron as one object; -Usage adds what is in use and reserved,
    /// -Default shows the cloud's defaults instead. A service the catalog lacks is left out with a warning.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSQuota", DefaultParameterSetName = Current)]
    [OutputType(typeof(QuotaSet))]
    public sealed class GetOSQuotaCommand : OpenStackCmdlet
    {
        private const string Current = "Current", Defaults = "Default";

        /// <summary>Project names or ids, or projects from the pipeline; none: the session's project.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ReferenceTo(typeof(Project))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public NameOrId[]? Project { get; set; }

        /// <summary>Also what is in use and reserved against each quota.</summary>
        [Parameter(ParameterSetName = Current)]
        public SwitchParameter Usage { get; set; }

        /// <summary>The cloud's default quotas, which a project without values of its own gets.</summary>
        [Parameter(Mandatory = true, ParameterSetName = Defaults)]
        public SwitchParameter Default { get; set; }

        private readonly HashSet<string> _warned = new HashSet<string>();

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var quotas = new QuotaClient(session);
            var view = Default ? QuotaView.Defaults : Usage ? QuotaView.Usage : QuotaView.Limits;
            foreach (var project in Project ?? new NameOrId?[] { null })
                Try(project?.Value ?? session.ProjectName, () =>
                {
                    var (id, name) = Run(ct => ProjectTarget.ResolveAsync(session, project?.Value, ct));
                    var items = new List<QuotaItem>();
                    foreach (var service in QuotaClient.Services)
                    {
                        if (quotas.Missing(service) is string missing)
                        {
                            if (_warned.Add(service)) WriteWarning("The quotas of " + service + " are left out: " + missing);
                            continue;
                        }
                        items.AddRange(Run(ct => quotas.GetAsync(service, id, view, ct)));
                    }
                    WriteObject(new QuotaSet(id, name, items, Default));
                });
        }
    }
}
