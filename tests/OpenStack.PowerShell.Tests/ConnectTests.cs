using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Connect-OpenStack, Get-OSSession, Get-OSEndpoint and Disconnect-OpenStack against the local Keystone.</summary>
    public sealed class ConnectTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();

        public ConnectTests() => TestCloud.Require();

        public void Dispose() => _ps.Dispose();

        private static Dictionary<string, object?> Vars(params (string, object?)[] vars) => vars.ToDictionary(v => v.Item1, v => v.Item2);

        private const string SecureDemo = "$pw = [System.Net.NetworkCredential]::new('', $password).SecurePassword; $cred = [pscredential]::new('demo', $pw)";

        [Fact]
        public void Cloud_from_clouds_yaml_then_session()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-demo -Verbose; Get-OSSession").ThrowIfFailed();
            dynamic session = Assert.Single(r.Output);
            Assert.Equal("demo", (string)session.ProjectName);
            Assert.Equal("demo", (string)session.UserName);
            Assert.Equal("testcloud-demo", (string)session.CloudName);
            Assert.Equal("RegionOne", (string)session.Region);
            Assert.Contains(r.Verbose, v => v.StartsWith("HTTP 201", StringComparison.Ordinal) && v.Contains("/v3/auth/tokens"));
            Assert.Contains(r.Verbose, v => v.StartsWith("Connected: demo@demo", StringComparison.Ordinal));
            Secrets.AssertNone(r);
        }

        [Fact]
        public void Credential_parameters_and_debug_trace_without_secrets()
        {
            var r = _ps.Run(SecureDemo + "; Connect-OpenStack -AuthUrl $url -Credential $cred -Project demo -UserDomain Default -ProjectDomain Default -PassThru -Debug",
                Vars(("password", TestCloud.Password(TestCloud.Demo)), ("url", TestCloud.AuthUrl)));
            r.ThrowIfFailed();
            dynamic session = Assert.Single(r.Output);
            Assert.Equal("demo", (string)session.ProjectName);
            Assert.Equal("parameters", (string)session.ConfigSource);
            var debug = string.Join("\n", r.Debug);
            Assert.Contains("\"password\":\"***\"", debug);
            Assert.Contains("X-Subject-Token: ***", debug);
            Secrets.AssertNone(r, "\"password\":\"" + TestCloud.Password(TestCloud.Demo) + "\"");
        }

        [Fact]
        public void Wrong_password_is_an_authentication_error()
        {
            var r = _ps.Run(SecureDemo + "; Connect-OpenStack -AuthUrl $url -Credential $cred -Project demo",
                Vars(("password", "definitely-wrong-pw"), ("url", TestCloud.AuthUrl)));
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.Unauthorized", error.FullyQualifiedErrorId);
            Assert.Contains("requires authentication", error.Exception.Message);
            Assert.Contains("HTTP 401", error.Exception.Message);
            Assert.Matches("request req-[0-9a-f-]+", error.Exception.Message);
            Assert.Equal(TestCloud.AuthUrl, error.TargetObject);
            Assert.NotNull(error.ErrorDetails?.RecommendedAction);
            Secrets.AssertNone(r, "definitely-wrong-pw");
        }

        [Fact]
        public void Application_credential_from_PSCredential_and_by_id()
        {
            var r = _ps.Run(@"
                Connect-OpenStack -Cloud testcloud-demo
                $me = (Get-OSSession).UserId
                $ac = (Invoke-OSApi identity ""users/$me/application_credentials"" -Method POST -Body @{ application_credential = @{ name = $name } }).application_credential
                $global:appCredentialSecret = $ac.secret
                try {
                    $s1 = Connect-OpenStack -AuthUrl $url -ApplicationCredential ([pscredential]::new($ac.id, [System.Net.NetworkCredential]::new('', $ac.secret).SecurePassword)) -PassThru
                    $s2 = Connect-OpenStack -AuthUrl $url -ApplicationCredentialId $ac.id -ApplicationCredentialSecret ([System.Net.NetworkCredential]::new('', $ac.secret).SecurePassword) -PassThru
                    $s1.ProjectName; $s2.ProjectName; [string]$s2.AuthType
                } finally {
                    Connect-OpenStack -Cloud testcloud-demo
                    Invoke-OSApi identity ""users/$me/application_credentials/$($ac.id)"" -Method DELETE
                }", Vars(("name", TestCloud.UniqueName("ps-appcred")), ("url", TestCloud.AuthUrl)));
            r.ThrowIfFailed();
            Assert.Equal(new[] { "demo", "demo", "ApplicationCredential" }, r.Output.Select(o => o.ToString()));
            // The secret went through the module three times (in a response, a PSCredential, a SecureString), traced at Debug.
            var secret = Assert.IsType<string>(_ps.GetVariable("appCredentialSecret"));
            Assert.True(secret.Length > 20);
            Assert.Contains(r.Debug, d => d.Contains("\"secret\": \"***\"") || d.Contains("\"secret\":\"***\""));
            Secrets.AssertNone(r, secret);
        }

        [Fact]
        public void Token_parameter_set()
        {
            var token = TestCloud.IssueDemoToken();
            var r = _ps.Run("Connect-OpenStack -AuthUrl $url -Token ([System.Net.NetworkCredential]::new('', $token).SecurePassword) -Project demo -ProjectDomain Default; (Get-OSSession).ProjectName",
                Vars(("url", TestCloud.AuthUrl), ("token", token)));
            r.ThrowIfFailed();
            Assert.Equal("demo", Assert.Single(r.Output).ToString());
            Secrets.AssertNone(r, token);
        }

        [Fact]
        public void OS_environment_variables_like_an_openrc()
        {
            var r = _ps.Run(@"
                $env:OS_AUTH_URL = $url; $env:OS_USERNAME = 'demo'; $env:OS_PASSWORD = $password; $env:OS_PROJECT_NAME = 'demo'
                $env:OS_USER_DOMAIN_NAME = 'Default'; $env:OS_PROJECT_DOMAIN_NAME = 'Default'; $env:OS_REGION_NAME = 'RegionOne'
                try { Connect-OpenStack; (Get-OSSession).ConfigSource; (Get-OSSession).ProjectName }
                finally { 'OS_AUTH_URL','OS_USERNAME','OS_PASSWORD','OS_PROJECT_NAME','OS_USER_DOMAIN_NAME','OS_PROJECT_DOMAIN_NAME','OS_REGION_NAME' |
                          ForEach-Object { [Environment]::SetEnvironmentVariable($_, $null) } }",
                Vars(("url", TestCloud.AuthUrl), ("password", TestCloud.Password(TestCloud.Demo))));
            r.ThrowIfFailed();
            Assert.Equal(new[] { "OS_* environment variables", "demo" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Unknown_cloud_lists_the_known_ones()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud no-such-cloud");
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("testcloud-admin, testcloud-demo", error.Exception.Message);
            Assert.Equal("no-such-cloud", error.TargetObject);
        }

        [Fact]
        public void Two_clouds_side_by_side_with_Session()
        {
            var r = _ps.Run(@"
                $admin = Connect-OpenStack -Cloud testcloud-admin -PassThru
                Connect-OpenStack -Cloud testcloud-demo
                (Get-OSSession).ProjectName
                (Get-OSSession -Session $admin).ProjectName
                (Invoke-OSApi identity auth/projects -Session $admin).projects.name -contains 'admin'").ThrowIfFailed();
            Assert.Equal(new[] { "demo", "admin", "True" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Endpoints_filter_by_type_alias_and_interface()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-demo; Get-OSEndpoint volumev3 -Interface public").ThrowIfFailed();
            Assert.NotEmpty(r.Output);
            Assert.All(r.Output, o => Assert.Equal("public", ((dynamic)o).Interface));
            Assert.Contains(r.Output, o => (string)((dynamic)o).ServiceType == "block-storage");
            Assert.Contains(r.Output, o => (string)((dynamic)o).ServiceType == "volumev3");
            var all = _ps.Run("Get-OSEndpoint comp*").ThrowIfFailed();
            Assert.Equal(3, all.Output.Count);
        }

        [Fact]
        public void Default_views_show_columns_not_type_names()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-demo; Get-OSEndpoint compute | Out-Default; Get-OSSession | Out-Default").ThrowIfFailed();
            Assert.Matches(@"ServiceType\s+Name\s+Interface\s+Region\s+Url", r.HostText);
            Assert.Contains("http://127.0.0.1:8774/v2.1", r.HostText);
            Assert.Matches(@"ProjectName\s+: demo", r.HostText);
            Assert.DoesNotContain("OpenStack.Client", r.HostText);
            Assert.DoesNotContain("System.Collections", r.HostText);
            Secrets.AssertNone(r);
        }

        [Fact]
        public void Disconnect_with_revoke_forgets_the_session()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-demo; Disconnect-OpenStack -Revoke -Verbose; Get-OSSession");
            Assert.Contains(r.Verbose, v => v.Contains("DELETE") && v.Contains("/v3/auth/tokens"));
            Assert.Equal("OpenStack.NotConnected,OpenStack.PowerShell.Commands.Core.GetOSSessionCommand", Assert.Single(r.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void Disconnect_WhatIf_keeps_the_session()
        {
            var r = _ps.Run("Connect-OpenStack -Cloud testcloud-demo; Disconnect-OpenStack -Revoke -WhatIf; (Get-OSSession).ProjectName").ThrowIfFailed();
            Assert.Contains("What if: Performing the operation \"Revoke token and disconnect\"", r.HostText);
            Assert.Equal("demo", Assert.Single(r.Output).ToString());
        }
    }
}
