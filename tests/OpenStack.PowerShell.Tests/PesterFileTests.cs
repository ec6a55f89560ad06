using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// The Pester files run in pwsh against the cloud (tests/run.sh, with tools/install-test-tools.sh). Here they are also
    /// parsed by the engine, and every module cmdlet and parameter they use must exist: a renamed parameter fails this
    /// suite too, without pwsh or a cloud.
    /// </summary>
    public sealed class PesterFileTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();
        public void Dispose() => _ps.Dispose();

        public static IEnumerable<object[]> Files()
        {
            var dir = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(PowerShellHost.ModuleManifest)))!, "tests", "Pester");
            return Directory.GetFiles(dir, "*.Tests.ps1").Select(f => new object[] { f });
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void Parses_and_uses_only_real_cmdlets_and_parameters(string file)
        {
            // A test file and its parts (HelpExamples.Tests.ps1 with HelpExamples.Fixtures.ps1, ...) are read together.
            var stem = Path.GetFileName(file).Replace(".Tests.ps1", "", StringComparison.Ordinal);
            var parts = new[] { file }.Concat(Directory.GetFiles(Path.GetDirectoryName(file)!, stem + ".*.ps1").Where(f => !f.EndsWith(".Tests.ps1", StringComparison.Ordinal)));
            var cmdlets = _ps.Run("Get-Command -Module OpenStack -CommandType Cmdlet").ThrowIfFailed().Output
                .Select(o => (CmdletInfo)o.BaseObject).ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
            // The module's aliases (OpenStack's words) stand for their cmdlets.
            foreach (var alias in _ps.Run("Get-Command -Module OpenStack -CommandType Alias").ThrowIfFailed().Output.Select(o => (AliasInfo)o.BaseObject))
                cmdlets[alias.Name] = cmdlets[alias.ResolvedCommand.Name];
            var used = 0;
            var problems = new List<string>();
            foreach (var part in parts)
            {
                var ast = Parser.ParseFile(part, out _, out var errors);
                Assert.Empty(errors);
                foreach (CommandAst call in ast.FindAll(a => a is CommandAst, true))
                {
                    var name = call.GetCommandName();
                    if (name == null || !name.Contains("-OS", StringComparison.OrdinalIgnoreCase) && !name.EndsWith("-OpenStack", StringComparison.OrdinalIgnoreCase)) continue;
                    used++;
                    if (!cmdlets.TryGetValue(name, out var cmdlet)) { problems.Add(name + " is not a cmdlet of the module"); continue; }
                    foreach (var p in call.CommandElements.OfType<CommandParameterAst>())
                    {
                        var known = cmdlet.Parameters.Values.Any(q => q.Name.StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase) ||
                                                                      q.Aliases.Any(a => a.Equals(p.ParameterName, StringComparison.OrdinalIgnoreCase)));
                        if (!known) problems.Add(name + " has no parameter -" + p.ParameterName + " (" + Path.GetFileName(part) + " line " + p.Extent.StartLineNumber + ")");
                    }
                }
            }
            Assert.Empty(problems);
            Assert.True(used >= 10, "only " + used + " module commands found in " + file);
        }
    }
}
