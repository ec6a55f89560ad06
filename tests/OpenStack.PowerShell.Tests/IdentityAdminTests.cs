using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Roles, role grants and assignments, application credentials against the local cloud's Keystone, cross-checked with the openstack CLI.</summary>
    public sealed class IdentityAdminTests : CloudScriptTest
    {
        public IdentityAdminTests() : base("it-ida", TestCloud.Admin) { }

        protected override string Cleanup => "";

        protected override void OnDisposed()
        {
            // Whatever a test left, whether it passed or not.
            foreach (var (kind, args) in new[] { ("user", "user delete"), ("project", "project delete"), ("role", "role delete") })
                foreach (var suffix in new[] { "", "-u", "-p", "-r" })
                    Cli(args + " " + Prefix + suffix, check: false);
        }

        private static string Cli(string args, bool check = true) => TestCloud.Cli(TestCloud.Admin, args, check);

        [Fact]
        public void Roles_are_created_found_and_removed_with_Keystones_errors()
        {
            var r = Ps.Run(@"
                $role = New-OSRole -Name ""$prefix-r"" -Description 'test role'
                $role.Name; $role.Description
                (Get-OSRole -Name ""$prefix-r"").Id -eq $role.Id
                (Get-OSRole -Id $role.Id).Name
                @(Get-OSRole | Where-Object Name -eq member).Count
                New-OSRole -Name ""$prefix-r"" -ErrorVariable dup -ErrorAction SilentlyContinue
                $dup[0].CategoryInfo.Category; $dup[0].Exception.Message
                Remove-OSRole ""$prefix-r"" -WhatIf
                (Get-OSRole -Id $role.Id).Name
                $role | Remove-OSRole -Force
                Get-OSRole -Id $role.Id -ErrorVariable gone -ErrorAction SilentlyContinue
                $gone[0].CategoryInfo.Category", Vars);
            Assert.Null(r.Terminating);
            var o = r.Output.Select(x => x?.ToString() ?? "").ToList();
            Assert.Equal(new[] { Prefix + "-r", "test role", "True", Prefix + "-r", "1", "ResourceExists" }, o.Take(6));
            Assert.Contains("Duplicate entry", o[6]);
            Assert.Contains("HTTP 409", o[6]);
            Assert.Contains("request req-", o[6]);
            Assert.Equal(new[] { Prefix + "-r", "ObjectNotFound" }, o.Skip(7));
        }

        [Fact]
        public void Roles_are_granted_listed_with_names_and_revoked_as_the_openstack_cli_sees_them()
        {
            Cli("project create --domain Default " + Prefix + "-p");
            Cli("user create --domain Default " + Prefix + "-u");
            var r = Ps.Run(@"
                Grant-OSRole -Role reader -User ""$prefix-u"" -Project ""$prefix-p"" -WhatIf
                @(Get-OSRoleAssignment -User ""$prefix-u"").Count
                Grant-OSRole -Role reader -User ""$prefix-u"" -Project ""$prefix-p""
                Grant-OSRole -Role member -User ""$prefix-u"" -Domain Default -Inherited
                Get-OSRoleAssignment -User ""$prefix-u"" | Where-Object Role -eq member | ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f $_.Role, $_.User, $_.Project, $_.Domain, $_.Inherited }
                Get-OSRoleAssignment -User ""$prefix-u"" | Where-Object Role -eq reader | ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f $_.Role, $_.User, $_.Project, $_.Domain, $_.Inherited }
                (Get-OSRoleAssignment -Project ""$prefix-p"" -Effective | Where-Object User -eq ""$prefix-u"" | ForEach-Object Role) -contains 'reader'
                @(Get-OSRoleAssignment -User ""$prefix-u"" -Inherited).Count", Vars);
            Assert.Null(r.Terminating);
            Assert.True(r.Errors.Count == 0, string.Join("\n", r.Errors));
            var o = r.Output.Select(x => x?.ToString() ?? "").ToList();
            Assert.Equal("0", o[0]);
            Assert.Equal("member|" + Prefix + "-u||Default|True", o[1]);
            Assert.Equal("reader|" + Prefix + "-u|" + Prefix + "-p||False", o[2]);
            Assert.Equal("True", o[3]);
            Assert.Equal("1", o[4]);
            Assert.Contains("What if: Performing the operation \"Grant role\" on target \"role 'reader' for user '" + Prefix + "-u' on project '" + Prefix + "-p'\"", r.HostText);

            using (var cli = JsonDocument.Parse(Cli("role assignment list --names -f json --user " + Prefix + "-u --user-domain Default")))
            {
                var rows = cli.RootElement.EnumerateArray().Select(e => e.GetProperty("Role").GetString() + "|" + e.GetProperty("Project").GetString() + "|" +
                    e.GetProperty("Domain").GetString() + "|" + e.GetProperty("Inherited").GetBoolean()).OrderBy(x => x).ToList();
                Assert.Equal(new[] { "member||Default|True", "reader|" + Prefix + "-p@Default||False" }, rows);
            }

            r = Ps.Run(@"
                Revoke-OSRole -Role reader -User ""$prefix-u"" -Project ""$prefix-p"" -Confirm:$false
                Revoke-OSRole -Role member -User ""$prefix-u"" -Domain Default -Inherited -Confirm:$false
                @(Get-OSRoleAssignment -User ""$prefix-u"").Count
                Revoke-OSRole -Role reader -User ""$prefix-u"" -Project ""$prefix-p"" -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
                $e[0].CategoryInfo.Category; $e[0].Exception.Message
                Grant-OSRole -Role no-such-role-$prefix -User ""$prefix-u"" -Project ""$prefix-p"" -ErrorVariable e2 -ErrorAction SilentlyContinue
                $e2[0].CategoryInfo.Category
                Grant-OSRole -Role reader -User ""$prefix-u"" -System -Inherited -ErrorAction SilentlyContinue -ErrorVariable e3
                $e3.Count", Vars);
            Assert.Null(r.Terminating);
            o = r.Output.Select(x => x?.ToString() ?? "").ToList();
            Assert.Equal("0", o[0]);
            Assert.Equal("ObjectNotFound", o[1]);
            Assert.Contains("Could not find role assignment", o[2]);
            Assert.Contains("request req-", o[2]);
            Assert.Equal("ObjectNotFound", o[3]);
            Assert.Equal("0", Cli("role assignment list -f value -c Role --user " + Prefix + "-u --user-domain Default").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ToString());
        }

        [Fact]
        public void A_demo_user_may_not_grant_roles_and_is_told_so_by_Keystone()
        {
            using var demo = new PowerShellHost();
            demo.Run("Connect-OpenStack -Cloud " + TestCloud.Demo).ThrowIfFailed();
            var r = demo.Run("Grant-OSRole -Role admin -User demo -Project demo -ErrorAction SilentlyContinue -ErrorVariable e; $e[0].CategoryInfo.Category; $e[0].Exception.Message");
            Assert.Equal("PermissionDenied", r.Output[0].ToString());
            Assert.Contains("You are not authorized to perform the requested action", r.Output[1].ToString());
            Assert.Contains("HTTP 403", r.Output[1].ToString());
            Assert.DoesNotContain("admin", Cli("role assignment list --names -f value -c Role --user demo --project demo"));
        }

        /// <summary>
        /// As demo: make one, log in with it, use it, delete it; the session made with it then fails to authenticate. The
        /// secret reaches the caller as a SecureString only: not the output's other properties, views, traces or errors.
        /// </summary>
        [Fact]
        public void An_application_credential_round_trip_keeps_its_secret_out_of_every_stream()
        {
            using var demo = new PowerShellHost();
            demo.Run("Connect-OpenStack -Cloud " + TestCloud.Demo).ThrowIfFailed();
            var vars = Vars;
            vars["auth"] = TestCloud.AuthUrl;
            var r = demo.Run(@"
                Connect-OpenStack -Cloud " + TestCloud.Demo + @"
                $c = New-OSApplicationCredential -Name ""$prefix-ac"" -Role member -ExpiresAt ([datetime]::UtcNow.AddDays(1)) -Description test -Verbose -Debug
                $c.Secret.GetType().Name; $c.Credential.UserName -eq $c.Id
                $plain = [Net.NetworkCredential]::new('', $c.Secret).Password
                $plain.Length -gt 20
                $c, (Get-OSApplicationCredential -Name ""$prefix-ac"") | Out-Default
                $c.PSObject.Properties | ForEach-Object { '{0} : {1}' -f $_.Name, $_.Value } | Out-Default
                $c.ToString(); ($c.ExtensionData.Keys -join ',')
                $s = Connect-OpenStack -AuthUrl $auth -ApplicationCredential $c.Credential -PassThru
                @(Get-OSNetwork -Session $s).Count -gt 0
                # Connect-OpenStack made that session the current one too: back to demo's password session, since an
                # application credential may not manage application credentials.
                Connect-OpenStack -Cloud " + TestCloud.Demo + @" | Out-Null
                (Get-OSApplicationCredential -Id $c.Id).Roles.Name -join ','
                New-OSApplicationCredential -Name ""$prefix-ac"" -ErrorVariable dup -ErrorAction SilentlyContinue
                $dup[0].CategoryInfo.Category
                $c | Remove-OSApplicationCredential -Force
                @(Get-OSApplicationCredential -Name ""$prefix-ac"").Count
                # A deleted credential authenticates no more: Keystone answers 404 for its id (a token it already has may outlive
                # it in Keystone's cache, so the old session is not the check).
                try { Connect-OpenStack -AuthUrl $auth -ApplicationCredential $c.Credential -PassThru -ErrorAction Stop } catch { $_.CategoryInfo.Category }
                $plain", vars);
            Assert.Null(r.Terminating);
            var o = r.Output.Select(x => x?.ToString() ?? "").ToList();
            var secret = o.Last();
            Assert.True(o.Count == 11, string.Join("|", o) + "\n" + string.Join("\n", r.Errors));
            Assert.Equal(new[] { "SecureString", "True", "True", Prefix + "-ac" }, o.Take(4));
            Assert.DoesNotContain("secret", o[4]);
            Assert.Equal(new[] { "True", "member", "ResourceExists", "0", "ObjectNotFound" }, o.Skip(5).Take(5));
            // The create answer is traced with its secret masked, and the secret is nowhere a user could see it.
            Assert.Contains(r.Debug, d => d.Contains("application_credentials") && d.Contains("\"secret\":\"***\""));
            var shown = string.Join("\n", r.Verbose.Concat(r.Debug).Concat(r.Warnings).Concat(r.Errors.Select(e => e.ToString() + e.Exception))) + r.HostText;
            Assert.DoesNotContain(secret, shown);
            Assert.Contains(Prefix + "-ac", r.HostText);
        }
    }
}
