using System;
using System.IO;
using System.Linq;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// The module in a process that already loaded other versions of its libraries (Polly.Core 8.5.2 and
    /// YamlDotNet 15.3, where the module ships 8.6.5 and 16.3): each run is a fresh process (the runner),
    /// because a load context, once used, stays for the life of the process.
    /// </summary>
    public sealed class DependencyIsolationTests
    {
        private const string Preload = @"
            $conflicting = [IO.Path]::Combine($env:OPENSTACK_TEST_BIN, 'conflicting')
            $others = foreach ($name in 'Polly.Core', 'YamlDotNet') { [System.Reflection.Assembly]::LoadFrom([IO.Path]::Combine($conflicting, ""$name.dll"")) }
            Import-Module OpenStack -ErrorAction Stop
            function Show-Loaded {
                foreach ($a in [System.AppDomain]::CurrentDomain.GetAssemblies()) {
                    $n = $a.GetName()
                    if ($n.Name -in 'Polly.Core', 'YamlDotNet', 'OpenStack.Client') {
                        'loaded {0} {1} in {2} from {3}' -f $n.Name, $n.Version, [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($a).Name, $a.Location
                    }
                }
            }
            ";

        [Fact]
        public void Clouds_yaml_is_read_with_the_module_s_own_YamlDotNet_when_an_older_one_is_loaded()
        {
            var dir = Directory.CreateTempSubdirectory("os-isolation-").FullName;
            try
            {
                var yaml = Path.Combine(dir, "clouds.yaml");
                File.WriteAllText(yaml, "clouds:\n  alpha:\n    auth:\n      auth_url: http://127.0.0.1:9/v3\n  beta:\n    auth:\n      auth_url: http://127.0.0.1:9/v3\n");
                var output = RunIsolated(Preload + @"
                    $env:OS_CLIENT_CONFIG_FILE = '" + yaml + @"'
                    try { Connect-OpenStack -Cloud gamma -ErrorAction Stop } catch { 'error: ' + $_.Exception.Message }
                    Show-Loaded");
                // The message lists the clouds the file holds: YamlDotNet 16 parsed it, next to 15.3 in the default context.
                Assert.Contains("error: Cloud 'gamma' is not in " + yaml, output);
                Assert.Contains("alpha", output);
                Assert.Contains("beta", output);
                AssertIsolated(output, "YamlDotNet", "15.0.0.0");
            }
            finally { Directory.Delete(dir, true); }
        }

        [Fact]
        public void The_cmdlets_work_against_the_cloud_with_other_versions_of_Polly_and_YamlDotNet_loaded()
        {
            TestCloud.Require();
            var output = RunIsolated(Preload + @"
                $env:OS_CLIENT_CONFIG_FILE = '" + TestCloud.CloudsYaml + @"'
                Connect-OpenStack -Cloud " + TestCloud.Demo + @" -ErrorAction Stop | Out-Null
                $flavors = @(Get-OSFlavor -ErrorAction Stop)
                'flavors: ' + $flavors.Count
                'type: ' + $flavors[0].PSObject.TypeNames[0]
                'literal resolves: ' + [bool]('OpenStack.Client.Compute.Flavor' -as [type])
                Show-Loaded");
            Assert.Matches(@"flavors: [1-9]", output);
            Assert.Contains("type: OpenStack.Client.Compute.Flavor", output);
            AssertIsolated(output, "Polly.Core", "8.0.0.0");
            AssertIsolated(output, "YamlDotNet", "15.0.0.0");
            // Documented in about_OpenStack: scripts test PSTypeNames, not type literals, for the client's types.
            Assert.Contains("literal resolves: False", output);
        }

        /// <summary>The preloaded copy stays in the default context; the module's copy is in its own, from deps/.</summary>
        private static void AssertIsolated(string output, string name, string preloadedVersion)
        {
            var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("loaded " + name + " ", StringComparison.Ordinal)).ToList();
            Assert.Contains(lines, l => l.Contains(" " + preloadedVersion + " in Default from ") && l.Contains("conflicting"));
            var sep = Path.DirectorySeparatorChar;
            Assert.Contains(lines, l => l.Contains(" in OpenStack.PowerShell from ") && l.Contains(sep + "deps" + sep) && l.EndsWith(sep + name + ".dll", StringComparison.Ordinal));
            Assert.Contains(output.Split('\n'), l => l.Contains("loaded OpenStack.Client ") && l.Contains(" in OpenStack.PowerShell from "));
        }

        private static string RunIsolated(string script) => RunnerProcess.Run(script);
    }
}
