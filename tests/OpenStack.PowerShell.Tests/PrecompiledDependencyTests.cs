using System;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// deps/net10.0-&lt;platform&gt;/ holds ReadyToRun copies of the client, Polly and YamlDotNet; the module loads them on
    /// the runtime and platform they were compiled for and the IL in deps/ anywhere else. Each run is a fresh process:
    /// the loader picks its folder once per process.
    /// </summary>
    public sealed class PrecompiledDependencyTests
    {
        private static readonly string[] Libraries = { "OpenStack.Client", "Polly.Core", "YamlDotNet" };
        // ReadyToRun images say their target OS in the PE machine field: x64 as is for Windows, XOR 0x7B79 for Linux.
        private static readonly (string Platform, ushort Machine)[] Platforms = { ("linux-x64", 0x8664 ^ 0x7B79), ("win-x64", 0x8664) };

        // Loads the client and YamlDotNet (reading a clouds.yaml that lacks the cloud asked for) and says where from.
        private const string LoadAndShow = @"
            Import-Module OpenStack -ErrorAction Stop
            $env:OS_CLIENT_CONFIG_FILE = [IO.Path]::Combine([IO.Path]::GetTempPath(), 'os-precompiled-' + [guid]::NewGuid() + '.yaml')
            [IO.File]::WriteAllText($env:OS_CLIENT_CONFIG_FILE, ""clouds:`n  alpha:`n    auth:`n      auth_url: http://127.0.0.1:9/v3`n"")
            try { Connect-OpenStack -Cloud gamma -ErrorAction Stop } catch { 'error: ' + $_.Exception.Message }
            [IO.File]::Delete($env:OS_CLIENT_CONFIG_FILE)
            'deps: ' + [OpenStack.PowerShell.DependencyLoader]::DepsDirectory
            foreach ($a in [System.AppDomain]::CurrentDomain.GetAssemblies()) {
                if ($a.GetName().Name -in 'YamlDotNet', 'OpenStack.Client') { 'loaded ' + $a.GetName().Name + ' from ' + $a.Location }
            }";

        private static string Deps(string module) => Path.Combine(module, "net8.0", "deps");

        private static string? ThisPlatform =>
            Environment.Version.Major == 10 && RuntimeInformation.ProcessArchitecture == Architecture.X64
                ? (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux-x64" : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win-x64" : null)
                : null;

        [Fact]
        public void The_built_module_ships_ReadyToRun_copies_for_each_platform_and_IL_beside_them()
        {
            var deps = Deps(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!);
            foreach (var library in Libraries)
            {
                Assert.Null(ReadyToRunMachine(Path.Combine(deps, library + ".dll")));
                foreach (var (platform, machine) in Platforms)
                    Assert.True(ReadyToRunMachine(Path.Combine(deps, "net10.0-" + platform, library + ".dll")) == machine,
                        library + " for " + platform + " is not ReadyToRun code for that platform");
            }
        }

        [Fact]
        public void On_the_runtime_and_platform_they_were_compiled_for_the_ReadyToRun_copies_are_loaded()
        {
            var output = RunnerProcess.Run(LoadAndShow);
            Assert.Contains("error: Cloud 'gamma' is not in ", output);
            var expected = Deps(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!);
            if (ThisPlatform != null) expected = Path.Combine(expected, "net10.0-" + ThisPlatform);
            Assert.Contains("deps: " + expected, output.Split('\n').Select(l => l.TrimEnd('\r')));
            foreach (var library in new[] { "OpenStack.Client", "YamlDotNet" })
                Assert.Contains("loaded " + library + " from " + Path.Combine(expected, library + ".dll"), output);
        }

        [Fact]
        public void Without_a_folder_for_this_runtime_the_module_loads_the_IL_copies()
        {
            var dir = Directory.CreateTempSubdirectory("os-precompiled-").FullName;
            try
            {
                var module = Path.Combine(dir, "OpenStack");
                Copy(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!, module);
                foreach (var folder in Directory.GetDirectories(Deps(module), "net10.0-*")) Directory.Delete(folder, true);
                var output = RunnerProcess.Run(LoadAndShow, module);
                Assert.Contains("error: Cloud 'gamma' is not in ", output);
                Assert.Contains("deps: " + Deps(module), output.Split('\n').Select(l => l.TrimEnd('\r')));
                Assert.Contains("loaded OpenStack.Client from " + Path.Combine(Deps(module), "OpenStack.Client.dll"), output);
                Assert.Contains("loaded YamlDotNet from " + Path.Combine(Deps(module), "YamlDotNet.dll"), output);
            }
            finally { Directory.Delete(dir, true); }
        }

        /// <summary>The PE machine field of a ReadyToRun image, or null for IL only.</summary>
        private static ushort? ReadyToRunMachine(string path)
        {
            Assert.True(File.Exists(path), path + " is missing");
            using var reader = new PEReader(File.OpenRead(path));
            return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0 ? (ushort)reader.PEHeaders.CoffHeader.Machine : null;
        }

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            foreach (var sub in Directory.GetDirectories(from)) Copy(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}
