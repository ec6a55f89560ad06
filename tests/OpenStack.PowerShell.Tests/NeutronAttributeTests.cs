using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Router routes, distributed and HA routers, port bindings, stateless security groups, subnet service types and
    /// subnet pools, against the local cloud's Neutron (which has extraroute-atomic, dvr, l3-ha, binding,
    /// stateful-security-group, subnet-service-types and subnet_allocation).
    /// </summary>
    public sealed class NeutronAttributeTests : CloudScriptTest
    {
        public NeutronAttributeTests() : base("it-nattr", TestCloud.Admin) { }

        protected override Dictionary<string, object?> Vars => new Dictionary<string, object?>
        {
            ["prefix"] = Prefix,
            // A second octet of this run's own, so a leftover of an earlier run cannot overlap.
            ["o"] = 100 + Math.Abs(Prefix.GetHashCode() % 150),
        };

        protected override string Cleanup => @"
                Connect-OpenStack -Cloud testcloud-admin
                foreach ($r in Get-OSRouter -Name ""$prefix*"") {
                    Set-OSRouter $r.Id -ClearRoute
                    Get-OSPort -DeviceId $r.Id -DeviceOwner network:router_interface | ForEach-Object { Remove-OSRouterInterface -Router $r.Id -Port $_.Id -Confirm:$false }
                    Remove-OSRouter $r.Id -Force }
                Get-OSNetwork -Name ""$prefix*"" | ForEach-Object { Get-OSPort -Network $_.Id } | Remove-OSPort -Force
                Get-OSNetwork -Name ""$prefix*"" | ForEach-Object { Get-OSSubnet -Network $_.Id } | Remove-OSSubnet -Force
                Get-OSNetwork -Name ""$prefix*"" | Remove-OSNetwork -Force
                Get-OSSubnetPool -Name ""$prefix*"" | Remove-OSSubnetPool -Force
                Get-OSSecurityGroup -Name ""$prefix*"" | Remove-OSSecurityGroup -Force";

        /// <summary>The output joined by |; a difference shows the errors too.</summary>
        private static void OutputIs(string expected, ScriptResult r)
        {
            var actual = string.Join("|", r.Output);
            Assert.True(expected == actual, "expected " + expected + "\nactual   " + actual + "\nerrors: " + string.Join(" / ", r.Errors.Select(e => e.Exception.Message)));
        }

        [Fact]
        public void Static_routes_are_replaced_added_removed_and_cleared()
        {
            var r = Ps.Run(@"
                $net = New-OSNetwork -Name ""$prefix-rt""
                $sub = $net | New-OSSubnet -Name ""$prefix-rt-sub"" -Cidr ""10.$o.1.0/24""
                $router = New-OSRouter -Name ""$prefix-rt-r""
                Add-OSRouterInterface -Router $router -Subnet $sub | Out-Null
                $set = Set-OSRouter $router.Id -Route @{ Destination = '10.9.0.0/24'; NextHop = ""10.$o.1.5"" } -PassThru
                ($set.Routes | ForEach-Object ToString) -join ';'
                $added = Add-OSRouterRoute -Router ""$prefix-rt-r"" -Route @{ Destination = '10.10.0.0/24'; NextHop = ""10.$o.1.6"" }, @{ Destination = '10.11.0.0/24'; NextHop = ""10.$o.1.6"" }
                @($added.Routes).Count
                # A route it has already is no change, and -WhatIf sends nothing.
                @((Add-OSRouterRoute $router -Destination 10.9.0.0/24 -NextHop ""10.$o.1.5"").Routes).Count
                Remove-OSRouterRoute $router -Destination 10.10.0.0/24 -NextHop ""10.$o.1.6"" -WhatIf
                @((Get-OSRouter -Id $router.Id).Routes).Count
                $left = Remove-OSRouterRoute $router -Destination 10.10.0.0/24 -NextHop ""10.$o.1.6"" -Confirm:$false
                [string[]] $kept = $left.Routes.Destination; [Array]::Sort($kept); $kept -join ','
                @((Set-OSRouter $router.Id -ClearRoute -PassThru).Routes).Count
                # Checked before anything is sent; Neutron's own refusal (a next hop on no subnet of the router) comes back with its message.
                Add-OSRouterRoute $router -Destination 10.12.0.0/33 -NextHop ""10.$o.1.6""
                Add-OSRouterRoute $router -Route @{ Destinaton = '10.12.0.0/24'; NextHop = ""10.$o.1.6"" }
                Set-OSRouter $router.Id -Route @{ Destination = '10.12.0.0/24'; NextHop = '10.12.0.1x' }
                Add-OSRouterRoute $router -Destination 10.12.0.0/24 -NextHop 192.0.2.1
                (Get-OSRouter -Id $router.Id).PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames -match 'Routes'
                Set-OSRouter $router.Id -ClearRoute", Vars);
            OutputIs("10.9.0.0/24 via 10." + Vars["o"] + ".1.5|3|3|3|10.11.0.0/24,10.9.0.0/24|0|Routes", r);
            Assert.Contains("What if: Performing the operation \"Remove route 10.10.0.0/24 via", r.HostText);
            Assert.Equal(4, r.Errors.Count);
            Assert.Contains("prefix length", r.Errors[0].Exception.Message);
            Assert.Contains("'Destinaton' is not one of them", r.Errors[1].Exception.Message);
            Assert.Contains("'10.12.0.1x' is not an IP address", r.Errors[2].Exception.Message);
            Assert.All(r.Errors.Take(3), e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.Contains("HTTP 400", r.Errors[3].Exception.Message);
            Assert.Contains("192.0.2.1", r.Errors[3].Exception.Message);
        }

        [Fact]
        public void HA_and_distributed_routers_are_for_admins_and_Neutron_says_what_it_needs()
        {
            var r = Ps.Run(@"
                $router = New-OSRouter -Name ""$prefix-ha""
                Set-OSRouter $router.Id -HighAvailability $true
                $ha = Set-OSRouter $router.Id -AdminStateUp $false -HighAvailability $true -PassThru
                $ha.HighAvailability; $ha.AdminStateUp
                $dvr = New-OSRouter -Name ""$prefix-dvr"" -Distributed
                # The distributed flag changes only once the router is down.
                Set-OSRouter $dvr.Id -AdminStateUp $false
                $dvr.Distributed; (Set-OSRouter $dvr.Id -Distributed $false -PassThru).Distributed
                Connect-OpenStack -Cloud testcloud-demo
                New-OSRouter -Name ""$prefix-demo-ha"" -HighAvailability
                @(Get-OSRouter -Name ""$prefix-demo*"").Count
                Connect-OpenStack -Cloud testcloud-admin", Vars);
            OutputIs("True|False|True|False|0", r);
            Assert.Equal(2, r.Errors.Count);
            Assert.Contains("Cannot change HA attribute of active routers", r.Errors[0].Exception.Message);
            Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[0].CategoryInfo.Category);
            Assert.Equal(ErrorCategory.PermissionDenied, r.Errors[1].CategoryInfo.Category);
            Assert.Contains("create_router:ha", r.Errors[1].Exception.Message);
        }

        [Fact]
        public void Ports_take_a_MAC_address_and_a_host_binding()
        {
            var r = Ps.Run(@"
                $net = New-OSNetwork -Name ""$prefix-bind""
                $net | New-OSSubnet -Name ""$prefix-bind-sub"" -Cidr ""10.$o.2.0/24"" | Out-Null
                $port = New-OSPort -Network $net -Name ""$prefix-bind-p"" -MacAddress fa:16:3e:0a:0b:0c -BindingVnicType normal -BindingProfile @{ tag = 'a'; n = 2; list = @('x', 'y') }
                $port.MacAddress; $port.BindingVnicType; $port.BindingProfile['tag'].GetString(); $port.BindingProfile['n'].GetInt32(); $port.BindingProfile['list'].GetArrayLength()
                $changed = $port | Set-OSPort -MacAddress fa:16:3e:0a:0b:0d -BindingHost ""$prefix-host"" -BindingProfile @{} -PassThru
                $changed.MacAddress; $changed.BindingHostId -eq ""$prefix-host""; $changed.BindingProfile.Count
                (Get-OSPort -Id $port.Id).PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames -match 'Binding' -join ','
                New-OSPort -Network $net -BindingVnicType fast", Vars);
            OutputIs("fa:16:3e:0a:0b:0c|normal|a|2|2|fa:16:3e:0a:0b:0d|True|0|BindingHostId,BindingVnicType", r);
            var bad = Assert.Single(r.Errors);
            Assert.Contains("BindingVnicType", bad.Exception.Message);
        }

        [Fact]
        public void Security_groups_are_renamed_and_made_stateless()
        {
            var r = Ps.Run(@"
                $sg = New-OSSecurityGroup -Name ""$prefix-sg"" -Stateful $false
                $sg.Stateful
                Get-OSSecurityGroup ""$prefix-sg"" | Set-OSSecurityGroup -NewName ""$prefix-sg2"" -Description 'renamed' -Stateful $true
                $g = Get-OSSecurityGroup -Id $sg.Id
                $g.Name -eq ""$prefix-sg2""; $g.Description; $g.Stateful
                Set-OSSecurityGroup ""$prefix-sg2"" -Description 'not sent' -WhatIf
                (Get-OSSecurityGroup -Id $sg.Id).Description
                Set-OSSecurityGroup ""$prefix-sg2""
                Set-OSSecurityGroup ""$prefix-none"" -Description x", Vars);
            OutputIs("False|True|renamed|True|renamed", r);
            Assert.Equal(2, r.Errors.Count);
            Assert.Contains("Nothing to change", r.Errors[0].Exception.Message);
            Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[1].CategoryInfo.Category);
        }

        [Fact]
        public void Subnets_take_their_CIDR_from_a_pool_named_and_carry_service_types()
        {
            var r = Ps.Run(@"
                $pool = New-OSSubnetPool -Name ""$prefix-pool"" -Prefix ""10.$o.64.0/18"" -DefaultPrefixLength 26 -MinPrefixLength 24 -MaxPrefixLength 28 -Description 'tenant ranges'
                $pool.Prefixes -join ','; $pool.DefaultPrefixLength; $pool.MinPrefixLength; $pool.MaxPrefixLength; $pool.IpVersion
                (Get-OSSubnetPool -Name ""$prefix-p*"").Id -eq $pool.Id
                (Get-OSSubnetPool -IpVersion 4 | Where-Object Id -eq $pool.Id).Description
                $net = New-OSNetwork -Name ""$prefix-pooled""
                $a = New-OSSubnet -Network $net -Name ""$prefix-a"" -SubnetPool ""$prefix-pool""
                $b = New-OSSubnet -Network $net -Name ""$prefix-b"" -SubnetPool $pool -PrefixLength 28 -ServiceType 'compute:nova', 'network:router_gateway'
                $a.Cidr.EndsWith('/26'); $a.SubnetPoolId -eq $pool.Id; $a.IpVersion
                $b.Cidr.EndsWith('/28'); $b.ServiceTypes -join ','
                @(($b | Set-OSSubnet -ServiceType @() -PassThru).ServiceTypes).Count
                # Checked before anything is sent, then Neutron's refusals.
                New-OSSubnet -Network $net -PrefixLength 26
                New-OSSubnet -Network $net -SubnetPool ""$prefix-pool"" -IpVersion 6
                New-OSSubnetPool -Name ""$prefix-bad"" -Prefix 10.1.0.0/16, 2001:db8::/48
                New-OSSubnetPool -Name ""$prefix-bad"" -Prefix 10.1.0.0/16 -MinPrefixLength 24 -DefaultPrefixLength 20
                New-OSSubnet -Network $net -SubnetPool ""$prefix-pool"" -PrefixLength 20
                Remove-OSSubnetPool ""$prefix-pool"" -Force
                @(Get-OSSubnetPool -Name ""$prefix*"").Count
                Get-OSSubnet -Network $net | Remove-OSSubnet -Force
                Get-OSSubnetPool -Name ""$prefix*"" | Remove-OSSubnetPool -WhatIf
                Get-OSSubnetPool -Name ""$prefix*"" | Remove-OSSubnetPool -Confirm:$false
                @(Get-OSSubnetPool -Name ""$prefix*"").Count", Vars);
            var o = Vars["o"];
            OutputIs("10." + o + ".64.0/18|26|24|28|4|True|tenant ranges|True|True|4|True|compute:nova,network:router_gateway|0|1|0", r);
            Assert.Equal(6, r.Errors.Count);
            Assert.Contains("give the pool too", r.Errors[0].Exception.Message);
            Assert.Contains("holds IPv4 prefixes, not IPv6", r.Errors[1].Exception.Message);
            Assert.Contains("all IPv4 or all IPv6", r.Errors[2].Exception.Message);
            Assert.Contains("default prefix length 20 is outside 24 to", r.Errors[3].Exception.Message);
            Assert.All(r.Errors.Take(4), e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.Contains("HTTP 400", r.Errors[4].Exception.Message);
            Assert.Contains("SubnetPoolDeleteError", r.Errors[5].Exception.Message);
            Assert.Contains("What if: Performing the operation \"Delete subnet pool\"", r.HostText);
        }
    }
}
