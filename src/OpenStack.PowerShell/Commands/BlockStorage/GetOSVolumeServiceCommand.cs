using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeService: Cinder's services (scheduler, volume backends, backup) with their state and status (admin).</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeService")]
    [OutputType(typeof(VolumeService))]
    public sealed class GetOSVolumeServiceCommand : OpenStackCmdlet
    {
        /// <summary>The host (wildcards allowed); a volume backend's is host@backend.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Host")]
        [SupportsWildcards]
        public string? ServiceHost { get; set; }

        /// <summary>The service, e.g. cinder-volume.</summary>
        [Parameter]
        public string? Binary { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            var services = BlockStorageResources.Services;
            WriteListed(ServiceHost, (exact, ct) => client.ListAsync(services, new Query().Add("host", exact).Add("binary", Binary), null, ct), services.NameOf, services.KindPlural);
        }
    }
}
