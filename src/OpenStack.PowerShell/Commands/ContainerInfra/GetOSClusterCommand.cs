using System.Management.Automation;
using OpenStack.Client.ContainerInfra;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>
    /// Get-OSCluster: Magnum clusters by name (wildcards) or uuid. Magnum lists only a summary, so each cluster
    /// found is read in full: status reason, addresses, labels.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSCluster", DefaultParameterSetName = "List")]
    [OutputType(typeof(Cluster))]
    public sealed class GetOSClusterCommand : OpenStackCmdlet
    {
        [Parameter(ParameterSetName = "Id", Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = "List", Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ContainerInfraClient(ActiveSession);
            if (ParameterSetName == "Id") WriteFound(Id, client.FindClusterAsync);
            else WriteListed(Name, (_, ct) => client.ListClustersAsync(null, ct), c => c.Name, "clusters", (c, ct) => client.FindClusterAsync(c.Uuid, ct));
        }
    }
}
