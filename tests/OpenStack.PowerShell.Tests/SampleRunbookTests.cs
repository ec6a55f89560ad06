using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenStack.Runner;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>The auto-deploy runbook in samples/, run as the README's main job runs it, against the local cloud.</summary>
    public sealed class SampleRunbookTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();
        private readonly string _imageFile = Path.Combine(Path.GetTempPath(), "autodeploy-" + Guid.NewGuid().ToString("N") + ".qcow2");
        private readonly string _suffix = Guid.NewGuid().ToString("N").Substring(0, 6);

        public SampleRunbookTests()
        {
            TestCloud.Require();
            _ps.Run(UtilityShims.Script).ThrowIfFailed();
            File.WriteAllBytes(_imageFile, Enumerable.Range(0, 256 * 1024).Select(i => (byte)i).ToArray());
        }

        private static string Runbook => Path.Combine(RepoRoot, "samples", "auto-deploy", "Deploy-WordPress.ps1");
        private static string RepoRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!, "..", ".."));

        private Dictionary<string, object?> Names() => new Dictionary<string, object?>
        {
            ["runbook"] = Runbook,
            ["image"] = _imageFile,
            ["key"] = Path.Combine(RepoRoot, "samples", "auto-deploy", "auto-deploy.pub"),
            ["sfx"] = _suffix,
        };

        private const string Invoke = @"
            $p = @{ Cloud = 'testcloud-admin'; ImagePath = $image; PublicKeyPath = $key; ImageName = ""it-img-$sfx""; VolumeName = ""it-vol-$sfx""
                    KeyName = ""it-key-$sfx""; DatabaseServer = ""it-db-$sfx""; BlogServer = ""it-blog-$sfx""; TimeoutSec = 180 }
            & $runbook @p | Where-Object Name -like ""it-*-$sfx""";

        [Fact]
        public void Deploys_both_servers_and_is_safe_to_run_twice()
        {
            var first = _ps.Run(Invoke, Names()).ThrowIfFailed();
            Assert.Equal(new[] { "it-blog-" + _suffix, "it-db-" + _suffix }, first.Output.Select(o => (string)((dynamic)o).Name).OrderBy(n => n));
            Assert.All(first.Output, o => Assert.Equal("ACTIVE", (string)((dynamic)o).Status));
            foreach (var step in new[] { "1. image", "2. volume", "3. flavor", "4. keypair", "5. server", "6. attach", "7. server", "8. servers" })
                Assert.Contains("==> " + step, first.HostText);

            var second = _ps.Run(Invoke, Names()).ThrowIfFailed();
            Assert.Equal(first.Output.Select(o => (string)((dynamic)o).Id).OrderBy(i => i), second.Output.Select(o => (string)((dynamic)o).Id).OrderBy(i => i));
            var counts = _ps.Run(@"
                @((Invoke-OSApi image ""images?name=it-img-$sfx"").images).Count
                @((Invoke-OSApi volumev3 ""volumes?name=it-vol-$sfx"").volumes).Count
                ((Invoke-OSApi volumev3 ""volumes?name=it-vol-$sfx"").volumes | ForEach-Object { (Invoke-OSApi volumev3 ""volumes/$($_.id)"").volume.status })", Names()).ThrowIfFailed();
            Assert.Equal(new[] { "1", "1", "in-use" }, counts.Output.Select(o => o.ToString()));
            Secrets.AssertNone(first);
        }

        [Fact]
        public void A_failing_step_names_the_step_and_the_reason()
        {
            var r = _ps.Run(Invoke.Replace("TimeoutSec = 180", "TimeoutSec = 180; VolumeType = 'no-such-type'"), Names());
            var error = Assert.Single(r.AllErrors);
            Assert.Contains("Step '2. volume it-vol-" + _suffix + "' failed", error.Exception.Message);
            Assert.Contains("no-such-type", error.Exception.Message);
        }

        public void Dispose()
        {
            _ps.Run(@"
                Connect-OpenStack -Cloud testcloud-admin
                $servers = (Invoke-OSApi compute ""servers?all_tenants=1&name=it-.*-$sfx"").servers
                foreach ($s in $servers) { Invoke-OSApi compute ""servers/$($s.id)"" -Method DELETE }
                foreach ($s in $servers) { for ($i = 0; $i -lt 60 -and (Invoke-OSApi compute ""servers/$($s.id)"" -Raw).StatusCode -ne 404; $i++) { Start-Sleep 1 } }
                foreach ($v in (Invoke-OSApi volumev3 ""volumes?name=it-vol-$sfx"").volumes) {
                    for ($i = 0; $i -lt 60 -and (Invoke-OSApi volumev3 ""volumes/$($v.id)"").volume.status -ne 'available'; $i++) { Start-Sleep 1 }
                    Invoke-OSApi volumev3 ""volumes/$($v.id)"" -Method DELETE }
                foreach ($img in (Invoke-OSApi image ""images?name=it-img-$sfx"").images) { Invoke-OSApi image ""images/$($img.id)"" -Method DELETE }
                Invoke-OSApi compute ""os-keypairs/it-key-$sfx"" -Method DELETE -ErrorAction SilentlyContinue", Names());
            File.Delete(_imageFile);
            _ps.Dispose();
        }
    }
}
