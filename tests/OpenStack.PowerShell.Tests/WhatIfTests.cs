using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// -WhatIf on every state-changing cmdlet, against the local cloud, with the HTTP trace on: lookups (GET) may
    /// happen, nothing that changes the cloud is sent. A new state-changing cmdlet must be added to the table.
    /// </summary>
    public sealed class WhatIfTests : CloudScriptTest
    {
        private const string Nobody = "00000000-0000-4000-8000-000000000000";
        private const string NoProject = "0000000000004000800000000000beef";

        public WhatIfTests() : base("it-whatif") { }

        protected override string Cleanup => "'nothing was made'";

        // One invocation per cmdlet, with arguments that name real resources where the cmdlet looks them up first.
        private static readonly Dictionary<string, string> Invocations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Disconnect-OpenStack"] = "Disconnect-OpenStack -Revoke",
            ["New-OSServer"] = "New-OSServer -Name wi -Image testcloud-image -Flavor m1.nano -Network $private",
            ["Remove-OSServer"] = "Remove-OSServer " + Nobody,
            ["Start-OSServer"] = "Start-OSServer " + Nobody,
            ["Stop-OSServer"] = "Stop-OSServer " + Nobody,
            ["Restart-OSServer"] = "Restart-OSServer " + Nobody + " -Hard",
            ["Suspend-OSServer"] = "Suspend-OSServer " + Nobody,
            ["Resume-OSServer"] = "Resume-OSServer " + Nobody,
            ["Lock-OSServer"] = "Lock-OSServer " + Nobody,
            ["Unlock-OSServer"] = "Unlock-OSServer " + Nobody,
            ["Set-OSServer"] = "Set-OSServer " + Nobody + " -Name wi",
            ["Rename-OSServer"] = "Rename-OSServer " + Nobody + " -NewName wi",
            ["New-OSFlavor"] = "New-OSFlavor -Name wi -Vcpus 1 -Ram 64 -Disk 1",
            ["Remove-OSFlavor"] = "Remove-OSFlavor m1.nano",
            ["Set-OSFlavor"] = "Set-OSFlavor m1.nano -Property @{ 'hw:cpu_policy' = 'dedicated' } -RemoveProperty hw:numa_nodes -Description wi",
            ["Add-OSFlavorAccess"] = "Add-OSFlavorAccess -Flavor m1.nano -Project demo",
            ["Remove-OSFlavorAccess"] = "Remove-OSFlavorAccess -Flavor m1.nano -Project demo",
            ["New-OSKeypair"] = "New-OSKeypair -Name wi -PublicKey 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO/FhThqQFRFIvcBByMM2ICi8DNoVKIN61xPNOn9wxMv wi'",
            ["Remove-OSKeypair"] = "Remove-OSKeypair wi",
            ["New-OSServerGroup"] = "New-OSServerGroup -Name wi",
            ["Remove-OSServerGroup"] = "Remove-OSServerGroup " + Nobody,
            ["Enable-OSComputeService"] = "Enable-OSComputeService -Host testcloud",
            ["Disable-OSComputeService"] = "Disable-OSComputeService -Host testcloud -Reason wi",
            ["Set-OSComputeService"] = "Set-OSComputeService -Host testcloud -ForcedDown $true",
            ["New-OSAggregate"] = "New-OSAggregate -Name wi -AvailabilityZone wi -Metadata @{ wi = 'x' }",
            ["Set-OSAggregate"] = "Set-OSAggregate 1 -Name wi",
            ["Remove-OSAggregate"] = "Remove-OSAggregate 1",
            ["Add-OSAggregateHost"] = "Add-OSAggregateHost -Aggregate 1 -Host testcloud",
            ["Remove-OSAggregateHost"] = "Remove-OSAggregateHost -Aggregate 1 -Host testcloud",
            ["Move-OSServer"] = "Move-OSServer " + Nobody + " -Live -Wait",
            ["Add-OSVolumeAttachment"] = "Add-OSVolumeAttachment -ServerId " + Nobody + " -VolumeId " + Nobody,
            ["Remove-OSVolumeAttachment"] = "Remove-OSVolumeAttachment -ServerId " + Nobody + " -VolumeId " + Nobody,
            ["New-OSImage"] = "New-OSImage -Name wi -File $file",
            ["Import-OSImage"] = "Import-OSImage -Name wi -File $file",
            ["Set-OSImage"] = "Set-OSImage testcloud-image -Name wi",
            ["Save-OSImage"] = "Save-OSImage testcloud-image ([IO.Path]::Combine([IO.Path]::GetTempPath(), 'wi-never-written.img'))",
            ["Remove-OSImage"] = "Remove-OSImage testcloud-image",
            ["New-OSVolume"] = "New-OSVolume -Name wi -Size 1",
            ["Set-OSVolume"] = "Set-OSVolume " + Nobody + " -Name wi",
            ["Resize-OSVolume"] = "Resize-OSVolume " + Nobody + " -Size 2",
            ["Remove-OSVolume"] = "Remove-OSVolume " + Nobody,
            ["New-OSVolumeSnapshot"] = "New-OSVolumeSnapshot -VolumeId " + Nobody + " -Name wi",
            ["Remove-OSVolumeSnapshot"] = "Remove-OSVolumeSnapshot " + Nobody,
            ["Set-OSVolumeSnapshot"] = "Set-OSVolumeSnapshot " + Nobody + " -Description wi -RemoveMetadata wi",
            ["New-OSNetwork"] = "New-OSNetwork -Name wi",
            ["Set-OSNetwork"] = "Set-OSNetwork $private -Description wi",
            ["Remove-OSNetwork"] = "Remove-OSNetwork $private",
            ["New-OSSubnet"] = "New-OSSubnet -Network $private -Cidr 10.250.0.0/24",
            ["Set-OSSubnet"] = "Set-OSSubnet $privateSubnet -Name wi",
            ["Remove-OSSubnet"] = "Remove-OSSubnet $privateSubnet",
            ["New-OSSubnetPool"] = "New-OSSubnetPool -Name wi -Prefix 10.251.0.0/16",
            ["Remove-OSSubnetPool"] = "Remove-OSSubnetPool " + Nobody,
            ["New-OSRouter"] = "New-OSRouter -Name wi -ExternalGateway public",
            ["Set-OSRouter"] = "Set-OSRouter router1 -ClearExternalGateway",
            ["Remove-OSRouter"] = "Remove-OSRouter router1",
            ["Add-OSRouterInterface"] = "Add-OSRouterInterface -Router router1 -Subnet $privateSubnet",
            ["Remove-OSRouterInterface"] = "Remove-OSRouterInterface -Router router1 -Subnet $privateSubnet",
            ["Add-OSRouterRoute"] = "Add-OSRouterRoute -Router router1 -Destination 10.9.0.0/24 -NextHop 10.0.0.5",
            ["Remove-OSRouterRoute"] = "Remove-OSRouterRoute -Router router1 -Route @{ Destination = '10.9.0.0/24'; NextHop = '10.0.0.5' }",
            ["New-OSPort"] = "New-OSPort -Network $private -Name wi",
            ["Set-OSPort"] = "Set-OSPort " + Nobody + " -Name wi",
            ["Remove-OSPort"] = "Remove-OSPort " + Nobody,
            ["New-OSFloatingIP"] = "New-OSFloatingIP -Network public",
            ["Set-OSFloatingIP"] = "Set-OSFloatingIP " + Nobody + " -Disassociate",
            ["Remove-OSFloatingIP"] = "Remove-OSFloatingIP " + Nobody,
            ["Add-OSServerFloatingIP"] = "Add-OSServerFloatingIP -Server $server -ExternalNetwork public",
            ["New-OSSecurityGroup"] = "New-OSSecurityGroup -Name wi",
            ["Set-OSSecurityGroup"] = "Set-OSSecurityGroup $group -Name wi -Stateful $false",
            ["Remove-OSSecurityGroup"] = "Remove-OSSecurityGroup " + Nobody,
            ["New-OSSecurityGroupRule"] = "New-OSSecurityGroupRule -SecurityGroup $group -Protocol tcp -PortRangeMin 22",
            ["Remove-OSSecurityGroupRule"] = "Remove-OSSecurityGroupRule " + Nobody,
            ["New-OSClusterTemplate"] = "New-OSClusterTemplate -Name wi -Coe kubernetes -Image testcloud-image -ExternalNetwork public -Flavor m1.small",
            ["Set-OSClusterTemplate"] = "Set-OSClusterTemplate " + Nobody + " -DockerVolumeSize 9",
            ["Remove-OSClusterTemplate"] = "Remove-OSClusterTemplate " + Nobody,
            ["New-OSCluster"] = "New-OSCluster -Name wi -ClusterTemplate $template",
            ["Resize-OSCluster"] = "Resize-OSCluster " + Nobody + " -NodeCount 2",
            ["Remove-OSCluster"] = "Remove-OSCluster " + Nobody,
            ["New-OSProject"] = "New-OSProject -Name wi -Domain Default -Parent demo -Tag wi",
            ["Set-OSProject"] = "Set-OSProject demo -Description wi -Enabled $false",
            ["Remove-OSProject"] = "Remove-OSProject demo -Force",
            ["Switch-OSProject"] = "Switch-OSProject demo",
            ["New-OSDomain"] = "New-OSDomain -Name wi",
            ["Set-OSDomain"] = "Set-OSDomain Default -Enabled $false",
            ["Remove-OSDomain"] = "Remove-OSDomain Default -Force",
            // Identity: a user, group, role and application credential of the test's own (made below), never the cloud's.
            ["New-OSUser"] = "New-OSUser -Name wi -Password $pw -Email wi@example.org",
            ["Set-OSUser"] = "Set-OSUser $iuser -Description wi -Enabled $false -Password $pw",
            ["Remove-OSUser"] = "Remove-OSUser $iuser",
            ["Set-OSUserPassword"] = "Set-OSUserPassword -OldPassword $pw -NewPassword $pw",
            ["New-OSGroup"] = "New-OSGroup -Name wi",
            ["Set-OSGroup"] = "Set-OSGroup $igroup -Description wi",
            ["Remove-OSGroup"] = "Remove-OSGroup $igroup",
            ["Add-OSGroupMember"] = "Add-OSGroupMember -Group $igroup -User $iuser",
            ["Remove-OSGroupMember"] = "Remove-OSGroupMember -Group $igroup -User $iuser",
            ["New-OSRole"] = "New-OSRole -Name wi",
            ["Remove-OSRole"] = "Remove-OSRole $irole",
            ["Grant-OSRole"] = "Grant-OSRole -Role $irole -User $iuser -Project demo",
            ["Revoke-OSRole"] = "Revoke-OSRole -Role $irole -Group $igroup -Domain Default -Inherited",
            ["New-OSApplicationCredential"] = "New-OSApplicationCredential -Name wi -Role admin",
            ["Remove-OSApplicationCredential"] = "Remove-OSApplicationCredential $icred",
            // A server's security groups and interfaces: the test's own server.
            ["Add-OSServerSecurityGroup"] = "$server | Add-OSServerSecurityGroup -SecurityGroup $group",
            ["Remove-OSServerSecurityGroup"] = "Remove-OSServerSecurityGroup $server.Id -SecurityGroup default -PassThru",
            ["Add-OSServerInterface"] = "Add-OSServerInterface $server.Name -Network $private -Wait",
            ["Remove-OSServerInterface"] = "Get-OSServerInterface $server | Remove-OSServerInterface -Wait -PassThru",
            // Quotas: only under -WhatIf, which reads demo's and changes nothing.
            ["Set-OSQuota"] = "Set-OSQuota -Project demo -Instances 20 -Gigabytes 5 -Ports 7 -Quota @{ subnetpool = 4 }",
            // The server lifecycle: a real server where the cmdlet looks something up first.
            ["New-OSServerImage"] = "$server | New-OSServerImage -Name wi -Metadata @{ wi = 'wi' }",
            ["Resize-OSServer"] = "$server | Resize-OSServer -Flavor m1.tiny -AutoConfirm",
            ["Confirm-OSServerResize"] = "Confirm-OSServerResize " + Nobody,
            ["Undo-OSServerResize"] = "Undo-OSServerResize " + Nobody,
            ["Reset-OSServer"] = "$server | Reset-OSServer -Image testcloud-image -Name wi",
            ["Enter-OSServerRescue"] = "$server | Enter-OSServerRescue -Image testcloud-image",
            ["Exit-OSServerRescue"] = "Exit-OSServerRescue " + Nobody,
            ["New-OSContainer"] = "New-OSContainer wi-container",
            ["Set-OSContainer"] = "Set-OSContainer wi-container -Public $true",
            ["Remove-OSContainer"] = "Remove-OSContainer wi-container -Recurse",
            ["New-OSObject"] = "New-OSObject -Container wi-container -Path $file",
            ["Save-OSObject"] = "Save-OSObject wi-container wi.img ([IO.Path]::Combine([IO.Path]::GetTempPath(), 'wi-never-written.img'))",
            ["Set-OSObject"] = "Set-OSObject wi-container wi.img -Metadata @{ a = 'b' }",
            ["Remove-OSObject"] = "Remove-OSObject wi-container wi.img",
            ["New-OSObjectTempUrl"] = "New-OSObjectTempUrl wi-container wi.img -SetKey",
            ["Copy-OSObject"] = "Copy-OSObject wi-container wi.img -DestinationContainer wi-container -DestinationName wi-copy.img",
            ["Export-OSCloudConfig"] = "Export-OSCloudConfig ([IO.Path]::Combine([IO.Path]::GetTempPath(), 'wi-never-written.yaml'))",
            // Heat: the test's own stack where the cmdlet finds the stack first.
            ["New-OSStack"] = "New-OSStack -Name wi -Template 'heat_template_version: 2018-08-31'",
            ["Update-OSStack"] = "Update-OSStack $stack -Existing -Parameter @{ wi = 1 }",
            ["Remove-OSStack"] = "Remove-OSStack " + Nobody,
            ["Suspend-OSStack"] = "Suspend-OSStack $stack",
            ["Resume-OSStack"] = "Resume-OSStack $stack",
            // Backups, transfers, volume types and image members: the test's own volume, the cloud's type and image.
            ["New-OSVolumeBackup"] = "New-OSVolumeBackup $volume -Name wi -Incremental",
            ["Remove-OSVolumeBackup"] = "Remove-OSVolumeBackup " + Nobody,
            ["Restore-OSVolumeBackup"] = "Restore-OSVolumeBackup " + Nobody + " -Name wi",
            ["New-OSVolumeTransfer"] = "New-OSVolumeTransfer $volume -Name wi",
            ["Remove-OSVolumeTransfer"] = "Remove-OSVolumeTransfer " + Nobody,
            ["Receive-OSVolumeTransfer"] = "Receive-OSVolumeTransfer " + Nobody + " $pw",
            ["New-OSVolumeType"] = "New-OSVolumeType wi -Private -ExtraSpecs @{ wi = 'wi' }",
            ["Set-OSVolumeType"] = "Set-OSVolumeType lvmdriver-1 -Description wi -RemoveExtraSpecs wi",
            ["Remove-OSVolumeType"] = "Remove-OSVolumeType lvmdriver-1",
            ["Add-OSVolumeTypeAccess"] = "Add-OSVolumeTypeAccess lvmdriver-1 -Project " + NoProject,
            ["Remove-OSVolumeTypeAccess"] = "Remove-OSVolumeTypeAccess lvmdriver-1 -Project " + NoProject,
            ["New-OSVolumeQos"] = "New-OSVolumeQos wi -Spec @{ read_iops_sec = 1 }",
            ["Set-OSVolumeQos"] = "Set-OSVolumeQos $qos.Id -Spec @{ wi = 1 } -RemoveSpec read_iops_sec",
            ["Remove-OSVolumeQos"] = "Remove-OSVolumeQos $qos.Id -Disassociate",
            ["Add-OSVolumeQosAssociation"] = "Add-OSVolumeQosAssociation $qos.Id -VolumeType lvmdriver-1",
            ["Remove-OSVolumeQosAssociation"] = "Remove-OSVolumeQosAssociation $qos.Id -All",
            ["Export-OSVolumeBackup"] = "Export-OSVolumeBackup $backup.Id -Path ([IO.Path]::Combine([IO.Path]::GetTempPath(), 'wi-never-written.json'))",
            // A record Cinder would take: a backup id it does not know.
            ["Import-OSVolumeBackup"] = "Import-OSVolumeBackup -BackupService cinder.backup.drivers.posix.PosixBackupDriver -BackupUrl " +
                "([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('{\"id\": \"' + [guid]::NewGuid() + '\", \"size\": 1}')))",
            ["Add-OSImageMember"] = "Add-OSImageMember testcloud-image -Project " + NoProject,
            ["Remove-OSImageMember"] = "Remove-OSImageMember testcloud-image -Project " + NoProject,
            ["Set-OSImageMember"] = "Set-OSImageMember " + Nobody + " accepted",
            // Octavia: the test's own load balancer and pool where the cmdlet finds them first.
            ["New-OSLoadBalancer"] = "New-OSLoadBalancer wi -VipSubnet $privateSubnet",
            ["Set-OSLoadBalancer"] = "Set-OSLoadBalancer $lb.Id -Description wi",
            ["Remove-OSLoadBalancer"] = "Remove-OSLoadBalancer $lb.Id -Cascade",
            ["New-OSLoadBalancerListener"] = "New-OSLoadBalancerListener $lb.Id -Protocol HTTP -ProtocolPort 80",
            ["Set-OSLoadBalancerListener"] = "Set-OSLoadBalancerListener " + Nobody + " -ConnectionLimit 5",
            ["Remove-OSLoadBalancerListener"] = "Remove-OSLoadBalancerListener " + Nobody,
            ["New-OSLoadBalancerPool"] = "New-OSLoadBalancerPool wi -LoadBalancer $lb.Id -Protocol HTTP",
            ["Set-OSLoadBalancerPool"] = "Set-OSLoadBalancerPool $lbPool.Id -Algorithm SOURCE_IP",
            ["Remove-OSLoadBalancerPool"] = "Remove-OSLoadBalancerPool " + Nobody,
            ["New-OSLoadBalancerMember"] = "New-OSLoadBalancerMember -Pool $lbPool.Id -Address 10.0.0.99 -ProtocolPort 80",
            ["Set-OSLoadBalancerMember"] = "Set-OSLoadBalancerMember -Pool $lbPool.Id " + Nobody + " -Weight 0",
            ["Remove-OSLoadBalancerMember"] = "Remove-OSLoadBalancerMember -Pool $lbPool.Id " + Nobody,
            ["Add-OSLoadBalancerMember"] = "$server | Add-OSLoadBalancerMember -Pool $lbPool.Id -ProtocolPort 80 -Subnet $privateSubnet",
            ["New-OSLoadBalancerHealthMonitor"] = "New-OSLoadBalancerHealthMonitor $lbPool.Id -Type TCP",
            ["Set-OSLoadBalancerHealthMonitor"] = "Set-OSLoadBalancerHealthMonitor " + Nobody + " -Delay 9",
            ["Remove-OSLoadBalancerHealthMonitor"] = "Remove-OSLoadBalancerHealthMonitor " + Nobody,
            ["New-OSLoadBalancerL7Policy"] = "New-OSLoadBalancerL7Policy $lbListener.Id -Action REJECT",
            ["Set-OSLoadBalancerL7Policy"] = "Set-OSLoadBalancerL7Policy " + Nobody + " -Position 1",
            ["Remove-OSLoadBalancerL7Policy"] = "Remove-OSLoadBalancerL7Policy " + Nobody,
            ["New-OSLoadBalancerL7Rule"] = "New-OSLoadBalancerL7Rule $l7Policy.Id -Type PATH -CompareType STARTS_WITH -Value /x",
            ["Set-OSLoadBalancerL7Rule"] = "Set-OSLoadBalancerL7Rule -Policy $l7Policy.Id " + Nobody + " -Value /y",
            ["Remove-OSLoadBalancerL7Rule"] = "Remove-OSLoadBalancerL7Rule -Policy $l7Policy.Id " + Nobody,
        };

        private static readonly string[] Verbs = { "New", "Set", "Remove", "Add", "Start", "Stop", "Restart", "Suspend", "Resume", "Lock", "Unlock", "Rename", "Resize", "Move", "Enable", "Disable", "Save", "Disconnect", "Switch", "Grant", "Revoke", "Confirm", "Undo", "Reset", "Enter", "Exit", "Copy", "Export", "Update", "Restore", "Receive", "Import" };

        [Fact]
        public void No_state_changing_cmdlet_changes_anything_under_WhatIf()
        {
            var cmdlets = Ps.Run("Get-Command -Module OpenStack -CommandType Cmdlet").ThrowIfFailed().Output.Select(o => (CmdletInfo)o.BaseObject)
                .Where(c => Verbs.Contains(c.Verb)).Select(c => c.Name).ToList();
            Assert.DoesNotContain(cmdlets, c => !Invocations.ContainsKey(c));

            var file = Path.GetTempFileName();
            try
            {
                // Real objects where a cmdlet needs one that exists: a server with a port, a security group, a template.
                var setup = Ps.Run(@"
                    # The admin sees every project's networks named private: demo's is the cloud's own.
                    $private = @(Get-OSNetwork -Name private | Where-Object ProjectId -eq (Get-OSProject -Id demo).Id)[0].Id
                    $privateSubnet = @(Get-OSSubnet -Network $private)[0].Id
                    $server = New-OSServer -Name ""$prefix-vm"" -Image testcloud-image -Flavor m1.nano -Network $private -Wait
                    $group = New-OSSecurityGroup -Name ""$prefix-sg""
                    $template = @(Get-OSClusterTemplate)[0]
                    if (-not $template) { $template = 'no template here' }
                    $pw = [Net.NetworkCredential]::new('', 'Wi-not-the-Passw0rd').SecurePassword
                    $iuser = (New-OSUser -Name ""$prefix-user"" -Password $pw).Name
                    $igroup = (New-OSGroup -Name ""$prefix-group"").Name
                    $irole = (New-OSRole -Name ""$prefix-role"").Name
                    $icred = (New-OSApplicationCredential -Name ""$prefix-cred"").Name
                    $stack = (New-OSStack -Name ""$prefix-stack"" -Template ""heat_template_version: 2018-08-31`nresources:`n  r: {type: OS::Heat::RandomString}"" -Wait -TimeoutSec 120).Name
                    $volume = New-OSVolume -Name ""$prefix-vol"" -Size 1 -Wait
                    $backup = New-OSVolumeBackup $volume -Name ""$prefix-bak"" -Wait
                    $qos = New-OSVolumeQos ""$prefix-qos"" -Spec @{ read_iops_sec = 1 }
                    $lb = New-OSLoadBalancer -Name ""$prefix-lb"" -VipSubnet $privateSubnet
                    $lbPool = $lb | New-OSLoadBalancerPool -Name ""$prefix-pool"" -Protocol HTTP
                    $lbListener = $lb | New-OSLoadBalancerListener -Name ""$prefix-http"" -Protocol HTTP -ProtocolPort 80
                    $l7Policy = $lbListener | New-OSLoadBalancerL7Policy -Name ""$prefix-l7"" -Action REJECT", Vars);
                setup.ThrowIfFailed();
                var vars = new Dictionary<string, object?>(Vars) { ["file"] = file };
                var whatIfs = 0;
                var stopped = new List<string>();
                foreach (var c in cmdlets)
                {
                    var r = Ps.Run(Invocations[c] + " -WhatIf -Confirm:$false -Verbose", vars);
                    var changes = r.Verbose.Where(v => Regex.IsMatch(v, "^HTTP (POST|PUT|PATCH|DELETE) ") && !v.Contains("/auth/tokens")).ToList();
                    Assert.True(changes.Count == 0, c + " sent " + string.Join("; ", changes));
                    if (r.HostText.Contains("What if:")) whatIfs++;
                    else stopped.Add(c + ": " + string.Join(" | ", r.Errors.Select(e => e.Exception.Message)));
                    if (c == "Disconnect-OpenStack") Ps.Run("Connect-OpenStack -Cloud testcloud-admin").ThrowIfFailed();
                }
                // Most of them got as far as asking; the rest stopped earlier at a lookup of something that is not there.
                Assert.True(whatIfs >= cmdlets.Count - 3, whatIfs + " of " + cmdlets.Count + " reached ShouldProcess; stopped before: " + string.Join("; ", stopped));
                Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "wi-never-written.img")));
                Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "wi-never-written.yaml")));
                Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "wi-never-written.json")));
            }
            finally
            {
                File.Delete(file);
                Ps.Run(@"
                    Get-OSStack -Name ""$prefix*"" | Remove-OSStack -Force -Wait -TimeoutSec 120
                    Get-OSServer -Name ""$prefix*"" | Remove-OSServer -Force -Wait -TimeoutSec 120
                    Get-OSSecurityGroup -Name ""$prefix*"" | Remove-OSSecurityGroup -Force
                    Get-OSApplicationCredential | Where-Object Name -like ""$prefix*"" | Remove-OSApplicationCredential -Force
                    Get-OSUser -Name ""$prefix*"" | Remove-OSUser -Force
                    Get-OSGroup -Name ""$prefix*"" | Remove-OSGroup -Force
                    Get-OSRole -Name ""$prefix*"" | Remove-OSRole -Force
                    Get-OSVolumeBackup -Name ""$prefix*"" | Remove-OSVolumeBackup -Force -Wait
                    Get-OSVolumeQos -Name ""$prefix*"" | Remove-OSVolumeQos -Disassociate -Force
                    Get-OSVolume -Name ""$prefix*"" | Remove-OSVolume -Force
                    Get-OSLoadBalancer -Name ""$prefix*"" | Remove-OSLoadBalancer -Cascade -Force", Vars);
            }
        }
    }
}
