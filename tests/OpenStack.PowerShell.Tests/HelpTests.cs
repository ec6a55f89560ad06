using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// The MAML help the build writes from docs/help: valid against PowerShell's MAML schema, shown by Get-Help for
    /// every exported cmdlet, and examples that parse and call the module's cmdlets with parameters they have.
    /// </summary>
    public sealed class HelpTests : IDisposable
    {
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
        private readonly PowerShellHost _ps = new PowerShellHost();

        public void Dispose() => _ps.Dispose();

        private static string HelpFile => Path.Combine(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!, "en-US", "OpenStack.PowerShell.dll-Help.xml");

        private List<CmdletInfo> Cmdlets() =>
            _ps.Run("Get-Command -Module OpenStack -CommandType Cmdlet").ThrowIfFailed().Output.Select(o => (CmdletInfo)o.BaseObject).ToList();

        [Fact]
        public void Help_file_is_valid_against_the_MAML_schema()
        {
            var schemas = new XmlSchemaSet { XmlResolver = new CaseInsensitiveResolver() };
            var folder = Path.Combine(AppContext.BaseDirectory, "Schemas", "PSMaml");
            schemas.Add(null, Path.Combine(folder, "Maml.xsd"));
            schemas.Add(null, Path.Combine(folder, "developerCommand.xsd"));
            schemas.Compile();
            var root = (XmlSchemaElement)schemas.GlobalElements[new XmlQualifiedName("command", Command.NamespaceName)]!;
            var commands = XDocument.Load(HelpFile).Root!.Elements(Command + "command").ToList();
            Assert.Equal(Cmdlets().Count, commands.Count);
            var problems = new List<string>();
            foreach (var command in commands)
            {
                var name = command.Element(Command + "details")!.Element(Command + "name")!.Value;
                command.Validate(root, schemas, (_, e) => problems.Add(name + ": " + e.Message));
            }
            Assert.Empty(problems);
        }

        [Fact]
        public void Get_Help_Full_shows_synopsis_description_every_parameter_and_examples_for_every_cmdlet()
        {
            var problems = new List<string>();
            var common = new HashSet<string>(Cmdlet.CommonParameters.Concat(Cmdlet.OptionalCommonParameters), StringComparer.OrdinalIgnoreCase);
            foreach (var cmdlet in Cmdlets())
            {
                var help = _ps.Run("Get-Help " + cmdlet.Name + " -Full").ThrowIfFailed().Output.Single();
                string Text(object? o) => o == null ? "" : string.Join(" ", LanguagePrimitives.GetEnumerable(o)?.Cast<object>().Select(x => PSObject.AsPSObject(x).Properties["Text"]?.Value?.ToString()) ?? new[] { o.ToString() });
                var synopsis = help.Properties["Synopsis"]?.Value?.ToString() ?? "";
                // Without a help file, PowerShell makes the synopsis from the syntax: "Stop-OSServer [-Id] <string[]> ...".
                if (synopsis.Length < 10 || synopsis.StartsWith(cmdlet.Name, StringComparison.Ordinal)) problems.Add(cmdlet.Name + ": no synopsis (" + synopsis + ")");
                if (Text(help.Properties["description"]?.Value).Trim().Length < 20) problems.Add(cmdlet.Name + ": no description");
                var examples = _ps.Run("@((Get-Help " + cmdlet.Name + " -Full).examples.example)").ThrowIfFailed().Output;
                if (examples.Count < 2) problems.Add(cmdlet.Name + ": " + examples.Count + " examples");
                foreach (var example in examples)
                    if (string.IsNullOrWhiteSpace(example.Properties["code"]?.Value?.ToString())) problems.Add(cmdlet.Name + ": an example without code");
                var parameters = _ps.Run("@((Get-Help " + cmdlet.Name + " -Full).parameters.parameter)").ThrowIfFailed().Output;
                var described = parameters.ToDictionary(p => p.Properties["name"]!.Value!.ToString()!, p => Text(p.Properties["description"]?.Value), StringComparer.OrdinalIgnoreCase);
                foreach (var name in cmdlet.Parameters.Keys.Where(k => !common.Contains(k)))
                    if (!described.TryGetValue(name, out var text) || text.Trim().Length < 5) problems.Add(cmdlet.Name + ": -" + name + " has no description");
            }
            Assert.Empty(problems);
        }

        [Fact]
        public void Every_example_parses_and_uses_only_parameters_the_cmdlets_have()
        {
            var cmdlets = Cmdlets().ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
            var problems = new List<string>();
            foreach (var command in XDocument.Load(HelpFile).Root!.Elements(Command + "command"))
            {
                var name = command.Element(Command + "details")!.Element(Command + "name")!.Value;
                foreach (var code in command.Descendants(Dev + "code").Select(c => c.Value))
                {
                    var ast = Parser.ParseInput(code, out _, out var errors);
                    problems.AddRange(errors.Select(e => name + " example: " + e.Message + " in: " + code));
                    foreach (var call in ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>())
                    {
                        var called = call.GetCommandName();
                        if (called == null || !called.Contains("-OS", StringComparison.OrdinalIgnoreCase) && !called.EndsWith("-OpenStack", StringComparison.OrdinalIgnoreCase)) continue;
                        if (!cmdlets.TryGetValue(called, out var target)) { problems.Add(name + " example calls " + called + ", which the module does not export"); continue; }
                        foreach (var parameter in call.CommandElements.OfType<CommandParameterAst>())
                            if (!Binds(target, parameter.ParameterName)) problems.Add(name + " example: " + called + " has no parameter -" + parameter.ParameterName);
                    }
                }
            }
            Assert.Empty(problems);
        }

        [Fact]
        public void About_topic_is_found_by_Get_Help()
        {
            var r = _ps.Run("Get-Help about_OpenStack").ThrowIfFailed();
            var text = string.Join("\n", r.Output.Select(o => o.ToString()));
            Assert.Contains("CONNECTING", text);
            Assert.Contains("OUTPUT TYPES AND OTHER MODULES", text);
        }

        /// <summary>Whether PowerShell would bind "-name": a parameter, an alias, a common parameter, or an unambiguous prefix.</summary>
        private static bool Binds(CmdletInfo cmdlet, string name)
        {
            var names = cmdlet.Parameters.Values.SelectMany(p => new[] { p.Name }.Concat(p.Aliases)).ToList();
            if (names.Contains(name, StringComparer.OrdinalIgnoreCase)) return true;
            var prefixed = cmdlet.Parameters.Values.Where(p => p.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)).ToList();
            return prefixed.Count == 1;
        }

        /// <summary>The MAML schemas name each other in varying case (maml.xsd, Maml.xsd); file systems may care.</summary>
        private sealed class CaseInsensitiveResolver : XmlUrlResolver
        {
            public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
            {
                if (absoluteUri.IsFile && !File.Exists(absoluteUri.LocalPath))
                {
                    var dir = Path.GetDirectoryName(absoluteUri.LocalPath)!;
                    var match = Directory.GetFiles(dir).FirstOrDefault(f => string.Equals(Path.GetFileName(f), Path.GetFileName(absoluteUri.LocalPath), StringComparison.OrdinalIgnoreCase));
                    if (match != null) return File.OpenRead(match);
                }
                return base.GetEntity(absoluteUri, role, ofObjectToReturn);
            }
        }
    }
}
