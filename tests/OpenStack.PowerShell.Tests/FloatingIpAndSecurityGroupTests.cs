using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Floating IPs on a server's port and security groups with their rules, as the demo user of the local cloud.</summary>
    public sealed class FloatingIpAndSecurityGroupTests : CloudScriptTest
    {
        public FloatingIpAndSecurityGroupTests() : base("it-fip", TestCloud.Demo) { }

        protected override string Cleanup => @"
                Get-OSFloatingIP | Where-Object Description -eq $prefix | Remove-OSFloatingIP -Force
                Get-OSServer -Name ""$prefix*"" | Remove-OSServer -Force -Wait -TimeoutSec 120
                Get-OSSecurityGroup -Name ""$prefix*"" | Remove-OSSecurityGroup -Force";

        [Fact]
        public void A_floating_ip_goes_on_the_servers_port_moves_and_is_released()
        {
            var r = Ps.Run(@"
                $server = New-OSServer -Name ""$prefix-vm"" -Image testcloud-image -Flavor m1.nano -Network private -Wait
                $port = Get-OSPort -DeviceId $server.Id
                # A new address from the external network, straight onto the server's only port.
                $fip = $server | Add-OSServerFloatingIP -ExternalNetwork public
                $fip.PortId -eq $port.Id; $fip.FixedIpAddress -eq $port.IpAddresses[0]; $fip.FloatingIpAddress.StartsWith('172.24.4.')
                Set-OSFloatingIP $fip.Id -Description $prefix
                # Off the port, then back on by address.
                (Set-OSFloatingIP $fip.FloatingIpAddress -Disassociate -PassThru).PortId -eq $null
                (Add-OSServerFloatingIP -Server ""$prefix-vm"" -FloatingIp $fip.FloatingIpAddress -Network private).PortId -eq $port.Id
                @(Get-OSFloatingIP -Port $port).Count
                # An address allocated on its own, then released.
                $spare = New-OSFloatingIP -Network public -Description $prefix
                $spare.PortId -eq $null
                Get-OSFloatingIP -Network public | Where-Object Description -eq $prefix | Remove-OSFloatingIP -Force
                @(Get-OSFloatingIP | Where-Object Description -eq $prefix).Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "True", "True", "True", "True", "True", "1", "True", "0" }, r.Output.Select(o => o.ToString()));
        }

        /// <summary>Without -EtherType the family comes from the remote prefix (Neutron would assume IPv4 and refuse an IPv6 prefix).</summary>
        [Fact]
        public void The_ether_type_follows_the_remote_prefix()
        {
            var r = Ps.Run(@"
                $g = New-OSSecurityGroup -Name ""$prefix-fam""
                (New-OSSecurityGroupRule -SecurityGroup $g -Protocol tcp -PortRangeMin 443 -RemoteIpPrefix 2001:db8::/32).EtherType
                (New-OSSecurityGroupRule -SecurityGroup $g -Protocol tcp -PortRangeMin 443 -RemoteIpPrefix 198.51.100.0/24).EtherType
                (New-OSSecurityGroupRule -SecurityGroup $g -Protocol tcp -PortRangeMin 444 -RemoteIpPrefix 2001:db8::1).EtherType
                (New-OSSecurityGroupRule -SecurityGroup $g -Protocol tcp -PortRangeMin 8080 -RemoteGroup $g).EtherType
                (New-OSSecurityGroupRule -SecurityGroup $g -Protocol udp -PortRangeMin 53).EtherType
                (New-OSSecurityGroupRule -SecurityGroup $g -Protocol udp -PortRangeMin 53 -EtherType IPv6).EtherType", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "IPv6", "IPv4", "IPv6", "IPv4", "IPv4", "IPv6" }, r.Output.Select(o => o.ToString()));

            // A family that contradicts the prefix is refused before any request (the group is not even looked up).
            var bad = Ps.Run(@"
                New-OSSecurityGroupRule -SecurityGroup ""$prefix-fam"" -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 2001:db8::/32 -EtherType IPv4 -Verbose
                New-OSSecurityGroupRule -SecurityGroup ""$prefix-fam"" -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 10.0.0.0/8 -EtherType IPv6 -Verbose", Vars);
            Assert.Equal(2, bad.Errors.Count);
            Assert.All(bad.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.Contains("IPv6", bad.Errors[0].Exception.Message);
            Assert.Contains("2001:db8::/32", bad.Errors[0].Exception.Message);
            Assert.DoesNotContain(bad.Verbose, v => v.StartsWith("HTTP ", StringComparison.Ordinal));
            Assert.Equal("6", Ps.Run(@"@(Get-OSSecurityGroupRule -SecurityGroup ""$prefix-fam"" -Direction ingress).Count", Vars).ThrowIfFailed().Output.Single().ToString());
        }

        [Fact]
        public void Security_group_rules_are_created_listed_shown_and_removed()
        {
            var r = Ps.Run(@"
                $web = New-OSSecurityGroup -Name ""$prefix-web"" -Description 'web servers'
                $db = New-OSSecurityGroup -Name ""$prefix-db""
                $web | New-OSSecurityGroupRule -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 203.0.113.0/24 | Out-Null
                New-OSSecurityGroupRule -SecurityGroup ""$prefix-web"" -Protocol tcp -PortRangeMin 80 -PortRangeMax 81 | Out-Null
                New-OSSecurityGroupRule -SecurityGroup $web -Protocol icmp -EtherType IPv4 | Out-Null
                $fromWeb = New-OSSecurityGroupRule -SecurityGroup $db -Protocol tcp -PortRangeMin 3306 -RemoteGroup ""$prefix-web""
                $fromWeb.RemoteGroupId -eq $web.Id; $fromWeb.PortRangeMax
                $ingress = @(Get-OSSecurityGroupRule -SecurityGroup $web -Direction ingress)
                $ingress.Count
                @(Get-OSSecurityGroupRule -SecurityGroup $web -Protocol tcp).Count
                (Get-OSSecurityGroup ""$prefix-web"").Rules.Count
                $ingress | Out-Default
                $ingress | Where-Object Protocol -eq icmp | Remove-OSSecurityGroupRule -Force
                @(Get-OSSecurityGroupRule -SecurityGroup $web -Direction ingress).Count
                New-OSSecurityGroupRule -SecurityGroup $web -Protocol tcp -PortRangeMin 22 -RemoteIpPrefix 203.0.113.0/24", Vars);
            // The duplicate rule is Neutron's conflict, with its message.
            var duplicate = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.ResourceExists, duplicate.CategoryInfo.Category);
            Assert.Contains("SecurityGroupRuleExists", duplicate.Exception.Message);
            // Two default egress rules (IPv4, IPv6) come with each new group.
            Assert.Equal(new[] { "True", "3306", "3", "2", "5", "2" }, r.Output.Select(o => o.ToString()));
            Assert.Matches(@"Direction\s+EtherType\s+Protocol\s+Ports\s+Remote\s+Id", r.HostText);
            Assert.Matches(@"ingress\s+IPv4\s+tcp\s+22\s+203\.0\.113\.0/24", r.HostText);
            Assert.Matches(@"ingress\s+IPv4\s+tcp\s+80-81\s+any", r.HostText);
        }
    }
}
