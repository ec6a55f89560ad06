using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// The -Debug switch itself, as a runbook passes it (not $DebugPreference): the trace is written, and nothing prompts
    /// or fails, whether the host could answer a prompt or not.
    /// </summary>
    public sealed class DebugSwitchTests
    {
        private const string Script = @"
            $DebugPreference = 'SilentlyContinue'; $VerbosePreference = 'SilentlyContinue'
            Connect-OpenStack -Cloud testcloud-demo -Debug -ErrorAction Stop
            $name = @(Get-OSFlavor -Debug -ErrorAction Stop)[0].Name
            $count = (Invoke-OSApi compute flavors -Debug -ErrorAction Stop).flavors.Count
            ""$name $count""";

        public DebugSwitchTests() => TestCloud.Require();

        [Fact]
        public void The_Debug_switch_writes_the_trace_and_never_prompts()
        {
            using var ps = new PowerShellHost();
            var r = ps.Run(Script).ThrowIfFailed();
            Assert.Empty(ps.Host.Prompts);
            Assert.Single(r.Output);
            Assert.Contains(r.Debug, d => d.StartsWith("HTTP request POST", StringComparison.Ordinal) && d.Contains("/v3/auth/tokens"));
            Assert.Contains(r.Debug, d => d.StartsWith("HTTP response GET", StringComparison.Ordinal) && d.Contains("/flavors"));
        }

        [Fact]
        public void The_Debug_switch_works_in_a_host_that_cannot_prompt()
        {
            // The engine's default host: no user interface at all, as in a service or a scheduled job.
            using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript("$env:OS_CLIENT_CONFIG_FILE = '" + TestCloud.CloudsYaml + "'; Import-Module '" + PowerShellHost.ModuleManifest + "' -ErrorAction Stop\n" + Script);
            var output = ps.Invoke();
            var errors = ps.Streams.Error.Select(e => e.CategoryInfo.Category + ": " + e).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Assert.Single(output);
            Assert.Matches(@"^\S+ \d+$", output[0].ToString());
            var debug = ps.Streams.Debug.Select(d => d.Message).ToList();
            Assert.Contains(debug, d => d.StartsWith("HTTP request POST", StringComparison.Ordinal));
            var all = string.Join("\n", debug);
            Assert.DoesNotContain(Secrets.FernetPrefix, all);
            foreach (var secret in TestCloud.KnownSecrets()) Assert.DoesNotContain(secret, all);
        }
    }
}
