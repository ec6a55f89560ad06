using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Completion
{
    public sealed class LoadBalancerNameCompleter : ResourceNameCompleter<LoadBalancer> { protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers; }
    public sealed class LoadBalancerListenerNameCompleter : ResourceNameCompleter<Listener> { protected override ResourceDescriptor<Listener> Resource => LoadBalancingResources.Listeners; }
    public sealed class LoadBalancerPoolNameCompleter : ResourceNameCompleter<Pool> { protected override ResourceDescriptor<Pool> Resource => LoadBalancingResources.Pools; }
    public sealed class LoadBalancerHealthMonitorNameCompleter : ResourceNameCompleter<HealthMonitor> { protected override ResourceDescriptor<HealthMonitor> Resource => LoadBalancingResources.HealthMonitors; }
}

namespace OpenStack.PowerShell.Completion
{
    /// <summary>For the shared -Id and -Name of the Octavia Get cmdlets: the noun of the command says what to complete.</summary>
    public sealed class LoadBalancingNounCompleter : System.Management.Automation.IArgumentCompleter
    {
        private static readonly System.Collections.Generic.Dictionary<string, System.Management.Automation.IArgumentCompleter> ByNoun =
            new System.Collections.Generic.Dictionary<string, System.Management.Automation.IArgumentCompleter>(System.StringComparer.OrdinalIgnoreCase)
            {
                ["OSLoadBalancer"] = new LoadBalancerNameCompleter(),
                ["OSLoadBalancerListener"] = new LoadBalancerListenerNameCompleter(),
                ["OSLoadBalancerPool"] = new LoadBalancerPoolNameCompleter(),
                ["OSLoadBalancerHealthMonitor"] = new LoadBalancerHealthMonitorNameCompleter(),
            };

        public System.Collections.Generic.IEnumerable<System.Management.Automation.CompletionResult> CompleteArgument(string commandName, string parameterName,
            string wordToComplete, System.Management.Automation.Language.CommandAst commandAst, System.Collections.IDictionary fakeBoundParameters)
        {
            var dash = commandName?.IndexOf('-') ?? -1;
            var noun = dash >= 0 ? commandName!.Substring(dash + 1) : "";
            return ByNoun.TryGetValue(noun, out var completer)
                ? completer.CompleteArgument(commandName!, parameterName, wordToComplete, commandAst, fakeBoundParameters)
                : System.Array.Empty<System.Management.Automation.CompletionResult>();
        }
    }
}
