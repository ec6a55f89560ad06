using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// A server's life after boot against the local Nova (fake driver, two compute hosts, resize to the same host
    /// allowed): each operation's -Wait, the statuses it went through (its -Verbose lines), the server as
    /// `openstack server show` sees it after each step, and Nova's own error for an operation in the wrong state.
    /// </summary>
    public sealed class ServerLifecycleTests : CloudScriptTest
    {
        public ServerLifecycleTests() : base("it-life", TestCloud.Admin) { }

        protected override string Cleanup =>
            "Get-OSServer -Name \"$prefix*\" | Remove-OSServer -Force -Wait -TimeoutSec 120 -ErrorAction SilentlyContinue; " +
            "Get-OSImage -Name \"$prefix*\" | Remove-OSImage -Force -ErrorAction SilentlyContinue; " +
            "Get-OSFlavor -Name \"$prefix*\" -All | Remove-OSFlavor -Force -ErrorAction SilentlyContinue";

        private static string Cli(params string[] args) => TestCloud.Cli(TestCloud.Admin, string.Join(" ", args));

        /// <summary>The server as the openstack CLI shows it.</summary>
        private static JsonElement Shown(string id)
        {
            using var doc = JsonDocument.Parse(Cli("--os-compute-api-version", "2.79", "server", "show", "-f", "json", id));
            return doc.RootElement.Clone();
        }

        private static string? Field(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Null ? null : v.GetRawText()) : null;

        /// <summary>The statuses a -Wait reported for the server, in order (its -Verbose lines).</summary>
        private static List<string> Seen(ScriptResult r, string id) =>
            r.Verbose.Select(v => Regex.Match(v, "^Server " + id + ": (.+) after \\d+ s\\.$")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        private string Boot(string suffix) =>
            Ps.Run("(New-OSServer -Name \"$prefix-" + suffix + "\" -Image testcloud-image -Flavor m1.nano -NoNetwork -Wait).Id", Vars).ThrowIfFailed().Output.Single().ToString();

        /// <summary>Runs one step with -Wait -PassThru -Verbose and checks the result, the statuses seen and the CLI's view.</summary>
        private List<string> _debug = new List<string>();

        /// <param name="between">A settled status the step passes through on its way (VERIFY_RESIZE, for a resize confirmed at once).</param>
        private (Dictionary<string, object?> Server, List<string> Seen, JsonElement Shown) Step(string id, string step, string target, string? between = null)
        {
            var r = Ps.Run("Get-OSServer -Id $id | " + step + " -Wait -PassThru -Verbose", new Dictionary<string, object?>(Vars) { ["id"] = id }).ThrowIfFailed();
            var server = (dynamic)Assert.Single(r.Output).BaseObject;
            var seen = Seen(r, id);
            Assert.Equal(target, (string)server.Status);
            // It waited to the end: the last status seen is the target with no task running, and every status before
            // it had a task running (the transition), never another settled status.
            Assert.True(seen.Count > 0, step + ": no status was reported");
            Assert.Equal(target, seen.Last());
            Assert.All(seen.Take(seen.Count - 1).Where(s => s != between), s => Assert.Matches(@"^[A-Z_]+ \([a-z_]+\)$", s));
            var shown = Shown(id);
            Assert.Equal(target, Field(shown, "status"));
            Assert.Null(Field(shown, "OS-EXT-STS:task_state"));
            Assert.Equal((string)server.Name, Field(shown, "name"));
            // The password Nova makes for a rescue or rebuild is in its answer: the trace (at -Debug in every test) hides it.
            Assert.All(r.Debug.Where(d => d.Contains("adminPass", StringComparison.Ordinal)), d => Assert.Matches("\"adminPass\": ?\"\\*\\*\\*\"", d));
            _debug = r.Debug;
            return (new Dictionary<string, object?> { ["Name"] = (string)server.Name, ["Flavor"] = server.Flavor?.OriginalName as string }, seen, shown);
        }

        [Fact]
        public void Pause_rescue_shelve_and_rebuild_wait_through_their_statuses_and_agree_with_the_cli()
        {
            var id = Boot("ops");
            Step(id, "Suspend-OSServer -Pause", "PAUSED");
            Step(id, "Resume-OSServer -Unpause", "ACTIVE");
            Step(id, "Enter-OSServerRescue -Image testcloud-image", "RESCUE");
            Assert.Contains(_debug, d => d.Contains("\"adminPass\"", StringComparison.Ordinal));
            Step(id, "Exit-OSServerRescue", "ACTIVE");
            var shelved = Step(id, "Suspend-OSServer -Shelve", "SHELVED_OFFLOADED");
            // Offloaded: no host any more.
            Assert.True(string.IsNullOrEmpty(Field(shelved.Shown, "OS-EXT-SRV-ATTR:host")));
            var unshelved = Step(id, "Resume-OSServer -Unshelve -AvailabilityZone nova", "ACTIVE");
            Assert.Equal("nova", Field(unshelved.Shown, "OS-EXT-AZ:availability_zone"));
            Assert.False(string.IsNullOrEmpty(Field(unshelved.Shown, "OS-EXT-SRV-ATTR:host")));
            var rebuilt = Step(id, "Reset-OSServer -Image testcloud-image -Name \"$prefix-rebuilt\" -Force", "ACTIVE");
            Assert.Equal(Prefix + "-rebuilt", rebuilt.Server["Name"]);
            Assert.Contains("rebuild", string.Join(" ", Cli("server", "event", "list", "-f", "value", "-c", "Action", id)));
        }

        [Fact]
        public void Resize_waits_for_VERIFY_RESIZE_then_confirm_revert_and_auto_confirm_agree_with_the_cli()
        {
            var id = Boot("rsz");
            var resized = Step(id, "Resize-OSServer -Flavor m1.tiny", "VERIFY_RESIZE");
            Assert.Equal("m1.tiny", resized.Server["Flavor"]);
            Assert.Contains("RESIZE (resize_prep)", resized.Seen.First());
            Assert.Contains("m1.tiny", Field(resized.Shown, "flavor"));
            var reverted = Step(id, "Undo-OSServerResize", "ACTIVE");
            Assert.Equal("m1.nano", reverted.Server["Flavor"]);
            Assert.Contains("m1.nano", Field(reverted.Shown, "flavor"));
            var auto = Step(id, "Resize-OSServer -Flavor m1.tiny -AutoConfirm", "ACTIVE", between: "VERIFY_RESIZE");
            Assert.Contains("VERIFY_RESIZE", auto.Seen);
            Assert.Equal("m1.tiny", auto.Server["Flavor"]);
            Assert.Contains("m1.tiny", Field(auto.Shown, "flavor"));
            Step(id, "Resize-OSServer -Flavor m1.nano", "VERIFY_RESIZE");
            // Nova confirms in the background: the server shows VERIFY_RESIZE, with no task, until it is done.
            var confirmed = Step(id, "Confirm-OSServerResize", "ACTIVE", between: "VERIFY_RESIZE");
            Assert.Equal("m1.nano", confirmed.Server["Flavor"]);
            // The alias is the same cmdlet.
            var alias = Ps.Run("(Get-Command Revert-OSServerResize).ResolvedCommandName; (Get-Command Rebuild-OSServer).ResolvedCommandName; (Get-Command New-OSServerSnapshot).ResolvedCommandName").ThrowIfFailed();
            Assert.Equal(new[] { "Undo-OSServerResize", "Reset-OSServer", "New-OSServerImage" }, alias.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void A_resize_Nova_gives_up_on_is_an_error_with_its_reason_not_a_wait_until_the_timeout()
        {
            var id = Boot("nohost");
            // More memory than either fake host has: the scheduler finds no host and Nova puts the server back as it was.
            var r = Ps.Run(@"
                New-OSFlavor -Name ""$prefix-huge"" -Id ""$prefix-huge"" -Vcpus 1 -Ram 1000000 -Disk 1 | Out-Null
                $t = [Diagnostics.Stopwatch]::StartNew()
                Resize-OSServer $id -Flavor ""$prefix-huge"" -Wait -TimeoutSec 300
                $t.Elapsed.TotalSeconds -lt 120
                (Get-OSServer -Id $id).Status", new Dictionary<string, object?>(Vars) { ["id"] = id });
            var error = Assert.Single(r.Errors);
            Assert.StartsWith("OpenStack.ResourceFailed", error.FullyQualifiedErrorId);
            Assert.Matches("The resize of server " + id + " ended without reaching VERIFY_RESIZE: the server is ACTIVE again\\. " +
                "Nova's record of the resize \\(request req-[0-9a-f-]+\\) says: No valid host was found", error.Exception.Message);
            Assert.Equal(new[] { "True", "ACTIVE" }, r.Output.Select(o => o.ToString()));
            Assert.Equal("ACTIVE", Field(Shown(id), "status"));
        }

        [Fact]
        public void An_operation_in_the_wrong_state_is_Novas_409_with_its_message_and_request_id()
        {
            var id = Boot("state");
            var r = Ps.Run(@"
                Stop-OSServer $id -Wait
                Suspend-OSServer $id -Pause
                Resume-OSServer $id -Unshelve
                Start-OSServer $id -Wait
                Resume-OSServer $id -Unshelve
                Resume-OSServer $id -Unpause
                Exit-OSServerRescue $id
                Confirm-OSServerResize $id
                Undo-OSServerResize $id
                (Get-OSServer -Id $id).Status", new Dictionary<string, object?>(Vars) { ["id"] = id });
            Assert.Equal(7, r.Errors.Count);
            var expected = new[]
            {
                "Cannot 'pause' instance " + id + " while it is in vm_state stopped",
                "Cannot 'unshelve' instance " + id + " while it is in vm_state stopped",
                "Cannot 'unshelve' instance " + id + " while it is in vm_state active",
                "Cannot 'unpause' instance " + id + " while it is in vm_state active",
                "Cannot 'unrescue' instance " + id + " while it is in vm_state active",
                "Cannot 'confirmResize' instance " + id + " while it is in vm_state active",
                "Cannot 'revertResize' instance " + id + " while it is in vm_state active",
            };
            for (var i = 0; i < expected.Length; i++)
            {
                var e = r.Errors[i];
                Assert.Contains(expected[i], e.Exception.Message);
                Assert.Matches(@"HTTP 409, POST .*/servers/" + id + "/action, request req-[0-9a-f-]+", e.Exception.Message);
                Assert.Equal(ErrorCategory.ResourceBusy, e.CategoryInfo.Category);
                Assert.Equal(id, e.TargetObject);
            }
            Assert.Equal("ACTIVE", r.Output.Last().ToString());
        }

        [Fact]
        public void A_snapshot_is_a_Glance_image_that_New_OSServer_boots()
        {
            var id = Boot("snap");
            var r = Ps.Run(@"
                $image = Get-OSServer -Id $id | New-OSServerImage -Name ""$prefix-img"" -Metadata @{ purpose = 'test' }
                $image.GetType().FullName; $image.Name; $image.Properties['purpose']; $image.Properties['instance_uuid']; $image.Properties['image_type']
                $image.Id", new Dictionary<string, object?>(Vars) { ["id"] = id }).ThrowIfFailed();
            Assert.Equal(new[] { "OpenStack.Client.Image.Image", Prefix + "-img", "test", id, "snapshot" }, r.Output.Take(5).Select(o => o.ToString()));
            var imageId = r.Output.Last().ToString();
            using (var shown = JsonDocument.Parse(Cli("image", "show", "-f", "json", imageId)))
                Assert.Equal(Prefix + "-img", shown.RootElement.GetProperty("name").GetString());

            // The fake driver uploads no data: -Wait says so once Nova's snapshot task is over, instead of waiting out -TimeoutSec.
            var wait = Ps.Run(@"
                $t = [Diagnostics.Stopwatch]::StartNew()
                New-OSServerImage $id -Name ""$prefix-img2"" -Wait -TimeoutSec 300
                $t.Elapsed.TotalSeconds -lt 60", new Dictionary<string, object?>(Vars) { ["id"] = id });
            var error = Assert.Single(wait.Errors);
            Assert.StartsWith("OpenStack.ResourceFailed", error.FullyQualifiedErrorId);
            Assert.Matches("Nova finished the snapshot of server " + id + " \\(no task is running on it\\) but image [0-9a-f-]+ is still queued: no image data was uploaded", error.Exception.Message);
            Assert.Equal("True", Assert.Single(wait.Output).ToString());

            // What the hypervisor would have uploaded (formats and data), then a boot from the snapshot by the image object.
            var boot = Ps.Run(@"
                Set-OSImage -Id $imageId -Property @{ disk_format = 'raw'; container_format = 'bare' }
                $file = [IO.Path]::GetTempFileName(); [IO.File]::WriteAllBytes($file, [byte[]]::new(4096))
                try { Invoke-OSApi image ""images/$imageId/file"" -Method PUT -InFile $file -ContentType application/octet-stream | Out-Null } finally { [IO.File]::Delete($file) }
                $image = Get-OSImage -Id $imageId
                $image.Status
                $copy = New-OSServer -Name ""$prefix-copy"" -Image $image -Flavor m1.nano -NoNetwork -Wait
                $copy.Status; $copy.Image.Id", new Dictionary<string, object?>(Vars) { ["imageId"] = imageId }).ThrowIfFailed();
            Assert.Equal(new[] { "active", "ACTIVE", imageId }, boot.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void WhatIf_on_every_lifecycle_action_sends_nothing()
        {
            var id = Boot("wi");
            var r = Ps.Run(@"
                $s = Get-OSServer -Id $id
                $s | Suspend-OSServer -Pause -WhatIf -Verbose
                $s | Suspend-OSServer -Shelve -WhatIf -Verbose
                $s | Resume-OSServer -Unpause -WhatIf -Verbose
                $s | Resume-OSServer -Unshelve -AvailabilityZone nova -WhatIf -Verbose
                $s | Resize-OSServer -Flavor m1.tiny -AutoConfirm -WhatIf -Verbose
                $s | Reset-OSServer -Image testcloud-image -Force -WhatIf -Verbose
                $s | New-OSServerImage -Name ""$prefix-wi"" -WhatIf -Verbose
                (Get-OSServer -Id $id).Status
                @(Get-OSImage -Name ""$prefix-wi"").Count", new Dictionary<string, object?>(Vars) { ["id"] = id }).ThrowIfFailed();
            Assert.DoesNotContain(r.Verbose, v => Regex.IsMatch(v, "^HTTP (POST|PUT|PATCH|DELETE) ") && !v.Contains("/auth/tokens"));
            foreach (var what in new[] { "Pause server", "Shelve server", "Unpause server", "Unshelve server into availability zone nova",
                                         "Resize server to flavor m1.tiny (1) and confirm", "Rebuild server from image testcloud-image (", "Create image " + Prefix + "-wi from server" })
                Assert.Contains("What if: Performing the operation \"" + what, r.HostText);
            Assert.Equal(new[] { "ACTIVE", "0" }, r.Output.Select(o => o.ToString()));
            Assert.Equal(new[] { "create" }, Cli("server", "event", "list", "-f", "value", "-c", "Action", id).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
