using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// What a user meets at the edges: a password inside the auth URL, a revoked token, an EC2 secret inside JSON text,
    /// an answer cut short, a POST whose connection broke. Against the local cloud, through <see cref="FaultProxy"/>
    /// where the fault is one the cloud cannot make on demand.
    /// </summary>
    public sealed class WeakSpotTests : IDisposable
    {
        private const int Nova = 8774;
        private readonly PowerShellHost _ps = new PowerShellHost();
        private readonly FaultProxy _proxy;
        private readonly string _prefix = TestCloud.UniqueName("weak");

        public WeakSpotTests()
        {
            TestCloud.Require();
            _proxy = FaultProxy.StartAsync(new Uri(TestCloud.AuthUrl)).GetAwaiter().GetResult();
        }

        public void Dispose()
        {
            _proxy.ClearRules();
            _ps.Run("Connect-OpenStack -Cloud testcloud-demo; Get-OSKeypair | Where-Object Name -eq $prefix | Remove-OSKeypair -Force",
                new Dictionary<string, object?> { ["prefix"] = _prefix });
            _ps.Dispose();
            _proxy.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        private Dictionary<string, object?> Vars(string? authUrl = null) => new Dictionary<string, object?>
        {
            ["url"] = authUrl ?? _proxy.Rewrite(TestCloud.AuthUrl),
            ["cred"] = new PSCredential("demo", new NetworkCredential("", TestCloud.Password(TestCloud.Demo)).SecurePassword),
            ["prefix"] = _prefix,
        };

        private const string Connect =
            "Connect-OpenStack -AuthUrl $url -Credential $cred -Project demo -UserDomain Default -ProjectDomain Default -Region RegionOne -ErrorAction Stop\n";

        [Fact]
        public void A_password_in_the_auth_url_is_never_shown()
        {
            const string pw = "Us3rInf0-pAsS";
            var url = TestCloud.AuthUrl.Replace("http://", "http://demo:" + pw + "@");
            var r = _ps.Run("$s = Connect-OpenStack -AuthUrl $url -Credential $cred -Project demo -UserDomain Default -ProjectDomain Default -PassThru -Verbose -Debug\n" +
                            "$s.AuthUrl.ToString(); $s.ToString(); Get-OSFlavor -Verbose | Out-Null", Vars(url)).ThrowIfFailed();
            Secrets.AssertNone(r, pw);
            Assert.Contains(r.Output, o => o.ToString().StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
            // Nor when the connection fails, in the error, its target or its exception.
            var failed = _ps.Run("Connect-OpenStack -AuthUrl $url -Credential $cred -Project demo -TimeoutSec 5 -Verbose",
                Vars("http://demo:" + pw + "@127.0.0.1:9/v3"));
            Assert.Single(failed.AllErrors);
            Secrets.AssertNone(failed, pw);
        }

        [Fact]
        public void A_revoked_token_is_an_authentication_error_with_advice()
        {
            var token = TestCloud.IssueDemoToken();
            using (var http = new HttpClient())
            using (var revoke = new HttpRequestMessage(HttpMethod.Delete, TestCloud.AuthUrl.TrimEnd('/') + "/auth/tokens"))
            {
                revoke.Headers.Add("X-Auth-Token", token);
                revoke.Headers.Add("X-Subject-Token", token);
                Assert.Equal(HttpStatusCode.NoContent, http.Send(revoke).StatusCode);
            }
            var r = _ps.Run("Connect-OpenStack -AuthUrl $url -Token ([System.Net.NetworkCredential]::new('', $token).SecurePassword) -Project demo -ProjectDomain Default",
                new Dictionary<string, object?> { ["url"] = TestCloud.AuthUrl, ["token"] = token });
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.Unauthorized", error.FullyQualifiedErrorId);
            Assert.Contains("expired or was revoked", error.Exception.Message);
            Assert.Contains("new token", error.ErrorDetails?.RecommendedAction);
        }

        [Fact]
        public void Debug_masks_an_EC2_secret_inside_the_credential_blob()
        {
            // Without user_id Keystone refuses the credential (403: no owner to check), so nothing is made; the request is traced all the same.
            var secret = "ec2-" + Guid.NewGuid().ToString("N");
            var r = _ps.Run(@"
                Connect-OpenStack -Cloud testcloud-demo
                $blob = '{""access"": ""' + $prefix + '"", ""secret"": ""' + $secret + '""}'
                Invoke-OSApi identity credentials -Method POST -Debug -Body @{ credential = @{ type = 'ec2'; blob = $blob } }",
                new Dictionary<string, object?> { ["prefix"] = _prefix, ["secret"] = secret });
            Assert.Equal(ErrorCategory.PermissionDenied, Assert.Single(r.AllErrors).CategoryInfo.Category);
            Assert.Contains(r.Debug, d => d.StartsWith("HTTP request POST", StringComparison.Ordinal) && d.Contains("/credentials") && d.Contains(_prefix));
            Assert.DoesNotContain(secret, string.Join("\n", r.Debug));
            Secrets.AssertNone(r, secret);
        }

        [Fact]
        public void A_download_that_stalls_mid_body_is_an_OperationTimeout_at_the_stall_limit()
        {
            const int Glance = 9292;
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Glance, PathPattern = "/file$", Kind = FaultKind.StallBody, Delay = TimeSpan.FromSeconds(90) });
            var dir = System.IO.Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), _prefix)).FullName;
            try
            {
                var vars = Vars();
                vars["target"] = System.IO.Path.Combine(dir, "stalled.img");
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var r = _ps.Run(Connect.Replace("-ErrorAction Stop", "-TimeoutSec 3 -ErrorAction Stop") + "Save-OSImage testcloud-image $target", vars);
                var error = Assert.Single(r.AllErrors);
                Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
                Assert.Contains("3 s", error.Exception.Message);
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the stalled download ended after " + watch.Elapsed);
                Assert.Single(_proxy.Log, q => q.Fault == FaultKind.StallBody);
                Assert.Empty(System.IO.Directory.GetFileSystemEntries(dir));
            }
            finally { System.IO.Directory.Delete(dir, true); }
        }

        [Fact]
        public void A_clouds_yaml_secret_that_is_not_valid_yaml_never_shows()
        {
            var secret = "Xk9" + Guid.NewGuid().ToString("N");
            var dir = System.IO.Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), _prefix + "-yaml")).FullName;
            try
            {
                var path = System.IO.Path.Combine(dir, "clouds.yaml");
                System.IO.File.WriteAllText(path, "clouds:\n  leak:\n    auth:\n      auth_url: " + TestCloud.AuthUrl + "\n      username: demo\n      password: *" + secret + "\n");
                var r = _ps.RunWithEnvironment("OS_CLIENT_CONFIG_FILE", path, "Connect-OpenStack -Cloud leak -Verbose -Debug");
                var error = Assert.Single(r.AllErrors);
                Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
                Assert.Contains(path + ":6:", error.Exception.Message);
                Assert.Contains("'password'", error.Exception.Message);
                Secrets.AssertNone(r, secret);
            }
            finally { System.IO.Directory.Delete(dir, true); }
        }

        [Fact]
        public void An_answer_cut_short_is_an_InvalidResult_error_with_status_and_request_id()
        {
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Nova, PathPattern = "/flavors", Kind = FaultKind.TruncateBody });
            var r = _ps.Run(Connect + "Get-OSFlavor", Vars());
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
            Assert.Contains("HTTP 200", error.Exception.Message);
            Assert.Matches("request req-[0-9a-f-]+", error.Exception.Message);
            Assert.Contains("compute", error.Exception.Message);
        }

        [Fact]
        public void A_POST_that_may_have_taken_effect_advises_checking_not_retrying()
        {
            _proxy.Add(new FaultRule { Method = "POST", UpstreamPort = Nova, PathPattern = "/os-keypairs", Kind = FaultKind.ResetAfterForward });
            var r = _ps.Run(Connect + "New-OSKeypair -Name $prefix -PublicKey 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEy4uBfE1y9X8kq1nR0qgS1m0Q9w3b4m3QpL2mTt0fQa test'", Vars());
            var error = Assert.Single(r.AllErrors);
            var advice = error.ErrorDetails?.RecommendedAction ?? "";
            Assert.Contains("check", error.Exception.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("check whether", advice, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("try again later", advice, StringComparison.OrdinalIgnoreCase);
            // The advice is sound: the keypair is there, made by the one POST that went out.
            Assert.Single(_proxy.Log, q => q.Method == "POST" && q.UpstreamPort == Nova);
            Assert.Single(_ps.Run("Get-OSKeypair | Where-Object Name -eq $prefix", Vars()).ThrowIfFailed().Output);
        }
    }
}
