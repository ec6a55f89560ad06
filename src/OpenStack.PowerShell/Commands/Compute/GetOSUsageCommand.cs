using System;
using System.Collections.Generic;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSUsage: Nova's usage over a period (os-simple-tenant-usage): server hours, vCPU hours, RAM and disk GB-hours per
    /// project; -Detailed writes the servers behind them instead. Without -Project: every project for an administrator,
    /// else the caller's own.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSUsage")]
    [OutputType(typeof(TenantUsage), typeof(ServerUsage))]
    public sealed class GetOSUsageCommand : OpenStackCmdlet
    {
        /// <summary>Project names or ids, or projects from the pipeline.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ReferenceTo(typeof(Project))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public NameOrId[]? Project { get; set; }

        /// <summary>The start of the period (local time unless a zone is given); default: four weeks ago.</summary>
        [Parameter]
        public DateTime? Start { get; set; }

        /// <summary>The end of the period; default: now.</summary>
        [Parameter]
        public DateTime? End { get; set; }

        /// <summary>One object per server that ran in the period (name, flavor, hours, state) instead of the project sums.</summary>
        [Parameter]
        public SwitchParameter Detailed { get; set; }

        private DateTimeOffset _start, _end;

        protected override void BeginProcessing()
        {
            _end = End.HasValue ? new DateTimeOffset(End.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(End.Value, DateTimeKind.Local) : End.Value) : DateTimeOffset.UtcNow;
            _start = Start.HasValue ? new DateTimeOffset(Start.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(Start.Value, DateTimeKind.Local) : Start.Value) : _end.AddDays(-28);
            if (_end <= _start)
                ThrowTerminatingError(ErrorRecords.From(new ArgumentException("-End (" + _end.ToString("u") + ") must come after -Start (" + _start.ToString("u") + ")."), null));
        }

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var compute = new ComputeClient(session);
            if (Project == null)
            {
                var all = true;
                Try("all projects", () =>
                {
                    try { Write(compute, null, null, Names(session)); }
                    catch (ForbiddenException)
                    {
                        // Every project's usage is an administrator's call: anyone else sees their own.
                        WriteVerbose("Not allowed to read every project's usage: showing " + session.ProjectName + "'s.");
                        all = false;
                    }
                });
                if (all) return;
            }
            foreach (var project in Project ?? new NameOrId?[] { null })
                Try(project?.Value ?? session.ProjectName, () =>
                {
                    var (id, name) = Run(ct => ProjectTarget.ResolveAsync(session, project?.Value, ct));
                    Write(compute, id, name, null);
                });
        }

        private void Write(ComputeClient compute, string? projectId, string? projectName, Dictionary<string, string?>? names)
        {
            foreach (var usage in RunEach(ct => compute.GetUsageAsync(projectId, _start, _end, Detailed, ct)))
            {
                usage.ProjectName = projectName ?? (names != null && names.TryGetValue(usage.ProjectId, out var n) ? n : null);
                if (!Detailed) WriteObject(usage);
                else if (usage.Servers != null) foreach (var server in usage.Servers) WriteObject(server);
            }
        }

        /// <summary>Project names by id, for an administrator's listing; null when Keystone will not list them.</summary>
        private Dictionary<string, string?>? Names(OpenStackSession session)
        {
            try
            {
                var names = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var p in RunEach(ct => new ResourceClient(session).ListAsync(IdentityResources.Projects, null, null, ct))) names[p.Id] = p.Name;
                return names;
            }
            catch (OpenStackException) { return null; }
        }
    }
}
