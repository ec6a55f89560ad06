using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Octavia against the local cloud (no-op drivers: every change still goes PENDING_* to ACTIVE in the real API), as the
    /// demo user, checked against the openstack CLI: a tree built with members by address; names of listeners and pools
    /// looked for on one load balancer; member names completed within the pool typed. The tree with servers from the
    /// pipeline, the status tree and a change met while PENDING_CREATE are in tests/Pester/LoadBalancing.Tests.ps1.
    /// </summary>
    public sealed class LoadBalancingTests : CloudScriptTest
    {
        public LoadBalancingTests() : base("it-lb", TestCloud.Demo)
        {
            // A subnet of the test's own: the load balancers' VIPs and the members' addresses live on it.
            var cidr = "10." + System.Random.Shared.Next(100, 250) + "." + System.Random.Shared.Next(0, 250) + ".0/24";
            Ps.Run(@"$net = New-OSNetwork -Name ""$prefix-net""
                     $null = $net | New-OSSubnet -Name ""$prefix-sub"" -Cidr """ + cidr + @"""", Vars).ThrowIfFailed();
        }

        protected override string Cleanup => @"
            Get-OSLoadBalancer -Name ""$prefix*"" | Remove-OSLoadBalancer -Cascade -Force -ErrorAction SilentlyContinue
            Get-OSNetwork -Name ""$prefix*"" | Remove-OSNetwork -Force -ErrorAction SilentlyContinue";

        private static JsonElement Cli(string args) => TestCloud.CliJson(TestCloud.Demo, args);

        [Fact]
        public void A_tree_with_members_by_address_is_what_the_openstack_cli_shows_and_Cascade_removes_it()
        {
            var r = Ps.Run(@"
                $subnet = Get-OSSubnet -Name ""$prefix-sub""
                $base = $subnet.Cidr -replace '0/24$', ''
                $lb = $subnet | New-OSLoadBalancer ""$prefix-lb"" -Description 'web tier'
                $pool = $lb | New-OSLoadBalancerListener -Name ""$prefix-http"" -Protocol HTTP -ProtocolPort 80 |
                    New-OSLoadBalancerPool ""$prefix-pool"" -Protocol HTTP -Algorithm ROUND_ROBIN
                $null = New-OSLoadBalancerMember -Pool $pool -Name ""$prefix-m1"" -Address ""${base}11"" -ProtocolPort 8080 -Subnet $subnet.Id
                $null = New-OSLoadBalancerMember -Pool $pool -Name ""$prefix-m2"" -Address ""${base}12"" -ProtocolPort 8080 -Subnet $subnet.Id -Weight 5
                $null = $pool | New-OSLoadBalancerHealthMonitor -Type HTTP -UrlPath /health -Delay 5 -Timeout 3
                Get-OSLoadBalancer -Id $lb.Id
                $pool.Id
                $base", Vars).ThrowIfFailed();
            var lb = r.Output[0];
            string? Of(string property) => lb.Properties[property]?.Value?.ToString();
            var poolId = r.Output[1].ToString();
            var ipBase = r.Output[2].ToString();
            var lbId = Of("Id")!;

            var shown = Cli("loadbalancer show " + lbId);
            Assert.Equal(Prefix + "-lb", shown.GetProperty("name").GetString());
            Assert.Equal(Of("VipAddress"), shown.GetProperty("vip_address").GetString());
            Assert.Equal(Of("VipSubnetId"), shown.GetProperty("vip_subnet_id").GetString());
            Assert.Equal("ACTIVE", shown.GetProperty("provisioning_status").GetString());
            Assert.Equal("ACTIVE", Of("ProvisioningStatus"));
            Assert.Equal("web tier", shown.GetProperty("description").GetString());
            var members = Cli("loadbalancer member list " + poolId).EnumerateArray()
                .Select(m => m.GetProperty("name").GetString() + " " + m.GetProperty("address").GetString() + ":" + m.GetProperty("protocol_port").GetInt32() + " w" + m.GetProperty("weight").GetInt32())
                .OrderBy(m => m).ToArray();
            Assert.Equal(new[] { Prefix + "-m1 " + ipBase + "11:8080 w1", Prefix + "-m2 " + ipBase + "12:8080 w5" }, members);
            Assert.Single(Cli("loadbalancer healthmonitor list").EnumerateArray(), m => m.GetProperty("id").GetString() ==
                Ps.Run(@"(Get-OSLoadBalancerHealthMonitor -Pool """ + poolId + @""").Id").ThrowIfFailed().Output.Single().ToString());

            // Members piped into Set- change one by one, but their pool and its load balancer are looked for once, not per member.
            Ps.Run(@"$members = Get-OSLoadBalancerMember -Pool """ + poolId + @"""", Vars).ThrowIfFailed();
            var set = Ps.Run("$members | Set-OSLoadBalancerMember -Weight 3 -Verbose", Vars).ThrowIfFailed();
            // The request lines only ("HTTP GET <url>"), not an attempt's failure or its answer.
            var poolReads = set.Verbose.Where(v => System.Text.RegularExpressions.Regex.IsMatch(v, @"^HTTP GET \S+/pools/" + poolId + "$")).ToList();
            Assert.True(poolReads.Count is >= 1 and <= 2, "the pool was read " + poolReads.Count + " times:\n" + string.Join("\n", set.Verbose));
            Assert.Equal(new[] { "3", "3" }, Ps.Run(@"(Get-OSLoadBalancerMember -Pool """ + poolId + @""").Weight").ThrowIfFailed().Output.Select(o => o.ToString()));

            // -WhatIf names the whole tree and removes nothing.
            var whatIf = Ps.Run(@"Remove-OSLoadBalancer ""$prefix-lb"" -Cascade -WhatIf; (Get-OSLoadBalancer -Name ""$prefix-lb"").ProvisioningStatus", Vars).ThrowIfFailed();
            Assert.Equal("ACTIVE", whatIf.Output.Single().ToString());
            Assert.Contains("What if: Performing the operation \"Delete load balancer with its listeners, pools, members and health monitors\" on target \"" + Prefix + "-lb\"", whatIf.HostText);

            var removed = Ps.Run(@"Remove-OSLoadBalancer ""$prefix-lb"" -Cascade -Force; Get-OSLoadBalancerPool -Id """ + poolId + @"""", Vars);
            Assert.Empty(removed.Output);
            var gone = Assert.Single(removed.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, gone.CategoryInfo.Category);
            Assert.Equal(poolId, gone.TargetObject?.ToString());
            Assert.Throws<System.InvalidOperationException>(() => { Cli("loadbalancer show " + lbId); });
        }

        [Fact]
        public void Names_of_listeners_and_pools_are_looked_for_on_one_load_balancer_with_LoadBalancer()
        {
            // Two load balancers, each with a listener and a pool of the same names (Octavia allows it).
            Ps.Run(@"
                $subnet = Get-OSSubnet -Name ""$prefix-sub""
                foreach ($n in 'a', 'b') {
                    $lb = $subnet | New-OSLoadBalancer ""$prefix-lb-$n""
                    $null = $lb | New-OSLoadBalancerListener -Name ""$prefix-l"" -Protocol HTTP -ProtocolPort 80
                    $null = New-OSLoadBalancerPool ""$prefix-p"" -LoadBalancer $lb -Protocol HTTP
                }", Vars).ThrowIfFailed();

            var ambiguous = Ps.Run(@"Remove-OSLoadBalancerPool ""$prefix-p"" -Force; Set-OSLoadBalancerListener ""$prefix-l"" -ConnectionLimit 5", Vars);
            Assert.Equal(2, ambiguous.Errors.Count);
            Assert.All(ambiguous.Errors, e => Assert.StartsWith("OpenStack.AmbiguousName", e.FullyQualifiedErrorId));
            Assert.All(ambiguous.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));

            // An L7 policy's pool, named, is looked for on the listener's load balancer: no ambiguity there. Its rule, found by
            // id within the policy, goes from Get to Remove; a rule id the policy lacks is ObjectNotFound naming it.
            var routed = Ps.Run(@"
                $policy = New-OSLoadBalancerL7Policy (Get-OSLoadBalancerListener -LoadBalancer ""$prefix-lb-b"").Id -Action REDIRECT_TO_POOL -RedirectPool ""$prefix-p"" -Name ""$prefix-l7""
                $policy.RedirectPoolId -eq (Get-OSLoadBalancerPool -LoadBalancer ""$prefix-lb-b"").Id
                $null = $policy | New-OSLoadBalancerL7Rule -Type HOST_NAME -CompareType EQUAL_TO -Value b.example.com
                (Get-OSLoadBalancerL7Rule -Policy ""$prefix-l7"").Value
                Get-OSLoadBalancerL7Rule -Policy ""$prefix-l7"" | Remove-OSLoadBalancerL7Rule -Force
                @(Get-OSLoadBalancerL7Rule -Policy ""$prefix-l7"").Count
                Remove-OSLoadBalancerL7Rule -Policy ""$prefix-l7"" 00000000-0000-4000-8000-000000000000 -Force", Vars);
            Assert.Equal(new[] { "True", "b.example.com", "0" }, routed.Output.Select(o => o.ToString()));
            var noRule = Assert.Single(routed.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, noRule.CategoryInfo.Category);
            Assert.Equal("00000000-0000-4000-8000-000000000000", noRule.TargetObject?.ToString());

            var scoped = Ps.Run(@"
                Remove-OSLoadBalancerPool ""$prefix-p"" -LoadBalancer ""$prefix-lb-a"" -Force
                (Set-OSLoadBalancerListener ""$prefix-l"" -LoadBalancer ""$prefix-lb-b"" -ConnectionLimit 5 -PassThru).ConnectionLimit
                foreach ($n in 'a', 'b') {
                    ""$n pools="" + @(Get-OSLoadBalancerPool -LoadBalancer ""$prefix-lb-$n"").Count + "" limit="" + (Get-OSLoadBalancerListener -LoadBalancer ""$prefix-lb-$n"").ConnectionLimit
                }
                Remove-OSLoadBalancerPool ""$prefix-p"" -LoadBalancer ""$prefix-no-such-lb"" -Force", Vars);
            Assert.True(scoped.Errors.Count == 1, string.Join(" | ", scoped.Errors.Select(e => e.Exception.Message)));
            Assert.Equal(new[] { "5", "a pools=0 limit=-1", "b pools=1 limit=5" }, scoped.Output.Select(o => o.ToString()));
            // An unknown load balancer stops the cmdlet before anything is asked or removed.
            var missing = Assert.Single(scoped.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
            Assert.Equal(Prefix + "-no-such-lb", missing.TargetObject?.ToString());
        }

        [Fact]
        public void Member_names_complete_within_the_pool_typed_and_the_shared_Id_completes_by_noun()
        {
            Ps.Run(@"
                $subnet = Get-OSSubnet -Name ""$prefix-sub""
                $base = $subnet.Cidr -replace '0/24$', ''
                $pool = $subnet | New-OSLoadBalancer ""$prefix-lb"" | New-OSLoadBalancerPool ""$prefix-pool"" -Protocol HTTP
                $null = New-OSLoadBalancerMember -Pool $pool -Name ""$prefix-web1"" -Address ""${base}21"" -ProtocolPort 80
                $null = New-OSLoadBalancerMember -Pool $pool -Name ""$prefix-web2"" -Address ""${base}22"" -ProtocolPort 80
                $null = New-OSLoadBalancerMember -Pool $pool -Name ""$prefix-db"" -Address ""${base}23"" -ProtocolPort 80", Vars).ThrowIfFailed();

            string[] Offered(string input) => Ps.Complete(input).Select(c => c.CompletionText).ToArray();
            Assert.Equal(new[] { Prefix + "-web1", Prefix + "-web2" }, Offered("Get-OSLoadBalancerMember -Pool " + Prefix + "-pool -Name " + Prefix + "-w"));
            Assert.Equal(new[] { Prefix + "-db" }, Offered("Remove-OSLoadBalancerMember -Pool " + Prefix + "-pool -Id " + Prefix + "-d"));
            Assert.Equal(new[] { Prefix + "-web2" }, Offered("Set-OSLoadBalancerMember -Pool " + Prefix + "-pool " + Prefix + "-web2"));
            // Without a pool there is nothing to list members of.
            Assert.Empty(Offered("Remove-OSLoadBalancerMember -Id " + Prefix + "-w"));
            // The -Id the Remove and Set bases declare once completes what the command's noun names.
            Assert.Equal(new[] { Prefix + "-pool" }, Offered("Remove-OSLoadBalancerPool " + Prefix + "-p"));
            Assert.Equal(new[] { Prefix + "-lb" }, Offered("Set-OSLoadBalancer -Id " + Prefix + "-l"));
            Assert.Equal(new[] { Prefix + "-net" }, Offered("Remove-OSNetwork " + Prefix + "-n"));
        }
    }
}
