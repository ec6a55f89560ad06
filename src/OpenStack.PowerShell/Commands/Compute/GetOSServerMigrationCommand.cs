using System;
using System.Globalization;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSServerMigration: Nova's migration records (cold, live, resize, evacuation), newest first, filtered by server, host, status or type (admin).</summary>
    [Cmdlet(VerbsCommon.Get, "OSServerMigration")]
    [OutputType(typeof(ServerMigration))]
    public sealed class GetOSServerMigrationCommand : OpenStackCmdlet
    {
        /// <summary>Server names or ids, or servers from the pipeline.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ReferenceTo(typeof(Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId[]? Server { get; set; }

        /// <summary>Migrations from or to this compute host.</summary>
        [Parameter]
        [Alias("Host")]
        [ArgumentCompleter(typeof(ComputeHostCompleter))] public string? ComputeHost { get; set; }

        /// <summary>e.g. running, completed, finished, confirmed, error.</summary>
        [Parameter]
        public string? Status { get; set; }

        [Parameter]
        [ValidateSet("migration", "live-migration", "resize", "evacuation")]
        public string? MigrationType { get; set; }

        /// <summary>Only those changed since then (compute 2.59+).</summary>
        [Parameter]
        public DateTime? ChangesSince { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            var migrations = ComputeAdminResources.Migrations;
            var q = new Query().Add("host", ComputeHost).Add("status", Status).Add("migration_type", MigrationType)
                .Add("changes-since", ChangesSince?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            if (Server == null)
            {
                WriteListed(null, (_, ct) => client.ListAsync(migrations, q, null, ct), migrations.NameOf, migrations.KindPlural);
                return;
            }
            foreach (var server in Server)
                Try(server.Value, () =>
                {
                    var id = Run(ct => client.FindIdAsync(ComputeResources.Servers, server.Value, ct));
                    var mine = new Query().AddAll(q).Add("instance_uuid", id);
                    foreach (var m in RunEach(ct => client.ListAsync(migrations, mine, null, ct))) WriteObject(m);
                });
        }
    }
}
