using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenStack.Runner;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>The network runbook in samples/ against the local cloud: the five steps, run twice, then torn down.</summary>
    public sealed class NetworkRunbookTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();
        private readonly string _suffix = Guid.NewGuid().ToString("N").Substring(0, 6);

        public NetworkRunbookTests()
        {
            TestCloud.Require();
            _ps.Run(UtilityShims.Script).ThrowIfFailed();
        }

        private static string RepoRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!, "..", ".."));

        private Dictionary<string, object?> Vars()
        {
            var seg = 100 + new Random().Next(3900);
            return new Dictionary<string, object?>
            {
                ["runbook"] = Path.Combine(RepoRoot, "samples", "network", "New-ProjectNetwork.ps1"),
                ["sfx"] = _suffix,
                ["seg"] = seg,
            };
        }

        private const string Invoke = @"
            $p = @{ Project = 'demo'; NetworkName = ""it-rb-net-$sfx""; RouterName = ""it-rb-router-$sfx""; ExternalName = ""it-rb-ext-$sfx""
                    SegmentationId = 60000 + $seg; ExternalSegmentationId = $seg; Cidr = '10.66.0.0/24'; Gateway = '10.66.0.1'
                    ExternalCidr = '198.18.0.0/24'; ExternalGateway = '198.18.0.1'; PoolStart = '198.18.0.50'; PoolEnd = '198.18.0.60' }";

        [Fact]
        public void Builds_the_network_twice_without_duplicates_then_tears_it_down()
        {
            var vars = Vars();
            var first = _ps.Run(Invoke + "\n & $runbook @p", vars).ThrowIfFailed();
            var router = (dynamic)first.Output.Last();
            Assert.Equal("it-rb-router-" + _suffix, (string)router.Name);
            Assert.NotNull((string)router.ExternalNetworkId);
            foreach (var step in new[] { "1. network", "2. subnet", "3. router", "4. external network", "5. gateway" })
                Assert.Contains("==> " + step, first.HostText);

            var second = _ps.Run(Invoke + "\n & $runbook @p", vars).ThrowIfFailed();
            Assert.Equal((string)router.Id, (string)((dynamic)second.Output.Last()).Id);
            var counts = _ps.Run(@"
                @(Get-OSNetwork -Name ""it-rb-*-$sfx"").Count; @(Get-OSSubnet -Name ""it-rb-*-$sfx*"").Count
                @(Get-OSPort -DeviceId (Get-OSRouter ""it-rb-router-$sfx"").Id).Count
                (Get-OSNetwork ""it-rb-net-$sfx"").ProviderSegmentationId -eq 60000 + $seg", vars).ThrowIfFailed();
            // Two networks, two subnets, and the router's two ports: the interface and the gateway.
            Assert.Equal(new[] { "2", "2", "2", "True" }, counts.Output.Select(o => o.ToString()));

            _ps.Run(Invoke + "\n & $runbook @p -Remove", vars).ThrowIfFailed();
            var left = _ps.Run("@(Get-OSNetwork -Name \"it-rb-*-$sfx\").Count + @(Get-OSRouter -Name \"it-rb-*-$sfx\").Count", vars).ThrowIfFailed();
            Assert.Equal("0", left.Output.Single().ToString());
        }

        [Fact]
        public void A_failing_step_names_the_step_and_neutrons_reason()
        {
            var r = _ps.Run(Invoke + "\n $p.NetworkType = 'vlan'; $p.PhysicalNetwork = 'no-such-physnet'; & $runbook @p", Vars());
            var error = Assert.Single(r.AllErrors);
            Assert.Contains("Step '1. network it-rb-net-" + _suffix, error.Exception.Message);
            Assert.Contains("no-such-physnet", error.Exception.Message);
        }

        public void Dispose()
        {
            _ps.Run(Invoke + "\n & $runbook @p -Remove", Vars());
            _ps.Dispose();
        }
    }
}
