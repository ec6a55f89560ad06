using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Management.Automation;
using System.Xml.Linq;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// out/packages/OpenStack.&lt;version&gt;.nupkg, as a PowerShell repository would serve it: the module at the
    /// package root, tagged for Find-PSResource, and importable (with its help) once unpacked.
    /// </summary>
    public sealed class PackageTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();

        public void Dispose() => _ps.Dispose();

        private PSModuleInfo Manifest() =>
            (PSModuleInfo)_ps.Run("Test-ModuleManifest -Path '" + PowerShellHost.ModuleManifest + "'").ThrowIfFailed().Output.Single().BaseObject;

        private static string Package(Version version)
        {
            var path = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(PowerShellHost.ModuleManifest))!, "packages", "OpenStack." + version.ToString(3) + ".nupkg");
            Assert.True(File.Exists(path), path + " was not built");
            return path;
        }

        [Fact]
        public void The_package_holds_the_module_and_is_tagged_for_each_cmdlet()
        {
            var manifest = Manifest();
            using var zip = ZipFile.OpenRead(Package(manifest.Version));
            var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();
            foreach (var expected in new[] { "OpenStack.psd1", "OpenStack.format.ps1xml", "OpenStack.types.ps1xml",
                                             "en-US/OpenStack.PowerShell.dll-Help.xml", "en-US/about_OpenStack.help.txt",
                                             "net8.0/OpenStack.PowerShell.dll", "net8.0/deps/OpenStack.Client.dll", "net8.0/deps/Polly.Core.dll",
                                             "net8.0/deps/net10.0-linux-x64/OpenStack.Client.dll", "net8.0/deps/net10.0-win-x64/YamlDotNet.dll",
                                             "netstandard2.0/OpenStack.PowerShell.dll", "netstandard2.0/deps/System.Text.Json.dll" })
                Assert.Contains(expected, entries);
            Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal) || e.Contains("System.Management.Automation"));
            Assert.DoesNotContain(entries, e => e.EndsWith(".psm1", StringComparison.Ordinal));
            Assert.Contains("net8.0/OpenStack.PowerShell.Loader.dll", entries);
            Assert.Contains("netstandard2.0/OpenStack.PowerShell.Loader.dll", entries);

            using var nuspec = zip.GetEntry("OpenStack.nuspec")!.Open();
            var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
            Assert.Equal("OpenStack", Field("id"));
            Assert.Equal(manifest.Version.ToString(3), Field("version"));
            Assert.Equal(manifest.Description, Field("description"));
            var tags = Field("tags").Split(' ');
            Assert.Contains("PSModule", tags);
            Assert.Contains("PSEdition_Core", tags);
            Assert.Equal(manifest.ExportedCmdlets.Keys.OrderBy(k => k), tags.Where(t => t.StartsWith("PSCmdlet_", StringComparison.Ordinal)).Select(t => t.Substring(9)).OrderBy(k => k));
        }

        [Fact]
        public void The_unpacked_package_imports_with_its_cmdlets_and_help()
        {
            var manifest = Manifest();
            var dir = Directory.CreateTempSubdirectory("os-package-").FullName;
            try
            {
                var module = Path.Combine(dir, "OpenStack");
                ZipFile.ExtractToDirectory(Package(manifest.Version), module);
                var output = RunnerProcess.Run(@"
                    $m = Import-Module OpenStack -PassThru -ErrorAction Stop
                    'base: ' + $m.ModuleBase
                    'cmdlets: ' + (Get-Command -Module OpenStack -CommandType Cmdlet).Count
                    'synopsis: ' + (Get-Help Stop-OSServer).Synopsis
                    'examples: ' + @((Get-Help New-OSServer -Examples).examples.example).Count", module);
                Assert.Contains("base: " + module, output);
                Assert.Contains("cmdlets: " + manifest.ExportedCmdlets.Count, output);
                Assert.Contains("synopsis: Powers off servers", output);
                Assert.Matches(@"examples: [2-9]", output);
            }
            finally { Directory.Delete(dir, true); }
        }
    }
}
