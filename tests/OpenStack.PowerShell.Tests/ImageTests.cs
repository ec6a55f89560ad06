using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Image upload and verified download against the local cloud's Glance (file store).</summary>
    public sealed class ImageTests : CloudScriptTest
    {
        private const string GlanceStore = "/var/lib/glance/images";
        private readonly string _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "it-img-" + Guid.NewGuid().ToString("N"))).FullName;
        private readonly string _source;

        public ImageTests() : base("it-img")
        {
            _source = Path.Combine(_dir, "disk.qcow2");
            var data = new byte[3 * 1024 * 1024 + 123];
            new Random(42).NextBytes(data);
            File.WriteAllBytes(_source, data);
        }

        protected override Dictionary<string, object?> Vars => new Dictionary<string, object?> { ["prefix"] = Prefix, ["source"] = _source, ["dir"] = _dir };

        protected override string Cleanup => "Get-OSImage -Name \"$prefix*\" | Remove-OSImage -Force";

        protected override void OnDisposed() => Directory.Delete(_dir, true);

        private static string Sha512(string path)
        {
            using var s = File.OpenRead(path);
            return Convert.ToHexString(SHA512.HashData(s)).ToLowerInvariant();
        }

        [Fact]
        public void Upload_then_verified_download()
        {
            var r = Ps.Run(@"
                $i = New-OSImage -Name ""$prefix-ubuntu"" -File $source -DiskFormat qcow2 -ContainerFormat bare -MinDisk 20 -Visibility public -Property @{ os_distro = 'ubuntu' } -Tag web -Wait
                $i.Status; $i.Size; $i.MinDisk; $i.Visibility; $i.Properties['os_distro']; $i.Tags -join ','; $i.OsHashAlgo
                (Get-OSImage -Name ""$prefix-ub*"").Id -eq $i.Id
                (Save-OSImage -Id ""$prefix-ubuntu"" -Path ([IO.Path]::Combine($dir, 'copy.qcow2'))).Length
                $i.OsHashValue", Vars);
            r.ThrowIfFailed();
            var values = r.Output.Select(o => o.ToString()).ToList();
            Assert.Equal(new[] { "active", (3 * 1024 * 1024 + 123).ToString(), "20", "public", "ubuntu", "web", "sha512", "True", (3 * 1024 * 1024 + 123).ToString() },
                values.Take(9));
            Assert.Equal(Sha512(_source), values[9]);
            Assert.Equal(Sha512(_source), Sha512(Path.Combine(_dir, "copy.qcow2")));
            Assert.Contains(r.Progress, p => p.Activity == "Uploading image " + Prefix + "-ubuntu" && p.PercentComplete == 100);
            Assert.Contains(r.Progress, p => p.Activity.StartsWith("Downloading image", StringComparison.Ordinal));
        }

        [Fact]
        public void Existing_file_needs_Force()
        {
            File.WriteAllText(Path.Combine(_dir, "taken.img"), "keep me");
            var r = Ps.Run(@"
                $i = New-OSImage -Name ""$prefix-f"" -File $source -DiskFormat raw -Wait
                Save-OSImage $i.Id ([IO.Path]::Combine($dir, 'taken.img'))
                (Save-OSImage $i.Id ([IO.Path]::Combine($dir, 'taken.img')) -Force).Length", Vars);
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.WriteError, error.CategoryInfo.Category);
            Assert.Contains("use -Force", error.Exception.Message);
            Assert.Equal((3 * 1024 * 1024 + 123).ToString(), r.Output.Last().ToString());
        }

        [Fact]
        public void Corrupted_data_is_detected_and_nothing_is_left_at_the_target()
        {
            var created = Ps.Run("(New-OSImage -Name \"$prefix-bad\" -File $source -DiskFormat raw -Wait).Id", Vars).ThrowIfFailed();
            var id = created.Output.Single().ToString();
            var stored = Path.Combine(GlanceStore, id);
            Assert.True(File.Exists(stored), "the local cloud keeps image data in " + GlanceStore);
            using (var f = new FileStream(stored, FileMode.Open, FileAccess.ReadWrite))
            {
                f.Position = 1000;
                var b = f.ReadByte();
                f.Position = 1000;
                f.WriteByte((byte)(b ^ 0xFF));
            }
            var r = Ps.Run("Save-OSImage \"$prefix-bad\" ([IO.Path]::Combine($dir, 'bad.img'))", Vars);
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.ChecksumMismatch", error.FullyQualifiedErrorId);
            Assert.Contains("does not match its sha512 checksum", error.Exception.Message);
            Assert.False(File.Exists(Path.Combine(_dir, "bad.img")));
            Assert.Empty(Directory.GetFiles(_dir, "*.partial", new EnumerationOptions { AttributesToSkip = 0 }));
        }

        [Fact]
        public void Missing_file_and_unknown_image_are_clear_errors()
        {
            var r = Ps.Run(@"
                New-OSImage -Name ""$prefix-nofile"" -File /nonexistent/disk.img
                Save-OSImage ""$prefix-none"" ([IO.Path]::Combine($dir, 'x.img'))
                @(Get-OSImage -Name ""$prefix-nofile"").Count", Vars);
            Assert.Equal(2, r.Errors.Count);
            Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[0].CategoryInfo.Category);
            Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[1].CategoryInfo.Category);
            Assert.Equal("0", r.Output.Last().ToString());
        }

        [Fact]
        public void Set_changes_name_visibility_properties_and_tags()
        {
            var r = Ps.Run(@"
                $i = New-OSImage -Name ""$prefix-set"" -File $source -DiskFormat raw -Property @{ os_distro = 'ubuntu'; old = 'x' } -Wait
                $u = $i | Set-OSImage -Name ""$prefix-set2"" -Visibility public -MinRam 512 -Property @{ os_version = '22.04' } -RemoveProperty old -Tag a, b -PassThru
                $u.Name; $u.Visibility; $u.MinRam; $u.Properties['os_version']; $u.Properties.ContainsKey('old'); $t = [string[]]$u.Tags; [Array]::Sort($t); $t -join ','
                $v = New-OSVolume -Name ""$prefix-fromimg"" -Size 1 -ImageId ""$prefix-set2"" -Wait
                $v.Status; $v.ImageMetadata['image_name']
                $v | Remove-OSVolume -Force -Wait", Vars).ThrowIfFailed();
            Assert.Equal(new[] { Prefix + "-set2", "public", "512", "22.04", "False", "a,b", "available", Prefix + "-set2" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Ctrl_C_stops_an_upload_and_a_download_and_leaves_no_file()
        {
            var big = Path.Combine(_dir, "big.raw");
            using (var f = new FileStream(big, FileMode.Create))
            {
                var chunk = new byte[1 << 20];
                new Random(7).NextBytes(chunk);
                for (var i = 0; i < 400; i++) f.Write(chunk, 0, chunk.Length);
            }
            var vars = new Dictionary<string, object?> { ["prefix"] = Prefix, ["big"] = big, ["dir"] = _dir };

            // Stop an upload once it is under way.
            var up = Ps.RunAndStop("New-OSImage -Name \"$prefix-cancel-up\" -File $big -DiskFormat raw -Wait",
                p => p.Activity.StartsWith("Uploading image", StringComparison.Ordinal) && p.PercentComplete is > 0 and < 100, vars);
            Assert.Equal(PSInvocationState.Stopped, up.State);

            // The session still works; then a full upload to download from.
            Ps.Run("(New-OSImage -Name \"$prefix-cancel-down\" -File $big -DiskFormat raw -Wait).Status", vars).ThrowIfFailed();
            var target = Path.Combine(_dir, "down.raw");
            var down = Ps.RunAndStop("Save-OSImage \"$prefix-cancel-down\" ([IO.Path]::Combine($dir, 'down.raw'))",
                p => p.Activity.StartsWith("Downloading image", StringComparison.Ordinal) && p.PercentComplete is > 0 and < 100, vars);
            Assert.Equal(PSInvocationState.Stopped, down.State);
            Assert.False(File.Exists(target));
            Assert.Empty(Directory.GetFiles(_dir, "*.partial", new EnumerationOptions { AttributesToSkip = 0 }));

            var after = Ps.Run("(Get-OSImage -Name \"$prefix-cancel-down\").Status", vars).ThrowIfFailed();
            Assert.Equal("active", after.Output.Single().ToString());
        }

        [Fact]
        public void Remove_asks_and_WhatIf_keeps_it()
        {
            var r = Ps.Run(@"
                $i = New-OSImage -Name ""$prefix-rm"" -DiskFormat raw
                $i.Status
                $i | Remove-OSImage -WhatIf
                @(Get-OSImage -Name ""$prefix-rm"").Count
                $i | Remove-OSImage -Force
                @(Get-OSImage -Name ""$prefix-rm"").Count", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "queued", "1", "0" }, r.Output.Select(o => o.ToString()));
            Assert.Contains("What if: Performing the operation \"Delete image\"", r.HostText);
        }
    }
}
