using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Move-OSServer and Get-OSServerMigration against the local cloud's two compute hosts (as the admin): the move, the
    /// record Nova keeps of it, and Nova's refusal as an ErrorRecord. Evacuation, which restarts a compute host of the
    /// local cloud, is in tests/Pester/ComputeAdmin.Tests.ps1.
    /// </summary>
    public sealed class ServerMigrationTests : CloudScriptTest
    {
        public ServerMigrationTests() : base("it-mig") { }

        protected override string Cleanup => "Get-OSServer -Name \"$prefix*\" | Remove-OSServer -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue";

        [Fact]
        public void A_server_moves_live_and_cold_and_Nova_records_each_move()
        {
            var boot = Ps.Run("$s = New-OSServer -Name \"$prefix-vm\" -Image testcloud-image -Flavor m1.nano -NoNetwork -Wait; $s.Id; $s.Host; " +
                              "@(Get-OSComputeService -Binary nova-compute | Where-Object { $_.State -eq 'up' -and $_.Status -eq 'enabled' }).Count", Vars).ThrowIfFailed();
            string id = boot.Output[0].ToString(), first = boot.Output[1].ToString();
            Assert.True((int)boot.Output[2].BaseObject >= 2, "the local cloud needs two compute hosts that are up and enabled");

            var live = Ps.Run("$s | Move-OSServer -Live -Wait -PassThru", Vars).ThrowIfFailed();
            var moved = (dynamic)live.Output.Single().BaseObject;
            Assert.Equal("ACTIVE", (string)moved.Status);
            Assert.NotEqual(first, (string)moved.Host);

            var cold = Ps.Run("Move-OSServer $s.Id -Destination " + first + " -AutoConfirm -Wait -PassThru", Vars).ThrowIfFailed();
            var back = (dynamic)cold.Output.Single().BaseObject;
            Assert.Equal("ACTIVE", (string)back.Status);
            Assert.Equal(first, (string)back.Host);

            var records = Ps.Run("Get-OSServerMigration -Server $s.Id | ForEach-Object { $_.MigrationType + ' ' + $_.Status }", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "migration confirmed", "live-migration completed" }, records.Output.Select(o => o.ToString()).ToArray());
            Assert.Equal(id, Ps.Run("(Get-OSServerMigration -Server $s.Id)[0].ServerId", Vars).ThrowIfFailed().Output.Single().ToString());
        }

        [Fact]
        public void A_host_Nova_does_not_know_is_Novas_own_error_about_that_server()
        {
            Ps.Run("$s = New-OSServer -Name \"$prefix-bad\" -Image testcloud-image -Flavor m1.nano -NoNetwork -Wait", Vars).ThrowIfFailed();
            var r = Ps.Run("Move-OSServer $s.Id -Live -Destination \"$prefix-nohost\" -Wait; $s.Id", Vars);
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(r.Output.Single().ToString(), error.TargetObject?.ToString());
            Assert.Contains("Compute host " + Prefix + "-nohost could not be found", error.Exception.Message);
            Assert.Matches("HTTP 400, POST .*/servers/.*/action, request req-", error.Exception.Message);
            Assert.Empty(Ps.Run("Get-OSServerMigration -Server $s.Id", Vars).ThrowIfFailed().Output);
        }
    }
}
