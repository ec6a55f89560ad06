using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>tools/OpenStack.Runner runs a script in the embedded engine as its own process: a failing script must say why.</summary>
    public sealed class RunnerTests
    {
        [Fact]
        public void A_script_stopped_by_a_terminating_error_prints_it_with_its_place_and_exits_1()
        {
            var output = RunnerProcess.Run(@"
                $ErrorActionPreference = 'Stop'
                function Invoke-Step([string] $Name, [scriptblock] $Action) {
                    try { & $Action } catch { throw ""Step '$Name' failed: $($_.Exception.Message)"" }
                }
                'before'
                Invoke-Step 'list' { Get-OSServer }
                'after'", exitCode: 1);
            Assert.Contains("before", output);
            Assert.DoesNotContain("after", output);
            Assert.Contains("Step 'list' failed: ", output);
            Assert.Contains("char:", output);
        }

        [Fact]
        public void A_script_that_ends_with_exit_gives_that_code()
        {
            var output = RunnerProcess.Run("'done'; exit 3", exitCode: 3);
            Assert.Contains("done", output);
        }
    }
}
