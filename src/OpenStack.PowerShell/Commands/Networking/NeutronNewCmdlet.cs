using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OS&lt;Neutron resource&gt;: the options' names resolved through Neutron, then one POST.</summary>
    public abstract class NeutronNewCmdlet<T, TOptions> : NewResourceCmdlet<T, TOptions> where T : class where TOptions : NeutronOptions
    {
        /// <summary>Turns names given as parameters into ids on the options.</summary>
        protected virtual Task ResolveAsync(ResourceClient client, TOptions options, CancellationToken ct) => Task.CompletedTask;

        protected override void Resolve(ResourceClient client, TOptions options) => Run(ct => ResolveAsync(client, options, ct));

        protected override string Target(TOptions options) => options.Name ?? "new " + Resource.Kind;
    }
}
