using System;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>
    /// Base of New-OS&lt;Neutron resource&gt;: builds the options from the parameters, resolves the names they hold and
    /// checks them before asking; then one POST. Anything wrong is an error for this item, and nothing is created.
    /// </summary>
    public abstract class NeutronNewCmdlet<T, TOptions> : OpenStackCmdlet where T : class where TOptions : NeutronOptions
    {
        protected abstract NeutronResource<T> Resource { get; }

        /// <summary>The options from the parameters; may throw ArgumentException.</summary>
        protected abstract TOptions BuildOptions();

        /// <summary>Turns names given as parameters into ids on the options.</summary>
        protected virtual Task ResolveAsync(NetworkClient client, TOptions options, CancellationToken ct) => Task.CompletedTask;

        /// <summary>What ShouldProcess and errors name.</summary>
        protected virtual string Target(TOptions options) => options.Name ?? "new " + Resource.Kind;

        protected override void ProcessRecord()
        {
            var client = new NetworkClient(ActiveSession);
            TOptions? options = null;
            JsonObject body;
            try
            {
                options = BuildOptions();
                options.Check(); // bad input fails before any lookup
                Run(ct => ResolveAsync(client, options, ct));
                body = options.ToJson();
            }
            catch (Exception ex) when (ex is OpenStackException || ex is ArgumentException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, options != null ? Target(options) : Resource.Kind);
                return;
            }
            var target = Target(options);
            if (!ShouldProcess(target, "Create " + Resource.Kind)) return;
            try { WriteObject(Run(ct => client.CreateAsync(Resource, body, ct))); }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException) { WriteOpenStackError(ex, target); }
        }
    }
}
