using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Magnum cluster templates and clusters against the local cloud's Magnum and Heat. Heat builds a cluster's stack,
    /// whose fake servers never signal back: the build fails at the cluster's create timeout, and that failure must
    /// reach the user with Magnum's reason and Heat's; the failed cluster is then deleted.
    /// </summary>
    public sealed class ContainerInfraTests : CloudScriptTest
    {
        private readonly string _imageFile = Path.Combine(Path.GetTempPath(), "it-coe-" + Guid.NewGuid().ToString("N") + ".qcow2");

        public ContainerInfraTests() : base("it-coe")
        {
            File.WriteAllBytes(_imageFile, new byte[64 * 1024]);
            // What the reference example names: an image Magnum recognises (os_distro) and a keypair.
            Ps.Run(@"
                if (-not (Get-OSImage -Name fedora-21-atomic-5 -ErrorAction SilentlyContinue)) {
                    New-OSImage -Name fedora-21-atomic-5 -File $file -DiskFormat qcow2 -Property @{ os_distro = 'fedora-atomic' } -Wait | Out-Null }
                if (-not (Get-OSKeypair -Name testkey -ErrorAction SilentlyContinue)) {
                    New-OSKeypair -Name testkey -PublicKey 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO/FhThqQFRFIvcBByMM2ICi8DNoVKIN61xPNOn9wxMv testkey' | Out-Null }",
                new Dictionary<string, object?> { ["file"] = _imageFile }).ThrowIfFailed();
        }

        protected override string Cleanup => @"
            Get-OSCluster -Name ""$prefix*"" | Remove-OSCluster -Force -Wait -TimeoutSec 120
            Get-OSClusterTemplate -Name ""$prefix*"" | Remove-OSClusterTemplate -Force
            Get-OSClusterTemplate -Name k8sbaymodel | Remove-OSClusterTemplate -Force
            Get-OSImage -Name ""$prefix-fcos"" | Remove-OSImage -Force";

        protected override void OnDisposed() => File.Delete(_imageFile);

        protected override Dictionary<string, object?> Vars { get { var v = base.Vars; v["file"] = _imageFile; return v; } }

        [Fact]
        public void The_reference_template_is_created_listed_updated_and_deleted()
        {
            var r = Ps.Run(@"
                Get-OSClusterTemplate -Name k8sbaymodel | Remove-OSClusterTemplate -Force
                New-OSClusterTemplate -Name k8sbaymodel -Coe kubernetes -Image fedora-21-atomic-5 -Keypair testkey -ExternalNetwork public `
                    -DnsNameserver 8.8.8.8 -Flavor m1.small -DockerVolumeSize 5 -NetworkDriver flannel `
                    -Label @{ 'network-cidr' = '10.0.0.0/8'; 'network-subnetlen' = '22'; backend = 'vxlan' } -Public | Out-Null
                $t = Get-OSClusterTemplate k8sbaymodel
                $t.Coe; $t.Public; $t.DockerVolumeSize; $t.NetworkDriver; $t.KeypairId; $t.DnsNameserver
                $t.Labels['network-subnetlen']; $t.Labels['backend']
                $t.ImageId -eq (Get-OSImage -Name fedora-21-atomic-5).Id; $t.FlavorId -eq (Get-OSFlavor -Id m1.small).Id
                $t.ExternalNetworkId -eq (Get-OSNetwork public).Id
                (Get-OSClusterTemplate -Id $t.Uuid).Name
                ($t | Set-OSClusterTemplate -DockerVolumeSize 10 -Label @{ backend = 'udp' } -RemoveLabel network-subnetlen -PassThru).DockerVolumeSize
                $labels = (Get-OSClusterTemplate -Id k8sbaymodel).Labels; $labels['backend']; $labels.ContainsKey('network-subnetlen'); $labels['network-cidr']
                Get-OSClusterTemplate k8sbaymodel | Out-Default
                Remove-OSClusterTemplate k8sbaymodel -Force
                @(Get-OSClusterTemplate -Name k8sbaymodel).Count").ThrowIfFailed();
            Assert.Equal(new[] { "kubernetes", "True", "5", "flannel", "testkey", "8.8.8.8", "22", "vxlan", "True", "True", "True", "k8sbaymodel", "10", "udp", "False", "10.0.0.0/8", "0" },
                r.Output.Select(o => o.ToString()));
            Assert.Matches(@"Name\s+Coe\s+Public\s+NetworkDriver\s+FlavorId\s+Uuid", r.HostText);
            Assert.Matches(@"k8sbaymodel\s+kubernetes\s+True\s+flannel", r.HostText);
        }

        [Fact]
        public void Names_are_checked_through_the_other_services_before_Magnum_is_asked()
        {
            var r = Ps.Run(@"
                New-OSClusterTemplate -Name ""$prefix-bad"" -Coe kubernetes -Image no-such-image -ExternalNetwork public
                New-OSClusterTemplate -Name ""$prefix-bad"" -Coe kubernetes -Image fedora-21-atomic-5 -ExternalNetwork public -Keypair no-such-key
                New-OSClusterTemplate -Name ""$prefix-bad"" -Coe kubernetes -Image fedora-21-atomic-5 -ExternalNetwork no-such-net -Verbose
                New-OSCluster -Name ""$prefix-c"" -ClusterTemplate no-such-template
                @(Get-OSClusterTemplate -Name ""$prefix*"").Count", Vars);
            Assert.Equal("0", r.Output.Last().ToString());
            Assert.Equal(4, r.Errors.Count);
            Assert.All(r.Errors, e => Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category));
            Assert.Contains("no-such-image", r.Errors[0].Exception.Message);
            Assert.Contains("No keypair is named 'no-such-key'", r.Errors[1].Exception.Message);
            Assert.Contains("no-such-net", r.Errors[2].Exception.Message);
            Assert.Contains("No cluster template has the name or id 'no-such-template'", r.Errors[3].Exception.Message);
            Assert.DoesNotContain(r.Verbose, v => v.StartsWith("HTTP POST", StringComparison.Ordinal) && v.Contains("clustertemplates"));
        }

        [Fact]
        public void A_cluster_fails_with_Heats_reason_holds_its_template_and_is_deleted()
        {
            var r = Ps.Run(@"
                # Magnum's Fedora CoreOS driver (Zed's Atomic one builds no stack: Heat refuses its parameters).
                $img = New-OSImage -Name ""$prefix-fcos"" -File $file -DiskFormat qcow2 -Property @{ os_distro = 'fedora-coreos' } -Wait
                $t = New-OSClusterTemplate -Name ""$prefix-tpl"" -Coe kubernetes -Image $img.Id -ExternalNetwork public -Flavor m1.small -Keypair testkey
                New-OSCluster -Name ""$prefix-c"" -ClusterTemplate ""$prefix-tpl"" -NodeCount 2 -MasterCount 1 -Label @{ role = 'it' } -CreateTimeout 1 -Wait -TimeoutSec 300
                'went on'
                $c = Get-OSCluster ""$prefix-c""
                $c.Status; $c.StatusReason; $c.ClusterTemplateId -eq $t.Uuid; $c.NodeCount; $c.Labels['role']
                (Get-OSClusterNodeGroup $c | ForEach-Object { $_.Role + ':' + $_.NodeCount }) -join ','
                $c | Resize-OSCluster -NodeCount 3
                Remove-OSClusterTemplate $t.Uuid -Force
                Get-OSCluster -Id ""$prefix-c"" | Remove-OSCluster -Force -Wait -TimeoutSec 240
                @(Get-OSCluster -Name ""$prefix-c"").Count", Vars);
            var values = r.Output.Select(o => o.ToString()).ToList();
            var reason = values[2];
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.Equal(new[] { "went on", "CREATE_FAILED", reason, "True", "2", "it" }, values.Take(6));
            // Magnum makes a master and a worker node group with the cluster.
            Assert.Equal(new[] { "master:1", "worker:2" }, values[6].Split(',').OrderBy(v => v));
            Assert.True(r.Errors.Count == 3, string.Join("\n", r.Errors.Select(e => e.Exception.Message)));
            // The build fails at its one-minute timeout: the error carries Magnum's status_reason and Heat's.
            var failed = r.Errors[0];
            Assert.Equal(ErrorCategory.InvalidResult, failed.CategoryInfo.Category);
            Assert.Contains("went to status CREATE_FAILED: " + reason.TrimEnd('.'), failed.Exception.Message);
            Assert.Matches(@"Heat: Stack \S+ went to status CREATE_FAILED: Timed out\. First failed resource: \S+", failed.Exception.Message);
            Assert.Equal(Prefix + "-c", failed.TargetObject);
            // Magnum would accept a resize of a failed cluster and silently drop it: refused here, with the reason.
            Assert.Equal(ErrorCategory.InvalidOperation, r.Errors[1].CategoryInfo.Category);
            Assert.Contains("is CREATE_FAILED (" + reason.TrimEnd('.') + "): Magnum resizes only clusters whose last operation completed", r.Errors[1].Exception.Message);
            Assert.Contains("Cluster " + Prefix + "-c is", r.Errors[1].Exception.Message);
            // Magnum refuses to delete a template a cluster still uses, and says so.
            Assert.Contains("HTTP 400", r.Errors[2].Exception.Message);
            Assert.Contains("is referenced by", r.Errors[2].Exception.Message);
            // Heat deletes the failed cluster's stack, and Magnum the cluster.
            Assert.Equal("0", values.Last());
        }
    }
}
