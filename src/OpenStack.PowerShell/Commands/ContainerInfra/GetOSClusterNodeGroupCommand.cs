using System;
using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Get-OSClusterNodeGroup: the node groups of a cluster (masters and workers).</summary>
    [Cmdlet(VerbsCommon.Get, "OSClusterNodeGroup")]
    [OutputType(typeof(NodeGroup))]
    public sealed class GetOSClusterNodeGroupCommand : OpenStackCmdlet
    {
        /// <summary>The cluster: name, uuid, or the object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterId")]
        [ValidateNotNullOrEmpty]
        public string Cluster { get; set; } = null!;

        [Parameter(Position = 1)] [SupportsWildcards] public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ContainerInfraClient(ActiveSession);
            string uuid;
            try { uuid = Run(ct => client.FindClusterAsync(Cluster, ct)).Uuid; }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException) { WriteOpenStackError(ex, Cluster); return; }
            WriteListed(Name, (_, ct) => client.ListNodeGroupsAsync(uuid, ct), g => g.Name, "node groups");
        }
    }
}
