using System.Management.Automation;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Remove-OS&lt;Neutron resource&gt;: ids or names from the pipeline, each confirmed, then deleted, several at once.</summary>
    public abstract class NeutronRemoveCmdlet<T> : RemoveResourceCmdlet<T> where T : class
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string[] Id { get; set; } = null!;

        protected override string[] Targets => Id;
    }
}
