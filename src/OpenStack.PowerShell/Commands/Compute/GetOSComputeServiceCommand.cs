using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSComputeService: Nova's services (nova-compute, nova-scheduler, nova-conductor) by host and binary, with state and status (admin).</summary>
    [Cmdlet(VerbsCommon.Get, "OSComputeService")]
    [OutputType(typeof(ComputeService))]
    public sealed class GetOSComputeServiceCommand : OpenStackCmdlet
    {
        /// <summary>The host (wildcards allowed).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Host")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ComputeHostCompleter))] public string? ComputeHost { get; set; }

        /// <summary>The service, e.g. nova-compute.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ComputeBinaryCompleter))] public string? Binary { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            var services = ComputeAdminResources.Services;
            WriteListed(ComputeHost, (exact, ct) => client.ListAsync(services, new Query().Add("host", exact).Add("binary", Binary), null, ct), services.NameOf, services.KindPlural);
        }
    }
}
