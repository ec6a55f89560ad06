using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace OpenStack.PowerShell.Completion
{
    /// <summary>
    /// For the shared -Id and -Name of the Neutron Get/Set/Remove cmdlets: the noun of the command says what to
    /// complete (Get-OSNetwork: networks, Remove-OSRouter: routers).
    /// </summary>
    public sealed class NeutronNounCompleter : IArgumentCompleter
    {
        private static readonly Dictionary<string, IArgumentCompleter> ByNoun = new Dictionary<string, IArgumentCompleter>(StringComparer.OrdinalIgnoreCase)
        {
            ["OSNetwork"] = new NetworkNameCompleter(),
            ["OSSubnet"] = new SubnetNameCompleter(),
            ["OSSubnetPool"] = new SubnetPoolNameCompleter(),
            ["OSRouter"] = new RouterNameCompleter(),
            ["OSPort"] = new PortNameCompleter(),
            ["OSSecurityGroup"] = new SecurityGroupNameCompleter(),
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
