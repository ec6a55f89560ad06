using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Networks, subnets, routers and ports through the cmdlets, against the local cloud's Neutron.</summary>
    public sealed class NetworkTests : CloudScriptTest
    {
        public NetworkTests() : base("it-net", TestCloud.Admin) { }

        protected override Dictionary<string, object?> Vars => new Dictionary<string, object?>
        {
            ["prefix"] = Prefix,
            // Segmentation ids unique to this run, so leftovers of an earlier run cannot collide.
            ["seg"] = 100 + Math.Abs(Prefix.GetHashCode() % 3900),
        };

        protected override string Cleanup => @"
                foreach ($r in Get-OSRouter -Name ""$prefix*"") {
                    Get-OSPort -DeviceId $r.Id -DeviceOwner network:router_interface | ForEach-Object { Remove-OSRouterInterface -Router $r.Id -Port $_.Id -Confirm:$false }
                    Remove-OSRouter $r.Id -Force }
                Get-OSNetwork -Name ""$prefix*"" | ForEach-Object { Get-OSPort -Network $_.Id } | Remove-OSPort -Force
                Get-OSNetwork -Name ""$prefix*"" | Remove-OSNetwork -Force";

        [Fact]
        public void The_five_recipe_steps_then_the_teardown_in_order()
        {
            var r = Ps.Run(@"
                $project = (Invoke-OSApi identity 'projects?name=demo').projects[0].id
                # 1. a project network with provider attributes, as admin
                $net = New-OSNetwork -Name ""$prefix-net"" -ProjectId $project -ProviderNetworkType vxlan -ProviderSegmentationId (50000 + $seg)
                $net.ProjectId -eq $project; $net.ProviderNetworkType; $net.ProviderSegmentationId -eq 50000 + $seg
                # 2. its subnet, from the pipeline
                $sub = $net | New-OSSubnet -Name ""$prefix-sub"" -Cidr 192.168.50.0/24 -GatewayIp 192.168.50.1 -DnsNameserver 8.8.8.8, 8.8.4.4
                $sub.Cidr; $sub.GatewayIp; $sub.DnsNameservers -join ','
                # 3. a router in that project, the subnet as its interface
                $router = New-OSRouter -Name ""$prefix-router"" -ProjectId $project
                $if = Add-OSRouterInterface -Router $router -Subnet ""$prefix-sub""
                $if.SubnetId -eq $sub.Id; (Get-OSPort -Id $if.PortId).IpAddresses -join ','
                # 4. an external network: gateway, allocation pool, no DHCP
                $ext = New-OSNetwork -Name ""$prefix-ext"" -External -ProviderNetworkType vlan -ProviderPhysicalNetwork public -ProviderSegmentationId $seg
                $extSub = New-OSSubnet -Network $ext -Name ""$prefix-ext-sub"" -Cidr 198.51.100.0/24 -GatewayIp 198.51.100.1 `
                    -AllocationPool @{ Start = '198.51.100.100'; End = '198.51.100.150' } -EnableDhcp $false
                $ext.External; $extSub.EnableDhcp; $extSub.AllocationPools[0].ToString()
                # 5. the router's gateway on it
                $gw = Set-OSRouter $router.Id -ExternalGateway ""$prefix-ext"" -PassThru
                $gw.ExternalNetworkId -eq $ext.Id; $gw.ExternalGatewayInfo.ExternalFixedIps[0].IpAddress.StartsWith('198.51.100.')

                # Teardown in order: gateway, interface, router, subnets, networks.
                Set-OSRouter $router.Id -ClearExternalGateway
                (Get-OSRouter -Id $router.Id).ExternalGatewayInfo -eq $null
                Remove-OSRouterInterface -Router ""$prefix-router"" -Subnet $sub -Confirm:$false | Out-Null
                Remove-OSRouter ""$prefix-router"" -Force
                Get-OSSubnet -Name ""$prefix-*"" | Remove-OSSubnet -Force
                Get-OSNetwork -Name ""$prefix-*"" | Remove-OSNetwork -Force
                @(Get-OSRouter -Name ""$prefix*"").Count + @(Get-OSSubnet -Name ""$prefix*"").Count + @(Get-OSNetwork -Name ""$prefix*"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[]
            {
                "True", "vxlan", "True",
                "192.168.50.0/24", "192.168.50.1", "8.8.8.8,8.8.4.4",
                "True", "192.168.50.1",
                "True", "False", "198.51.100.100-198.51.100.150",
                "True", "True",
                "True", "0",
            }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Neutron_errors_reach_the_user_with_its_message_and_request_id()
        {
            var r = Ps.Run(@"
                $net = New-OSNetwork -Name ""$prefix-err""
                $sub = New-OSSubnet -Network $net -Name ""$prefix-err-a"" -Cidr 10.77.0.0/24
                New-OSSubnet -Network $net -Name ""$prefix-err-b"" -Cidr 10.77.0.128/25
                $port = New-OSPort -Network $net -Name ""$prefix-err-p1"" -FixedIp @{ Subnet = ""$prefix-err-a""; IpAddress = '10.77.0.10' }
                New-OSPort -Network $net -Name ""$prefix-err-p2"" -FixedIp @{ Subnet = $sub.Id; IpAddress = '10.77.0.10' }
                Remove-OSSubnet $sub.Id -Force
                'went on'", Vars);
            Assert.Equal("went on", r.Output.Last().ToString());
            Assert.Equal(3, r.Errors.Count);
            var overlap = r.Errors[0];
            Assert.Equal(ErrorCategory.InvalidArgument, overlap.CategoryInfo.Category);
            Assert.Contains("overlaps with another subnet", overlap.Exception.Message);
            Assert.Contains("HTTP 400", overlap.Exception.Message);
            Assert.Matches("request req-[0-9a-f-]{36}", overlap.Exception.Message);
            Assert.Equal(Prefix + "-err-b", overlap.TargetObject);
            var taken = r.Errors[1];
            Assert.Equal(ErrorCategory.ResourceExists, taken.CategoryInfo.Category);
            Assert.Contains("10.77.0.10", taken.Exception.Message);
            Assert.Contains("already allocated", taken.Exception.Message);
            var inUse = r.Errors[2];
            Assert.Contains("HTTP 409", inUse.Exception.Message);
            Assert.Contains("SubnetInUse", inUse.Exception.Message);
        }

        [Fact]
        public void Bad_addresses_and_typos_fail_before_anything_is_sent()
        {
            var r = Ps.Run(@"
                $net = New-OSNetwork -Name ""$prefix-val""
                New-OSSubnet -Network $net -Cidr 10.1.2.0/33 -Verbose
                New-OSSubnet -Network $net -Cidr 10.1.2.0/24 -GatewayIp 10.9.9.1 -Verbose
                New-OSSubnet -Network $net -Cidr 10.1.2.0/24 -AllocationPool @{ Strat = '10.1.2.5'; End = '10.1.2.9' } -Verbose
                New-OSSubnet -Network $net -Cidr 10.1.2.0/24 -DnsNameserver 8.8.8 -Verbose
                New-OSSecurityGroupRule -SecurityGroup default -Protocol tcp -PortRangeMin 90 -PortRangeMax 80 -Verbose
                New-OSSubnet -Network ""$prefix-none"" -Cidr 10.1.2.0/24
                @(Get-OSSubnet -Network $net).Count", Vars);
            Assert.Equal("0", r.Output.Last().ToString());
            Assert.Equal(6, r.Errors.Count);
            Assert.All(r.Errors.Take(5), e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.Contains("prefix length", r.Errors[0].Exception.Message);
            Assert.Contains("outside the subnet 10.1.2.0/24", r.Errors[1].Exception.Message);
            Assert.Contains("'Strat' is not one of them", r.Errors[2].Exception.Message);
            Assert.Contains("'8.8.8' is not an IP address", r.Errors[3].Exception.Message);
            Assert.Contains("starts at 90 but ends at 80", r.Errors[4].Exception.Message);
            Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[5].CategoryInfo.Category);
            Assert.DoesNotContain(r.Verbose, v => v.StartsWith("HTTP POST", StringComparison.Ordinal) && v.Contains("/subnets"));
            Assert.DoesNotContain(r.Verbose, v => v.StartsWith("HTTP POST", StringComparison.Ordinal) && v.Contains("security-group-rules"));
        }

        [Fact]
        public void Names_are_resolved_once_and_duplicates_are_an_error_listing_them()
        {
            var r = Ps.Run(@"
                1..2 | ForEach-Object { New-OSNetwork -Name ""$prefix-twin"" } | Out-Null
                Get-OSNetwork -Id ""$prefix-twin""
                New-OSSubnet -Network ""$prefix-twin"" -Cidr 10.5.0.0/24
                Remove-OSNetwork ""$prefix-twin"" -Force
                New-OSNetwork -Name ""$prefix-ask"" -WhatIf
                @(Get-OSNetwork -Name ""$prefix-twin"").Count; @(Get-OSNetwork -Name ""$prefix-ask"").Count
                Get-OSNetwork -Name ""$prefix-twin"" | Set-OSNetwork -Description 'one of two' -PassThru | ForEach-Object Description", Vars);
            Assert.Equal(3, r.Errors.Count);
            Assert.All(r.Errors, e => Assert.StartsWith("OpenStack.AmbiguousName", e.FullyQualifiedErrorId));
            Assert.Contains("2 networks are named '" + Prefix + "-twin'", r.Errors[0].Exception.Message);
            Assert.Contains("What if: Performing the operation \"Create network\" on target \"" + Prefix + "-ask\"", r.HostText);
            Assert.Equal(new[] { "2", "0", "one of two", "one of two" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Subnets_and_ports_are_changed_in_place()
        {
            var r = Ps.Run(@"
                $net = New-OSNetwork -Name ""$prefix-set""
                $sub = $net | New-OSSubnet -Name ""$prefix-set-sub"" -Cidr 10.88.0.0/24 -DnsNameserver 1.1.1.1
                $s2 = $sub | Set-OSSubnet -NoGateway -DnsNameserver 9.9.9.9, 149.112.112.112 -AllocationPool @{ Start = '10.88.0.20'; End = '10.88.0.40' } `
                    -HostRoute @{ Destination = '10.99.0.0/16'; NextHop = '10.88.0.5' } -EnableDhcp $false -PassThru
                $s2.GatewayIp -eq $null; $s2.DnsNameservers -join ','; $s2.AllocationPools[0].ToString(); $s2.HostRoutes[0].ToString(); $s2.EnableDhcp
                (Set-OSSubnet $sub.Id -GatewayIp 10.88.0.1 -DnsNameserver @() -PassThru).DnsNameservers.Count
                $sg = New-OSSecurityGroup -Name ""$prefix-set-sg""
                $port = New-OSPort -Network $net -Name ""$prefix-set-p"" -FixedIp @{ Subnet = ""$prefix-set-sub""; IpAddress = '10.88.0.30' } -SecurityGroup ""$prefix-set-sg"" `
                    -AllowedAddressPair @{ IpAddress = '10.88.0.200' }
                $port.IpAddresses[0]; $port.SecurityGroups[0] -eq $sg.Id; $port.AllowedAddressPairs[0].IpAddress
                $p2 = Get-OSPort -Network $net -IpAddress 10.88.0.30 | Set-OSPort -Name ""$prefix-set-p2"" -SecurityGroup @() -AllowedAddressPair @() -PassThru
                $p2.Name -eq ""$prefix-set-p2""; $p2.SecurityGroups.Count; $p2.AllowedAddressPairs.Count
                $p2 | Remove-OSPort -Force; $sg | Remove-OSSecurityGroup -Force", Vars).ThrowIfFailed();
            Assert.Equal(new[]
            {
                "True", "9.9.9.9,149.112.112.112", "10.88.0.20-10.88.0.40", "10.99.0.0/16 via 10.88.0.5", "False",
                "0",
                "10.88.0.30", "True", "10.88.0.200",
                "True", "0", "0",
            }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Sixty_ports_list_through_small_pages_and_are_removed_in_parallel()
        {
            var r = Ps.Run(@"
                $net = New-OSNetwork -Name ""$prefix-many""
                $sub = $net | New-OSSubnet -Cidr 10.200.0.0/22
                # Neutron's bulk create: two requests of 30 ports.
                foreach ($batch in 0..1) {
                    $ports = foreach ($i in 1..30) { @{ network_id = $net.Id; name = ""$prefix-p$batch-$i"" } }
                    Invoke-OSApi network ports -Method POST -Body @{ ports = @($ports) } | Out-Null }
                $listed = @(Get-OSPort -Network $net -PageSize 7 -Verbose)
                $listed.Count; @([Linq.Enumerable]::Distinct([string[]]$listed.Id)).Count
                @(Get-OSPort -Network $net -Name ""$prefix-p1-*"").Count
                $listed | Remove-OSPort -Force -ThrottleLimit 16
                @(Get-OSPort -Network $net).Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "60", "60", "30", "0" }, r.Output.Select(o => o.ToString()));
            Assert.True(r.Verbose.Count(v => v.StartsWith("HTTP GET", StringComparison.Ordinal) && v.Contains("/ports?")) >= 9);
            Assert.Contains(r.Progress, p => p.Activity == "Deleting ports");
        }

        [Fact]
        public void Default_views_are_tables()
        {
            var r = Ps.Run(@"
                Get-OSNetwork -Name private | Out-Default
                Get-OSSubnet -Name private-subnet | Out-Default
                Get-OSRouter -Name router1 | Out-Default
                Get-OSPort -DeviceOwner network:router_interface | Out-Default").ThrowIfFailed();
            Assert.Matches(@"Name\s+Status\s+External\s+Shared\s+Type\s+Subnets\s+Id", r.HostText);
            Assert.Matches(@"private\s+ACTIVE\s+False\s+False\s+vxlan\s+1\s", r.HostText);
            Assert.Matches(@"private-subnet\s+10\.0\.0\.0/24\s+10\.0\.0\.1\s+True", r.HostText);
            Assert.Matches(@"router1\s+ACTIVE\s+[0-9a-f-]{36}", r.HostText);
            Assert.Matches(@"ACTIVE|DOWN", r.HostText);
            Assert.Contains("network:router_interface", r.HostText);
            Assert.DoesNotContain("ExtensionData", r.HostText);
        }
    }
}
