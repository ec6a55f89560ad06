using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace OpenStack.PowerShell.Completion
{
    /// <summary>
    /// For the -Id and -Name the shared Get/Set/Remove bases declare once for many nouns: the noun of the command says
    /// what to complete (Get-OSNetwork: networks, Remove-OSLoadBalancerPool: pools).
    /// </summary>
    public sealed class NounCompleter : IArgumentCompleter
    {
        private static readonly Dictionary<string, IArgumentCompleter> ByNoun = new Dictionary<string, IArgumentCompleter>(StringComparer.OrdinalIgnoreCase)
        {
            ["OSNetwork"] = new NetworkNameCompleter(),
            ["OSSubnet"] = new SubnetNameCompleter(),
            ["OSSubnetPool"] = new SubnetPoolNameCompleter(),
            ["OSRouter"] = new RouterNameCompleter(),
            ["OSPort"] = new PortNameCompleter(),
            ["OSSecurityGroup"] = new SecurityGroupNameCompleter(),
            ["OSLoadBalancer"] = new LoadBalancerNameCompleter(),
            ["OSLoadBalancerListener"] = new LoadBalancerListenerNameCompleter(),
            ["OSLoadBalancerPool"] = new LoadBalancerPoolNameCompleter(),
            ["OSLoadBalancerHealthMonitor"] = new LoadBalancerHealthMonitorNameCompleter(),
            ["OSLoadBalancerMember"] = new LoadBalancerMemberNameCompleter(),
            ["OSLoadBalancerL7Policy"] = new LoadBalancerL7PolicyNameCompleter(),
        };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var dash = commandName?.IndexOf('-') ?? -1;
            var noun = dash >= 0 ? commandName!.Substring(dash + 1) : "";
            return ByNoun.TryGetValue(noun, out var completer)
                ? completer.CompleteArgument(commandName!, parameterName, wordToComplete, commandAst, fakeBoundParameters)
                : Array.Empty<CompletionResult>();
        }
    }
}
