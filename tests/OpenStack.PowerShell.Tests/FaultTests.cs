using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// The cmdlets against the real local cloud through <see cref="FaultProxy"/>: gateway errors, rate limits, broken
    /// connections, slow replies and a Keystone that is down. What the cloud holds afterwards is counted through its API.
    /// </summary>
    public sealed class FaultTests : IDisposable
    {
        private const int Keystone = 5000, Nova = 8774, Neutron = 9696, Glance = 9292;
        private readonly FaultProxy _proxy;
        private readonly PowerShellHost _ps;
        private readonly string _prefix = TestCloud.UniqueName("fault");

        public FaultTests()
        {
            TestCloud.Require();
            _proxy = FaultProxy.StartAsync(new Uri(TestCloud.AuthUrl)).GetAwaiter().GetResult();
            _ps = new PowerShellHost();
        }

        private Dictionary<string, object?> Vars(int timeoutSec = 30) => new Dictionary<string, object?>
        {
            ["authUrl"] = _proxy.Rewrite(TestCloud.AuthUrl),
            ["cred"] = new PSCredential("demo", new NetworkCredential("", TestCloud.Password(TestCloud.Demo)).SecurePassword),
            ["timeout"] = timeoutSec,
            ["prefix"] = _prefix,
        };

        private const string Connect =
            "Connect-OpenStack -AuthUrl $authUrl -Credential $cred -Project demo -UserDomain Default -ProjectDomain Default -Region RegionOne -TimeoutSec $timeout -ErrorAction Stop\n";

        private ScriptResult Run(string script, int timeoutSec = 30) => _ps.Run(Connect + script, Vars(timeoutSec));

        private int Faulted(int port) => _proxy.Log.Count(r => r.UpstreamPort == port && r.Fault != null);

        [Theory]
        [InlineData(503)]
        [InlineData(502)]
        [InlineData(504)]
        public void A_list_rides_out_gateway_errors_and_shows_the_retries_in_Verbose(int status)
        {
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Nova, PathPattern = "/flavors", Kind = FaultKind.Status, Status = status, Times = 2 });
            var r = Run("Get-OSFlavor -Verbose").ThrowIfFailed();
            Assert.NotEmpty(r.Output);
            Assert.Equal(2, Faulted(Nova));
            Assert.Equal(2, r.Verbose.Count(v => v.Contains("Retrying GET") && v.Contains("HTTP " + status)));
        }

        [Theory]
        [InlineData("seconds")]
        [InlineData("date")]
        public void Rate_limited_calls_wait_as_Retry_After_says(string form)
        {
            var retryAfter = form == "seconds" ? "2" : DateTimeOffset.UtcNow.AddSeconds(3).ToString("r", CultureInfo.InvariantCulture);
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Nova, PathPattern = "/flavors", Kind = FaultKind.Status, Status = 429, RetryAfter = retryAfter });
            var r = Run("Get-OSFlavor -Verbose").ThrowIfFailed();
            Assert.NotEmpty(r.Output);
            var retry = Assert.Single(r.Verbose, v => v.Contains("Retrying GET") && v.Contains("HTTP 429"));
            // The wait is what the service asked for (an HTTP date is counted from now, so it is a little less).
            var waited = double.Parse(System.Text.RegularExpressions.Regex.Match(retry, @"waiting ([0-9.]+) s").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(waited, form == "seconds" ? 2.0 : 1.0, 3.0);
        }

        [Fact]
        public void A_rate_limit_beyond_the_retries_is_a_LimitsExceeded_error()
        {
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Nova, PathPattern = "/flavors", Kind = FaultKind.Status, Status = 429, RetryAfter = "0", Times = 100 });
            var r = Run("Get-OSFlavor");
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
            Assert.Equal(4, Faulted(Nova)); // the call and 3 retries, then it stops
        }

        [Fact]
        public void A_POST_whose_connection_breaks_after_the_service_got_it_is_not_sent_again()
        {
            _proxy.Add(new FaultRule { Method = "POST", UpstreamPort = Neutron, PathPattern = "^/v2.0/security-groups", Kind = FaultKind.ResetAfterForward });
            var r = Run("New-OSSecurityGroup -Name $prefix");
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Contains("not sent again", error.Exception.Message);
            // Neutron made exactly one group: the cmdlet did not repeat the POST.
            Assert.Single(_proxy.Log, q => q.Method == "POST" && q.UpstreamPort == Neutron);
            Assert.Equal(1, CountGroups());
        }

        [Fact]
        public void A_POST_whose_connection_breaks_before_it_was_sent_on_creates_nothing()
        {
            _proxy.Add(new FaultRule { Method = "POST", UpstreamPort = Nova, PathPattern = "/os-keypairs", Kind = FaultKind.ResetBeforeForward });
            var r = Run("New-OSKeypair -Name $prefix -PublicKey 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEy4uBfE1y9X8kq1nR0qgS1m0Q9w3b4m3QpL2mTt0fQa test'");
            Assert.Equal(ErrorCategory.ResourceUnavailable, Assert.Single(r.AllErrors).CategoryInfo.Category);
            Assert.Single(_proxy.Log, q => q.Method == "POST" && q.UpstreamPort == Nova);
            Assert.Empty(Run("Get-OSKeypair | Where-Object Name -eq $prefix").ThrowIfFailed().Output);
        }

        [Fact]
        public void GET_and_DELETE_are_retried_after_a_broken_connection_and_the_delete_counts_once()
        {
            Run("New-OSSecurityGroup -Name $prefix | Out-Null").ThrowIfFailed();
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Neutron, PathPattern = "^/v2.0/security-groups", Kind = FaultKind.ResetBeforeForward });
            // The DELETE reaches Neutron, which deletes the group; the answer is lost; the retry finds it gone.
            _proxy.Add(new FaultRule { Method = "DELETE", UpstreamPort = Neutron, PathPattern = "^/v2.0/security-groups/", Kind = FaultKind.ResetAfterForward });
            var r = Run("Remove-OSSecurityGroup -Id $prefix -Force -Verbose");
            Assert.Empty(r.AllErrors);
            Assert.Equal(2, _proxy.Log.Count(q => q.Method == "DELETE" && q.UpstreamPort == Neutron));
            Assert.Contains(r.Verbose, v => v.Contains("Retrying DELETE"));
            Assert.Equal(0, CountGroups());
        }

        [Fact]
        public void A_reply_slower_than_the_session_timeout_is_an_OperationTimeout_error_not_a_hang()
        {
            _proxy.Add(new FaultRule { Method = "GET", UpstreamPort = Nova, PathPattern = "/flavors", Kind = FaultKind.Delay, Delay = TimeSpan.FromSeconds(30), Times = 10 });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var r = Run("Get-OSFlavor", timeoutSec: 2);
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
            Assert.Contains("2 s", error.Exception.Message);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(25), "the call hung for " + watch.Elapsed);
            // The session goes on working once the service answers again.
            _proxy.ClearRules();
            Assert.NotEmpty(_ps.Run("Get-OSFlavor").ThrowIfFailed().Output);
        }

        [Fact]
        public async System.Threading.Tasks.Task Keystone_down_at_connect_is_a_clear_error_and_the_next_try_works()
        {
            await _proxy.TakeDownAsync(Keystone);
            var r = _ps.Run(Connect, Vars());
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Contains("could not be reached", error.Exception.Message);
            Assert.Contains(new Uri(_proxy.Rewrite(TestCloud.AuthUrl)).GetLeftPart(UriPartial.Authority), error.Exception.Message);

            await _proxy.BringUpAsync(Keystone);
            Assert.NotEmpty(Run("Get-OSFlavor").ThrowIfFailed().Output);
        }

        [Fact]
        public void A_service_the_catalog_lacks_is_named_with_the_region()
        {
            // The local cloud runs no DNS service (Designate).
            var r = Run("Invoke-OSApi dns /");
            var error = Assert.Single(r.AllErrors);
            Assert.Contains("'dns'", error.Exception.Message);
            Assert.Contains("RegionOne", error.Exception.Message);
        }

        [Fact]
        public void A_token_revoked_in_the_middle_of_a_2002_item_listing_costs_one_sign_in_and_no_item()
        {
            var expected = PagingFixture.EnsureRules(2000);
            try { RevokedInTheMiddle(expected); }
            finally { PagingFixture.Remove(); }
        }

        private void RevokedInTheMiddle(int expected)
        {
            var revoked = 0;
            // Six pages in, the token is revoked at Keystone and the page is refused with 401, as a service does once
            // its token cache notices (services cache token validations for minutes, so the proxy says it at once).
            _proxy.Add(new FaultRule
            {
                Method = "GET", UpstreamPort = Neutron, PathPattern = "^/v2.0/security-group-rules", Skip = 5, Kind = FaultKind.Status, Status = 401,
                Before = async token => { await PagingFixture.RevokeAsync(token); revoked++; },
            });
            var r = Run(@"
                $ids = [System.Collections.Generic.List[string]]::new()
                Get-OSSecurityGroupRule -SecurityGroup paging-fixture -PageSize 100 | ForEach-Object { $ids.Add($_.Id) }
                $ids.Count
                [System.Linq.Enumerable]::Count([System.Linq.Enumerable]::Distinct($ids))
                (Get-OSSession).AuthenticationCount").ThrowIfFailed();
            var numbers = r.Output.Select(o => Convert.ToInt32(o.BaseObject, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(expected, numbers[0]);
            Assert.Equal(expected, numbers[1]);
            Assert.Equal(2, numbers[2]);
            Assert.Equal(1, revoked);
            var pages = _proxy.Log.Where(q => q.UpstreamPort == Neutron && q.Method == "GET" && q.PathAndQuery.StartsWith("/v2.0/security-group-rules", StringComparison.Ordinal)).ToList();
            Assert.True(pages.Count >= expected / 100 + 1, pages.Count + " pages");
            // The refused page was asked again with the new token, not skipped.
            var refused = pages.Single(p => p.Fault != null);
            Assert.Equal(2, pages.Count(p => p.PathAndQuery == refused.PathAndQuery));
        }

        private int CountGroups() =>
            _ps.Run("@(Get-OSSecurityGroup -Name $prefix).Count", Vars()).ThrowIfFailed().Output.Select(o => (int)o.BaseObject).Single();

        public void Dispose()
        {
            _proxy.ClearRules();
            _ps.Run("Get-OSSecurityGroup -Name $prefix | Remove-OSSecurityGroup -Force; Get-OSKeypair | Where-Object Name -eq $prefix | Remove-OSKeypair -Force", Vars());
            _ps.Dispose();
            _proxy.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        /// <summary>An upload that fails leaves no image record behind in "queued": the record this call made is deleted.</summary>
        [Fact]
        public void A_failed_upload_leaves_no_queued_image()
        {
            var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), _prefix + ".img");
            System.IO.File.WriteAllBytes(file, new byte[256 * 1024]);
            try
            {
                _proxy.Add(new FaultRule { Method = "PUT", UpstreamPort = Glance, PathPattern = "/images/.*/file", Kind = FaultKind.Status, Status = 500 });
                var vars = Vars();
                vars["file"] = file;
                var r = _ps.Run(Connect + @"
                    New-OSImage -Name ""$prefix-up"" -File $file -DiskFormat raw -ErrorAction SilentlyContinue -ErrorVariable failed -Verbose
                    $failed[0].CategoryInfo.Category
                    @(Get-OSImage -Name ""$prefix-up"").Count", vars);
                Assert.Equal(new[] { "ResourceUnavailable", "0" }, r.Output.Select(o => o.ToString()));
                Assert.Contains(r.Verbose, v => v.Contains("was deleted"));
            }
            finally
            {
                System.IO.File.Delete(file);
                _ps.Run(Connect + @"Get-OSImage -Name ""$prefix-up"" | Remove-OSImage -Force", Vars());
            }
        }
    }
}
