using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>The built module as PowerShell sees it: manifest, exports, metadata, help, behaviour without a cloud.</summary>
    public sealed class ModuleTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();

        public void Dispose() => _ps.Dispose();

        private static readonly HashSet<string> StateChangingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "New", "Set", "Remove", "Add", "Clear", "Start", "Stop", "Restart", "Suspend", "Resume", "Lock", "Unlock", "Rename",
            "Resize", "Update", "Disconnect", "Register", "Unregister", "Reset", "Save", "Move", "Copy", "Enable", "Disable",
        };

        private List<CommandInfo> Commands() =>
            _ps.Run("Get-Command -Module OpenStack -CommandType Cmdlet").ThrowIfFailed().Output.Select(o => (CommandInfo)o.BaseObject).ToList();

        [Fact]
        public void Import_is_clean()
        {
            var fresh = new PowerShellHost(importModule: false);
            var r = fresh.Run("Import-Module '" + PowerShellHost.ModuleManifest + "' -PassThru -WarningAction Continue");
            Assert.Null(r.Terminating);
            Assert.Empty(r.Errors);
            Assert.Empty(r.Warnings);
            var module = (PSModuleInfo)Assert.Single(r.Output).BaseObject;
            Assert.Equal("OpenStack", module.Name);
            Assert.NotEqual(new Version(0, 0, 0), module.Version);
            fresh.Dispose();
        }

        [Fact]
        public void Manifest_is_valid()
        {
            var r = _ps.Run("Test-ModuleManifest -Path '" + PowerShellHost.ModuleManifest + "'");
            r.ThrowIfFailed();
            var info = (PSModuleInfo)Assert.Single(r.Output).BaseObject;
            Assert.Contains("Core", info.CompatiblePSEditions);
            Assert.Contains("Desktop", info.CompatiblePSEditions);
            // What this edition needs (the manifest asks 5.1 of Windows PowerShell): 7.4, the first on .NET 8.
            Assert.Equal(new Version(7, 4), info.PowerShellVersion);
            Assert.Empty(info.ExportedFunctions);
            // OpenStack's words where an approved verb could surprise: each names an exported cmdlet.
            Assert.Equal(new[] { "New-OSServerSnapshot", "Rebuild-OSServer", "Revert-OSServerResize" }, info.ExportedAliases.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Empty(info.ExportedVariables);
        }

        [Fact]
        public void The_manifest_gives_each_edition_its_own_files_and_version()
        {
            // Read as each edition would evaluate it: there is no Windows PowerShell here to take the else branches.
            var ast = Parser.ParseFile(PowerShellHost.ModuleManifest, out _, out var errors);
            Assert.Empty(errors);
            var table = (HashtableAst)ast.Find(a => a is HashtableAst, false)!;
            string[] Branch(string key, bool core)
            {
                var value = table.KeyValuePairs.Single(p => p.Item1 is StringConstantExpressionAst k && k.Value == key).Item2;
                var choice = (IfStatementAst)value.Find(a => a is IfStatementAst, true)!;
                Ast block = core ? choice.Clauses.Single().Item2 : choice.ElseClause;
                return block.FindAll(a => a is StringConstantExpressionAst, true).Cast<StringConstantExpressionAst>().Select(c => c.Value).ToArray();
            }
            Assert.Equal(new[] { "7.4" }, Branch("PowerShellVersion", core: true));
            Assert.Equal(new[] { "5.1" }, Branch("PowerShellVersion", core: false));
            Assert.Equal(new[] { "net8.0/OpenStack.PowerShell.dll" }, Branch("RootModule", core: true));
            Assert.Equal(new[] { "net8.0/OpenStack.PowerShell.Loader.dll" }, Branch("NestedModules", core: true));
            Assert.Equal(new[] { "netstandard2.0/OpenStack.PowerShell.dll" }, Branch("RootModule", core: false));
            Assert.Equal(new[] { "netstandard2.0/OpenStack.PowerShell.Loader.dll" }, Branch("NestedModules", core: false));
            var moduleBase = Path.GetDirectoryName(PowerShellHost.ModuleManifest)!;
            foreach (var core in new[] { true, false })
                foreach (var file in Branch("RootModule", core).Concat(Branch("NestedModules", core)))
                    Assert.True(File.Exists(Path.Combine(moduleBase, file)), file + " is not in the built module");
        }

        [Fact]
        public void Exported_commands_are_exactly_the_manifest_list()
        {
            var manifest = (PSModuleInfo)_ps.Run("Test-ModuleManifest -Path '" + PowerShellHost.ModuleManifest + "'").ThrowIfFailed().Output.Single().BaseObject;
            var exported = Commands().Select(c => c.Name).OrderBy(n => n).ToList();
            Assert.Equal(manifest.ExportedCmdlets.Keys.OrderBy(n => n).ToList(), exported);
            Assert.All(Commands(), c => Assert.Equal(CommandTypes.Cmdlet, c.CommandType));
        }

        [Fact]
        public void Every_cmdlet_uses_an_approved_verb()
        {
            var approved = new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic),
                                   typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetValue(null)!).ToHashSet();
            Assert.All(Commands(), c => Assert.Contains(((CmdletInfo)c).Verb, approved));
        }

        [Fact]
        public void Every_cmdlet_declares_its_output_type()
        {
            Assert.All(Commands(), c => Assert.True(((CmdletInfo)c).ImplementingType.GetCustomAttributes(typeof(OutputTypeAttribute), false).Length > 0, c.Name));
        }

        [Fact]
        public void State_changing_cmdlets_support_WhatIf_and_Confirm()
        {
            foreach (var c in Commands().Cast<CmdletInfo>().Where(c => StateChangingVerbs.Contains(c.Verb)))
            {
                Assert.True(c.Parameters.ContainsKey("WhatIf"), c.Name + " lacks -WhatIf");
                Assert.True(c.Parameters.ContainsKey("Confirm"), c.Name + " lacks -Confirm");
            }
        }

        [Fact]
        public void Every_cmdlet_takes_a_session_and_its_classes_are_sealed()
        {
            Assert.All(Commands().Cast<CmdletInfo>(), c =>
            {
                // Get-OSCloud reads clouds.yaml before any connection exists: a -Session would have nothing to do.
                if (c.Name != "Get-OSCloud") Assert.True(c.Parameters.ContainsKey("Session"), c.Name + " lacks -Session");
                Assert.True(c.ImplementingType.IsSealed, c.Name + " is not sealed");
            });
        }

        [Fact]
        public void Parameter_sets_have_no_duplicate_positions()
        {
            foreach (var c in Commands())
                foreach (var set in c.ParameterSets)
                {
                    var positions = set.Parameters.Where(p => p.Position >= 0).Select(p => p.Position).ToList();
                    Assert.True(positions.Count == positions.Distinct().Count(), c.Name + " set " + set.Name + " repeats a position");
                }
        }

        [Fact]
        public void Without_a_session_cmdlets_say_how_to_connect()
        {
            var r = _ps.Run("Get-OSEndpoint");
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.NotConnected", error.FullyQualifiedErrorId);
            Assert.Contains("Connect-OpenStack", error.Exception.Message);

            var s = _ps.Run("Get-OSSession");
            Assert.Equal("OpenStack.NotConnected,OpenStack.PowerShell.Commands.Core.GetOSSessionCommand", Assert.Single(s.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void Connect_with_nothing_configured_explains_the_options()
        {
            var r = _ps.Run(@"
                $saved = $env:OS_CLIENT_CONFIG_FILE; $env:OS_CLIENT_CONFIG_FILE = '/nonexistent/clouds.yaml'
                try { Connect-OpenStack -AuthUrl 'not a url' -Credential ([pscredential]::new('u', [System.Net.NetworkCredential]::new('', 'p').SecurePassword)) }
                finally { $env:OS_CLIENT_CONFIG_FILE = $saved }");
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("is not an http(s) URL", error.Exception.Message);
        }

        [Fact]
        public void About_help_is_found()
        {
            var r = _ps.Run("Get-Help about_OpenStack | ForEach-Object { $_ }");
            r.ThrowIfFailed();
            var text = string.Join("\n", r.Output.Select(o => o.ToString()));
            Assert.Contains("clouds.yaml", text);
            Assert.Contains("Invoke-OSApi", text);
        }
    }
}
