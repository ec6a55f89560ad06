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
