using System.Management.Automation;
using OpenStack.Client.ContainerInfra;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Get-OSClusterTemplate: Magnum cluster templates by name (wildcards) or uuid.</summary>
    [Cmdlet(VerbsCommon.Get, "OSClusterTemplate", DefaultParameterSetName = "List")]
    [OutputType(typeof(ClusterTemplate))]
    public sealed class GetOSClusterTemplateCommand : OpenStackCmdlet
    {
        [Parameter(ParameterSetName = "Id", Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid", "ClusterTemplateId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = "List", Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ContainerInfraClient(ActiveSession);
            if (ParameterSetName == "Id") WriteFound(Id, client.FindTemplateAsync);
            else WriteListed(Name, (_, ct) => client.ListTemplatesAsync(null, ct), t => t.Name, "cluster templates");
        }
    }
}
