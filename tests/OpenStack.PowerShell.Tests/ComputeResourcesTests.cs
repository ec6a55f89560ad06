using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Keypairs, volume attachments, console output, server updates and admin flavors against the local cloud.</summary>
    public sealed class ComputeResourcesTests : CloudScriptTest
    {
        public ComputeResourcesTests() : base("it-cr", TestCloud.Admin) { }

        protected override Dictionary<string, object?> Vars => new Dictionary<string, object?>
        {
            ["prefix"] = Prefix,
            ["pubkey"] = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(PowerShellHost.ModuleManifest)))!, "samples", "auto-deploy", "auto-deploy.pub"),
        };

        protected override string Cleanup => @"
                Get-OSServer -Name ""$prefix*"" | Remove-OSServer -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue
                Get-OSKeypair -Name ""$prefix*"" | Remove-OSKeypair -Force -ErrorAction SilentlyContinue
                Get-OSServerGroup -Name ""$prefix*"" | Remove-OSServerGroup -Force -ErrorAction SilentlyContinue
                Get-OSFlavor -Name ""$prefix*"" -All | Remove-OSFlavor -Force -ErrorAction SilentlyContinue
                foreach ($v in (Invoke-OSApi volumev3 ""volumes?name=$prefix-vol"").volumes) {
                    for ($i = 0; $i -lt 60 -and (Invoke-OSApi volumev3 ""volumes/$($v.id)"").volume.status -ne 'available'; $i++) { [Threading.Thread]::Sleep(1000) }
                    Invoke-OSApi volumev3 ""volumes/$($v.id)"" -Method DELETE }";

        [Fact]
        public void Keypairs_import_list_and_remove()
        {
            var r = Ps.Run(@"
                $k = New-OSKeypair -Name ""$prefix-a"" -PublicKeyPath $pubkey
                $k.Name; $k.Fingerprint -match '^[0-9a-f]{2}(:[0-9a-f]{2}){15}$'
                New-OSKeypair -Name ""$prefix-b"" -PublicKey ([IO.File]::ReadAllText($pubkey)) | Out-Null
                @(Get-OSKeypair -Name ""$prefix*"").Count
                (Get-OSKeypair ""$prefix-a"").PublicKey.StartsWith('ssh-ed25519')
                Get-OSKeypair -Name ""$prefix*"" | Remove-OSKeypair -Force
                @(Get-OSKeypair -Name ""$prefix*"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { Prefix + "-a", "True", "2", "True", "0" }, r.Output.Select(o => o.ToString()));
        }

        /// <summary>
        /// A keypair Nova generates: its private key goes to the file asked for (mode 0600 from creation, never half-written,
        /// an existing file kept unless -Force) or into a SecureString, and nowhere else: not the view, not the traces.
        /// </summary>
        [Fact]
        public void A_generated_keypair_hands_its_private_key_to_a_file_or_a_SecureString_only()
        {
            var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), Prefix + "-keys")).FullName;
            var file = Path.Combine(dir, "deploy.pem");
            try
            {
                var vars = new Dictionary<string, object?>(Vars) { ["file"] = file };
                var r = Ps.Run(@"
                    $k = New-OSKeypair -Name ""$prefix-gen"" -PrivateKeyPath $file -Verbose -Debug
                    $null -eq $k.PrivateKey; $k.PublicKey.StartsWith('ssh-'); $k.Fingerprint -match '^[0-9a-f]{2}(:[0-9a-f]{2}){15}$'
                    $s = New-OSKeypair -Name ""$prefix-sec"" -Verbose -Debug
                    $s.PrivateKey.GetType().Name
                    [Net.NetworkCredential]::new('', $s.PrivateKey).Password.StartsWith('-----BEGIN')
                    $s.ToString()
                    $s, $k | Out-Default
                    $s.PSObject.Properties | ForEach-Object { '{0} : {1}' -f $_.Name, $_.Value } | Out-Default
                    @(Get-OSKeypair -Name ""$prefix*"").Count", vars).ThrowIfFailed();
                Assert.Equal(new[] { "True", "True", "True", "SecureString", "True", Prefix + "-sec", "2" }, r.Output.Select(o => o.ToString()));
                var key = File.ReadAllText(file);
                Assert.StartsWith("-----BEGIN", key);
                Assert.Contains("PRIVATE KEY-----", key);
                if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
                Assert.Equal(new[] { file }, Directory.GetFiles(dir));
                // The key is in no trace and no view: the trace has the create answer with the key masked.
                Assert.Contains(r.Debug, d => d.Contains("os-keypairs") && d.Contains("\"private_key\":\"***\""));
                var shown = string.Join("\n", r.Verbose.Concat(r.Debug)) + r.HostText;
                Assert.DoesNotContain("PRIVATE KEY", shown);
                Assert.DoesNotContain(key.Split('\n')[1], shown);
                Assert.Contains("System.Security.SecureString", r.HostText);

                // An existing file is kept, and then nothing is generated; -Force replaces it, still owner-only.
                var again = Ps.Run(@"
                    New-OSKeypair -Name ""$prefix-again"" -PrivateKeyPath $file
                    @(Get-OSKeypair -Name ""$prefix-again*"").Count
                    $null -eq (New-OSKeypair -Name ""$prefix-forced"" -PrivateKeyPath $file -Force).PrivateKey", vars);
                var error = Assert.Single(again.Errors);
                Assert.Equal(ErrorCategory.WriteError, error.CategoryInfo.Category);
                Assert.Contains("-Force", error.Exception.Message);
                Assert.Equal(new[] { "0", "True" }, again.Output.Select(o => o.ToString()));
                var replaced = File.ReadAllText(file);
                Assert.StartsWith("-----BEGIN", replaced);
                Assert.NotEqual(key, replaced);
                if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
                Assert.Equal(new[] { file }, Directory.GetFiles(dir));
            }
            finally { Directory.Delete(dir, true); }
        }

        /// <summary>Nova generates keys only before 2.92: a session pinned past it still generates, the create going at 2.91.</summary>
        [Fact]
        public void A_session_pinned_past_2_92_still_generates_keypairs()
        {
            var yaml = File.ReadAllText(TestCloud.CloudsYaml).Replace("  testcloud-demo:", "    compute_api_version: '2.93'\n  testcloud-demo:");
            var file = Path.Combine(Path.GetTempPath(), Prefix + "-clouds.yaml");
            File.WriteAllText(file, yaml);
            try
            {
                var r = Ps.RunWithEnvironment("OS_CLIENT_CONFIG_FILE", file, @"
                    Connect-OpenStack -Cloud testcloud-admin
                    @(Get-OSKeypair -Name ""$prefix*"").Count
                    (Get-OSSession).Microversions['compute']
                    $k = New-OSKeypair -Name ""$prefix-pinned"" -Verbose
                    $k.PrivateKey.Length -gt 0", Vars).ThrowIfFailed();
                Assert.Equal(new[] { "0", "2.93", "True" }, r.Output.Select(o => o.ToString()));
            }
            finally
            {
                File.Delete(file);
                Ps.Run("Connect-OpenStack -Cloud testcloud-admin").ThrowIfFailed();
            }
        }

        [Fact]
        public void Server_groups_are_created_found_by_name_shown_and_removed()
        {
            var r = Ps.Run(@"
                $g = New-OSServerGroup ""$prefix-sg"" -Policy anti-affinity -MaxServerPerHost 2
                $g.Policy; $g.MaxServerPerHost; @($g.Members).Count
                (Get-OSServerGroup -Id ""$prefix-sg"").Id -eq $g.Id
                (Get-OSServerGroup -Id $g.Id).Name
                New-OSServerGroup ""$prefix-sg2"" -Policy soft-affinity | Out-Null
                @(Get-OSServerGroup -Name ""$prefix*"").Count
                New-OSServerGroup ""$prefix-bad"" -Policy affinity -MaxServerPerHost 2 -ErrorAction SilentlyContinue -ErrorVariable bad
                $bad[0].CategoryInfo.Category
                Get-OSServerGroup -Name ""$prefix*"" | Remove-OSServerGroup -Force
                @(Get-OSServerGroup -Name ""$prefix*"").Count
                Remove-OSServerGroup $g.Id -Force -ErrorAction SilentlyContinue -ErrorVariable gone
                $gone[0].CategoryInfo.Category", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "anti-affinity", "2", "0", "True", Prefix + "-sg", "2", "InvalidArgument", "0", "ObjectNotFound" },
                r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Keypair_errors_are_clear()
        {
            // -Name filters, as on every Get-OS cmdlet: a name that matches nothing writes nothing and is no error.
            var r = Ps.Run(@"
                @(Get-OSKeypair -Name ""$prefix-none"").Count
                New-OSKeypair -Name ""$prefix-bad"" -PublicKey 'not a key'
                New-OSKeypair -Name ""$prefix-nofile"" -PublicKeyPath /nonexistent/key.pub", Vars);
            Assert.Equal("0", r.Output[0].ToString());
            Assert.Equal(2, r.Errors.Count);
            Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[0].CategoryInfo.Category);
            Assert.Contains("HTTP 400", r.Errors[0].Exception.Message);
            Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[1].CategoryInfo.Category);
            Assert.Contains("cannot be read", r.Errors[1].Exception.Message);
        }

        [Fact]
        public void Volume_attach_and_detach_with_wait()
        {
            var r = Ps.Run(@"
                $vol = (Invoke-OSApi volumev3 volumes -Method POST -Body @{ volume = @{ name = ""$prefix-vol""; size = 1 } }).volume
                for ($i = 0; $i -lt 60 -and (Invoke-OSApi volumev3 ""volumes/$($vol.id)"").volume.status -ne 'available'; $i++) { [Threading.Thread]::Sleep(500) }
                $s = New-OSServer -Name ""$prefix-att"" -Image testcloud-image -Flavor m1.nano -Network private -Wait
                $a = [pscustomobject]@{ Id = $vol.id } | Add-OSVolumeAttachment -ServerId ""$prefix-att"" -Device /dev/vdb -Wait
                $a.VolumeId -eq $vol.id
                (Invoke-OSApi volumev3 ""volumes/$($vol.id)"").volume.status
                (Get-OSVolumeAttachment -ServerId $s.Id).VolumeId -eq $vol.id
                (Get-OSServer -Id $s.Id).AttachedVolumes.Id -contains $vol.id
                Remove-OSVolumeAttachment -ServerId $s.Id -VolumeId $vol.id -Wait
                (Invoke-OSApi volumev3 ""volumes/$($vol.id)"").volume.status
                @($s | Get-OSVolumeAttachment).Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "True", "in-use", "True", "True", "available", "0" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Console_output_rename_and_metadata()
        {
            var r = Ps.Run(@"
                $s = New-OSServer -Name ""$prefix-con"" -Image testcloud-image -Flavor m1.nano -Network private -Wait
                @(Get-OSServerConsoleOutput $s.Id -Lines 5).Count -gt 0
                Rename-OSServer $s.Id -NewName ""$prefix-con2""
                (Get-OSServer -Id $s.Id).Name
                $u = $s | Set-OSServer -Description 'web tier' -Metadata @{ role = 'web'; tier = '1' } -PassThru
                $u.Description; $u.Metadata['tier']
                ($s | Set-OSServer -Metadata @{ only = 'this' } -ReplaceMetadata -PassThru).Metadata.Keys -join ','", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "True", Prefix + "-con2", "web tier", "1", "only" }, r.Output.Select(o => o.ToString()));
        }

        /// <summary>A server given by id is acted on at once: no lookup before the change, and no read-back without -PassThru.</summary>
        [Fact]
        public void Changes_by_id_ask_Nova_only_what_they_need()
        {
            var id = Ps.Run(@"(New-OSServer -Name ""$prefix-req"" -Image testcloud-image -Flavor m1.nano -Network private -Wait).Id", Vars).ThrowIfFailed()
                .Output.Single().ToString();
            var vars = new Dictionary<string, object?>(Vars) { ["id"] = id };
            var r = Ps.Run(@"
                Set-OSServer $id -Metadata @{ a = '1' }
                Remove-OSServer $id -Force -Wait", vars).ThrowIfFailed();
            var calls = r.Verbose.Where(v => v.StartsWith("HTTP ", StringComparison.Ordinal) && v.Contains(id) && !v.Contains(" in ")).ToList();
            Assert.True(calls.Count >= 3, string.Join("\n", r.Verbose));
            Assert.StartsWith("HTTP POST", calls[0]);
            Assert.Contains("/servers/" + id + "/metadata", calls[0]);
            Assert.StartsWith("HTTP DELETE", calls[1]);
            Assert.All(calls.Skip(2), c => Assert.StartsWith("HTTP GET", c));
        }

        /// <summary>User data from a file is sent byte for byte: a gzip'd cloud-config is not text, and decoding it as text corrupts it.</summary>
        [Fact]
        public void Binary_user_data_reaches_Nova_byte_for_byte()
        {
            var file = Path.Combine(Path.GetTempPath(), Prefix + "-ud.gz");
            using (var gz = new System.IO.Compression.GZipStream(File.Create(file), System.IO.Compression.CompressionLevel.Optimal))
                gz.Write(System.Text.Encoding.UTF8.GetBytes("#cloud-config\nruncmd: [ [ touch, /tmp/ok ] ]\n"));
            try
            {
                var vars = new Dictionary<string, object?>(Vars) { ["ud"] = file };
                var r = Ps.Run(@"
                    $s = New-OSServer -Name ""$prefix-ud"" -Image testcloud-image -Flavor m1.nano -Network private -UserDataPath $ud -Wait
                    (Invoke-OSApi compute ""servers/$($s.Id)"").server.'OS-EXT-SRV-ATTR:user_data'", vars).ThrowIfFailed();
                Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(file)), r.Output.Single().ToString());
            }
            finally { File.Delete(file); }
        }

        /// <summary>
        /// An image boot with a second disk made from an image: Nova takes the pair only when the image is also given as
        /// the root mapping (boot index 0, local), as python-openstackclient and novaclient send it.
        /// </summary>
        [Fact]
        public void An_image_boot_with_a_second_disk_from_an_image_reaches_ACTIVE()
        {
            var r = Ps.Run(@"
                $img = (Get-OSImage -Name testcloud-image).Id
                $vols = @()
                try {
                    $s = New-OSServer -Name ""$prefix-bdm"" -Image testcloud-image -Flavor m1.nano -Network private -Wait -TimeoutSec 240 -BlockDeviceMapping @{
                        device_name = 'vdb'; uuid = $img; source_type = 'image'; destination_type = 'volume'; volume_size = 1; delete_on_termination = $true }
                    $vols = @($s.AttachedVolumes.Id | Where-Object { $_ })
                    $s.Status; $vols.Count; $s.Image.Id -eq $img
                } finally {
                    Get-OSServer -Name ""$prefix-bdm"" | Remove-OSServer -Force -Wait -TimeoutSec 120
                    # Nova deletes the second disk with the server (delete_on_termination); whatever is left is removed here.
                    foreach ($v in $vols) {
                        for ($i = 0; $i -lt 60 -and (Get-OSVolume -Id $v -ErrorAction SilentlyContinue); $i++) { [Threading.Thread]::Sleep(1000) }
                        Get-OSVolume -Id $v -ErrorAction SilentlyContinue | Remove-OSVolume -Force -Wait
                    }
                }
                @($vols | ForEach-Object { Get-OSVolume -Id $_ -ErrorAction SilentlyContinue }).Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "ACTIVE", "1", "True", "0" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Admin_flavors_create_and_remove()
        {
            var r = Ps.Run(@"
                $f = New-OSFlavor -Name ""$prefix-flv"" -Vcpus 2 -Ram 256 -Disk 3 -Ephemeral 1 -Swap 64 -Private -Description 'test size'
                $f.Vcpus; $f.Ram; $f.Disk; $f.Ephemeral; $f.Swap; $f.IsPublic
                @(Get-OSFlavor -Name ""$prefix-flv"").Count
                @(Get-OSFlavor -Name ""$prefix-flv"" -All).Count
                Remove-OSFlavor ""$prefix-flv"" -Force
                @(Get-OSFlavor -Name ""$prefix-flv"" -All).Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "2", "256", "3", "1", "64", "False", "0", "1", "0" }, r.Output.Select(o => o.ToString()));
        }

        /// <summary>Extra specs set and removed, a description changed, and a private flavor shared with projects by name (Keystone lookup).</summary>
        [Fact]
        public void Flavor_extra_specs_description_and_project_access()
        {
            var r = Ps.Run(@"
                $demo = (Invoke-OSApi identity 'projects?name=demo').projects[0].id
                $admin = (Invoke-OSApi identity 'projects?name=admin').projects[0].id
                $f = New-OSFlavor -Name ""$prefix-acc"" -Vcpus 1 -Ram 64 -Disk 1 -Private -Description 'first'
                $f.Description
                $u = $f | Set-OSFlavor -Property @{ 'hw:cpu_policy' = 'dedicated'; 'quota:disk_read_iops_sec' = '100' } -Description 'second' -PassThru
                $u.Description; $u.ExtraSpecs['hw:cpu_policy']; $u.ExtraSpecs.Count
                (Set-OSFlavor ""$prefix-acc"" -RemoveProperty 'quota:disk_read_iops_sec' -PassThru).ExtraSpecs.Keys -join ','
                (Get-OSFlavor -Id $f.Id).ExtraSpecs['hw:cpu_policy']
                Get-OSFlavor -Id $f.Id | Out-Default
                @(Get-OSFlavorAccess $f.Id).Count
                $a = Add-OSFlavorAccess -Flavor ""$prefix-acc"" -Project demo -PassThru
                $a.ProjectId -eq $demo; $a.FlavorId -eq $f.Id
                Add-OSFlavorAccess $f.Id -Project $admin
                $all = @($f | Get-OSFlavorAccess)
                $all.Count
                $all | Out-Default
                $all | Where-Object ProjectId -eq $demo | Remove-OSFlavorAccess
                (Get-OSFlavorAccess ""$prefix-acc"").ProjectId -eq $admin
                Set-OSFlavor $f.Id -Description '' -PassThru | ForEach-Object { $null -eq $_.Description }", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "first", "second", "dedicated", "2", "hw:cpu_policy", "dedicated", "0", "True", "True", "2", "True", "True" },
                r.Output.Select(o => o.ToString()));
            // The Properties column (120 characters wide here: a long spec is cut short, as any table cell).
            Assert.Contains("hw:cpu_policy=", r.HostText);
            Assert.Contains("ProjectId", r.HostText);

            // Wrong input: a project no one has, a key both set and removed (before any request), a public flavor's access.
            var bad = Ps.Run(@"
                Add-OSFlavorAccess ""$prefix-acc"" -Project ""$prefix-no-such-project""
                Set-OSFlavor ""$prefix-acc"" -Property @{ a = '1' } -RemoveProperty a
                Get-OSFlavorAccess m1.nano", Vars);
            Assert.Equal(3, bad.Errors.Count);
            Assert.Equal(ErrorCategory.ObjectNotFound, bad.Errors[0].CategoryInfo.Category);
            Assert.Contains("project", bad.Errors[0].Exception.Message);
            Assert.Equal(ErrorCategory.InvalidArgument, bad.Errors[1].CategoryInfo.Category);
            Assert.Equal("m1.nano", bad.Errors[2].TargetObject);
        }

        [Fact]
        public void Demo_user_cannot_create_flavors()
        {
            var r = Ps.Run("Connect-OpenStack -Cloud testcloud-demo; New-OSFlavor -Name \"$prefix-nope\" -Vcpus 1 -Ram 64 -Disk 1", Vars);
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
            Assert.Contains("HTTP 403", error.Exception.Message);
            Ps.Run("Connect-OpenStack -Cloud testcloud-admin").ThrowIfFailed();
        }
    }
}
