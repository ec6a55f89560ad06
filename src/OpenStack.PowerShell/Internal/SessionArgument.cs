using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>
    /// Lets -Session take the name a connection is kept under ("-Session prod") or a row of Get-OSSession -All as well as
    /// the session object.
    /// </summary>
    public sealed class SessionTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject p ? p.BaseObject : inputData;
            if (value is string name) return Named(name);
            if (value is Commands.Core.SessionEntry entry) return entry.Session;
            return inputData;
        }

        internal static OpenStackSession Named(string name)
        {
            var registry = SessionStore.Registry;
            var found = registry?.Find(name);
            if (found != null) return found;
            var known = registry?.All.Select(s => s.Name).Where(n => n != null).ToList() ?? new List<string?>();
            throw new ArgumentTransformationMetadataException("No connection is named '" + name + "'; " +
                (known.Count == 0 ? "there are none: run Connect-OpenStack first." : "connections: " + string.Join(", ", known) + " (Get-OSSession -All)."));
        }
    }

    /// <summary>Completes the names of this runspace's connections.</summary>
    public sealed class SessionNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = NameCompleter.PatternFor(wordToComplete);
            var sessions = SessionStore.Registry?.All ?? Array.Empty<OpenStackSession>();
            return sessions.Where(s => s.Name != null && pattern.IsMatch(s.Name))
                .Select(s => new CompletionResult(NameCompleter.Quote(s.Name!), s.Name, CompletionResultType.ParameterValue, s.ToString()))
                .ToList();
        }
    }
}
