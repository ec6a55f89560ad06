using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Set-OS&lt;Neutron resource&gt;: the options of the derived cmdlet, checked and resolved once, PUT to each resource.</summary>
    public abstract class NeutronSetCmdlet<T, TOptions> : SetResourceCmdlet<T> where T : class where TOptions : NeutronOptions
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string[] Id { get; set; } = null!;

        protected override string[] Targets => Id;

        protected abstract TOptions BuildOptions();
        protected virtual Task ResolveAsync(ResourceClient client, TOptions options, CancellationToken ct) => Task.CompletedTask;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var options = BuildOptions();
            options.Check(); // bad input fails before any lookup
            Run(ct => ResolveAsync(client, options, ct));
            return options.ToJson();
        }
    }
}
