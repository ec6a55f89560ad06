using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Completion
{
    /// <summary>The cloud names of the clouds.yaml in use, read from disk: no connection needed.</summary>
    public sealed class CloudNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var cwd = CurrentFolder();
                var pattern = NameCompleter.PatternFor(wordToComplete);
                return CloudConfigLoader.ForCurrentProcess(cwd).ListClouds()
                    .Where(name => pattern.IsMatch(name))
                    .OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
                    .Select(name => new CompletionResult(NameCompleter.Quote(name), name, CompletionResultType.ParameterValue, "cloud " + name))
                    .ToList();
            }
            catch (Exception)
            {
                // A clouds.yaml that cannot be read must not break the prompt: Connect-OpenStack says what is wrong.
                return Array.Empty<CompletionResult>();
            }
        }

        // PowerShell's current folder where the engine tells it, else the process's.
        private static string CurrentFolder()
        {
            try
            {
                using var ps = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
                var location = ps.AddCommand("Microsoft.PowerShell.Management\\Get-Location").AddParameter("PSProvider", "FileSystem").Invoke<PathInfo>();
                if (location.Count > 0 && !string.IsNullOrEmpty(location[0].ProviderPath)) return location[0].ProviderPath;
            }
            catch (Exception)
            {
                // No engine at hand (or it is busy): the process's folder is the next best guess.
            }
            return Environment.CurrentDirectory;
        }
    }
}
