using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Keystone users, groups, group members and the self-service password change against the local cloud.</summary>
    public sealed class IdentityUserTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();
        private readonly string _prefix = TestCloud.UniqueName("idu");
        private readonly string _first = Secrets.Remember("First-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        private readonly string _second = Secrets.Remember("Second-" + Guid.NewGuid().ToString("N").Substring(0, 12));

        private const string Weak = "Qz!wk6";   // shorter than the local cloud's policy allows

        public IdentityUserTests() => TestCloud.Require();

        public void Dispose()
        {
            _ps.Run("Connect-OpenStack -Cloud testcloud-admin; Get-OSUser -Name \"$prefix*\" | Remove-OSUser -Force; Get-OSGroup -Name \"$prefix*\" | Remove-OSGroup -Force", Vars());
            _ps.Dispose();
        }

        private Dictionary<string, object?> Vars() => new Dictionary<string, object?>
        {
            ["prefix"] = _prefix, ["url"] = TestCloud.AuthUrl,
            ["first"] = new System.Net.NetworkCredential("", _first).SecurePassword,
            ["second"] = new System.Net.NetworkCredential("", _second).SecurePassword,
            ["weak"] = new System.Net.NetworkCredential("", Weak).SecurePassword,
        };

        private static string Cli(params string[] args) => TestCloud.Cli(TestCloud.Admin, string.Join(" ", args), check: false);

        [Fact]
        public void Users_groups_and_members_round_trip_and_match_the_openstack_cli()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-admin\n" +
                            "$u = New-OSUser -Name \"$prefix-u\" -Password $first -Email 'u@example.com' -Description d -DefaultProject demo -Debug\n" +
                            "$g = New-OSGroup -Name \"$prefix-g\" -Description gd\n" +
                            "$u | Add-OSGroupMember -Group $g\n" +
                            "$u; $g; ($g | Get-OSGroupMember).Id; ($u | Get-OSGroup).Id; ($g | Get-OSUser).Id", Vars()).ThrowIfFailed();
            var user = (dynamic)r.Output[0].BaseObject;
            string userId = user.Id, groupId = ((dynamic)r.Output[1].BaseObject).Id;
            Assert.Equal("u@example.com", (string)user.Email);
            Assert.Equal(new[] { userId, groupId, userId }, r.Output.Skip(2).Select(o => o.ToString()).ToArray());
            Assert.Contains(r.Debug, d => d.Contains("\"password\":\"***\"", StringComparison.Ordinal));
            using (var shown = JsonDocument.Parse(Cli("user", "show", "-f", "json", userId)))
            {
                Assert.Equal("u@example.com", shown.RootElement.GetProperty("email").GetString());
                Assert.Equal(_prefix + "-u", shown.RootElement.GetProperty("name").GetString());
            }
            var contains = Cli("group", "contains", "user", groupId, userId);
            Assert.Contains(userId + " in group", contains);
            Assert.DoesNotContain("not in group", contains);

            var changed = _ps.Run("Set-OSUser -Id \"$prefix-u\" -Email 'v@example.com' -Enabled $false -Password $second -PassThru -Debug; " +
                                  "Set-OSGroup -Id \"$prefix-g\" -Description '' -PassThru", Vars()).ThrowIfFailed();
            Assert.Equal("v@example.com", (string)((dynamic)changed.Output[0].BaseObject).Email);
            Assert.False((bool)((dynamic)changed.Output[0].BaseObject).Enabled);
            Assert.Null((string?)((dynamic)changed.Output[1].BaseObject).Description);

            var errors = _ps.Run("New-OSUser -Name \"$prefix-u\" -Password $first; Remove-OSGroupMember -Group \"$prefix-g\" -User \"$prefix-u\" -Confirm:$false; " +
                                 "Remove-OSGroupMember -Group \"$prefix-g\" -User \"$prefix-u\" -Confirm:$false", Vars());
            Assert.Equal(2, errors.AllErrors.Count());
            Assert.Contains("Duplicate entry", errors.AllErrors.First().ToString());
            Assert.Contains("HTTP 409", errors.AllErrors.First().ToString());
            Assert.Contains("not found in group", errors.AllErrors.Last().ToString());
            Assert.Contains(userId + " not in group", Cli("group", "contains", "user", groupId, userId));
            _ps.Run("Remove-OSUser -Id \"$prefix-u\" -Force; Remove-OSGroup -Id \"$prefix-g\" -Force", Vars()).ThrowIfFailed();
            Assert.Empty(_ps.Run("Get-OSUser -Name \"$prefix*\"; Get-OSGroup -Name \"$prefix*\"", Vars()).ThrowIfFailed().Output);
        }

        [Fact]
        public void A_demo_user_may_not_create_users()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-demo; New-OSUser -Name \"$prefix-no\" -Password $first", Vars());
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
            Assert.Contains("HTTP 403", error.ToString());
            Assert.Contains("You are not authorized to perform the requested action", error.ToString());
        }

        [Fact]
        public void A_password_that_breaks_the_clouds_policy_is_refused_with_Keystones_words()
        {
            // tests/cloud/services/keystone.sh sets the policy: at least 7 characters.
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-admin\n" +
                            "New-OSUser -Name \"$prefix-weak\" -Password $weak\n" +
                            "$u = New-OSUser -Name \"$prefix-strong\" -Password $first\n" +
                            "Set-OSUser -Id $u.Id -Password $weak\n" +
                            "@(Get-OSUser -Name \"$prefix-weak*\").Count", Vars());
            Assert.Equal(2, r.AllErrors.Count());
            foreach (var error in r.AllErrors)
            {
                Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
                Assert.Contains("HTTP 400", error.Exception.Message);
                Assert.Contains("The password does not match the requirements: Passwords must have at least 7 characters.", error.Exception.Message);
                Assert.Matches("request req-[0-9a-f-]+", error.Exception.Message);
                Assert.DoesNotContain(Weak, error.ToString(), StringComparison.Ordinal);
            }
            Assert.Equal(0, Convert.ToInt32(r.Output.Last().BaseObject));
        }

        [Fact]
        public void A_user_changes_their_own_password_and_the_session_goes_on_with_it()
        {
            _ps.Run("Connect-OpenStack -Cloud testcloud-admin; New-OSUser -Name \"$prefix-self\" -Password $first -DefaultProject demo | Out-Null", Vars()).ThrowIfFailed();
            Cli("role", "add", "--project", "demo", "--user", _prefix + "-self", "member");
            const string connect = "Connect-OpenStack -AuthUrl $url -Credential ([pscredential]::new(\"$prefix-self\", $pw)) -Project demo -UserDomain Default -ProjectDomain Default";
            var wrong = _ps.Run(connect.Replace("$pw", "$first") + "\nSet-OSUserPassword -OldPassword $second -NewPassword $second -Confirm:$false", Vars());
            Assert.Contains("HTTP 401", Assert.Single(wrong.AllErrors).ToString());
            var weak = _ps.Run("Set-OSUserPassword -OldPassword $first -NewPassword $weak -Confirm:$false", Vars());
            Assert.Contains("HTTP 400", Assert.Single(weak.AllErrors).ToString());
            Assert.Contains("Passwords must have at least 7 characters.", weak.AllErrors.Single().ToString());
            var r = _ps.Run("Set-OSUserPassword -OldPassword $first -NewPassword $second -Confirm:$false -Debug\n(Get-OSSession).AuthenticationCount; @(Get-OSServer).Count -ge 0",
                Vars()).ThrowIfFailed();
            Assert.Equal(2, Convert.ToInt32(r.Output[0].BaseObject));
            Assert.True((bool)r.Output[1].BaseObject);
            Assert.Contains(r.Debug, d => d.Contains("/password", StringComparison.Ordinal));
            Assert.Single(_ps.Run(connect.Replace("$pw", "$first"), Vars()).AllErrors);
            _ps.Run(connect.Replace("$pw", "$second"), Vars()).ThrowIfFailed();
        }
    }
}
