using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Input a user can get wrong, as the demo user against the local cloud: odd names, ids that are not ids, sizes
    /// and counts out of range, a broken clouds.yaml, an auth URL that is not Keystone. Each gets a clear error before
    /// or instead of a confusing one from a service, and nothing is created or deleted by mistake.
    /// (Addresses and CIDRs: NetworkTests.Bad_addresses_and_typos_fail_before_anything_is_sent; user data over
    /// Nova's limit: ComputeTests.Unknown_flavor_and_oversized_user_data_fail_before_anything_is_created.)
    /// </summary>
    public sealed class BadInputTests : CloudScriptTest
    {
        public BadInputTests() : base("it-bad", TestCloud.Demo) { }

        protected override Dictionary<string, object?> Vars => new Dictionary<string, object?>
        {
            ["prefix"] = Prefix,
            ["odd"] = Prefix + " it's \"quoted\" — ünïcode 雲 ✓",
        };

        protected override string Cleanup => @"
                Get-OSSecurityGroup -Name ""$prefix*"" | Remove-OSSecurityGroup -Force
                Get-OSNetwork -Name ""$prefix*"" | Remove-OSNetwork -Force
                Get-OSVolume -Name ""$prefix*"" | Remove-OSVolume -Force";

        [Fact]
        public void Names_with_spaces_quotes_and_unicode_are_kept_found_and_removed()
        {
            var r = Ps.Run(@"
                $g = New-OSSecurityGroup -Name $odd -Description $odd
                $n = New-OSNetwork -Name $odd
                $v = New-OSVolume -Name $odd -Size 1 -Wait
                $g.Name -ceq $odd; $g.Description -ceq $odd; $n.Name -ceq $odd; $v.Name -ceq $odd
                # by exact name, by name where an id may go, and by wildcard
                (Get-OSSecurityGroup -Name $odd).Id -eq $g.Id
                (Get-OSNetwork -Id $odd).Id -eq $n.Id
                (Get-OSVolume -Id $odd).Id -eq $v.Id
                @(Get-OSNetwork -Name ""$prefix*"").Count
                Remove-OSSecurityGroup -Id $odd -Force
                Remove-OSNetwork -Id $odd -Force
                Remove-OSVolume -Id $odd -Force -Wait
                @(Get-OSSecurityGroup -Name ""$prefix*"").Count + @(Get-OSNetwork -Name ""$prefix*"").Count + @(Get-OSVolume -Name ""$prefix*"").Count", Vars)
                .ThrowIfFailed();
            Assert.Equal(new[] { "True", "True", "True", "True", "True", "True", "True", "1", "0" }, r.Output.Select(o => o.ToString()));
        }

        /// <summary>
        /// One error policy for every cmdlet: a blank name is an InvalidArgument error about that item, not a crash, so
        /// -ErrorAction SilentlyContinue goes on to the next line and -ErrorAction Stop stops.
        /// </summary>
        [Fact]
        public void A_blank_name_is_the_same_non_terminating_error_in_every_Get()
        {
            var nouns = new[] { "OSServer", "OSFlavor", "OSImage", "OSVolume", "OSNetwork", "OSSubnet", "OSRouter", "OSPort", "OSSecurityGroup",
                "OSFloatingIP", "OSClusterTemplate", "OSCluster" };
            var r = Ps.Run(string.Join("\n", nouns.Select(n => "Get-" + n + " -Id ' ' -ErrorAction SilentlyContinue -ErrorVariable +e; 'after " + n + "'")) + @"
                $e | ForEach-Object { '{0} {1} [{2}]' -f $_.FullyQualifiedErrorId.Split(',')[0], $_.CategoryInfo.Category, $_.TargetObject }
                try { Get-OSNetwork -Id ' ' -ErrorAction Stop; 'not stopped' } catch { 'stopped' }", Vars);
            Assert.Null(r.Terminating);
            var lines = r.Output.Select(o => o.ToString()).ToList();
            Assert.Equal(nouns.Select(n => "after " + n), lines.Take(nouns.Length));
            Assert.Equal(Enumerable.Repeat("OpenStack.InvalidArgument InvalidArgument [ ]", nouns.Length), lines.Skip(nouns.Length).Take(nouns.Length));
            Assert.Equal("stopped", lines.Last());
        }

        [Fact]
        public void A_name_that_is_no_wildcard_pattern_is_bad_input_and_brackets_match_as_written()
        {
            var r = Ps.Run(@"
                Get-OSNetwork -Name 'a[b' -ErrorAction SilentlyContinue -ErrorVariable bad
                '{0} [{1}]' -f $bad[0].CategoryInfo.Category, $bad[0].TargetObject
                $n = New-OSNetwork -Name ""$prefix-web[1]""
                (Get-OSNetwork -Name ""$prefix-web[1]"").Id -eq $n.Id
                $folder = [IO.Path]::GetTempPath()
                New-OSImage -Name ""$prefix-img"" -File $folder -ErrorAction SilentlyContinue -ErrorVariable img
                $img[0].Exception.Message -like '*is a folder*'", Vars);
            Assert.Null(r.Terminating);
            Assert.Equal(new[] { "InvalidArgument [a[b]", "True", "True" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void A_name_a_service_refuses_brings_its_own_message()
        {
            // Nova allows only letters, digits, spaces, '-', '_' and '@' in keypair names; its 400 says so.
            var r = Ps.Run(@"New-OSKeypair -Name $odd -PublicKey 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEy4uBfE1y9X8kq1nR0qgS1m0Q9w3b4m3QpL2mTt0fQa t'
                @(Get-OSKeypair | Where-Object Name -eq $odd).Count", Vars);
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("HTTP 400", error.Exception.Message);
            Assert.Contains("Keypair", error.Exception.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("request req-", error.Exception.Message);
            Assert.Equal("0", r.Output.Single().ToString());
        }

        [Theory]
        [InlineData("not-a-uuid")]
        [InlineData("..")]
        [InlineData("../..")]
        [InlineData("x?all_tenants=1")]
        [InlineData("a/b")]
        [InlineData("%2e%2e")]
        [InlineData("00000000-0000-0000-0000-000000000000")]
        public void An_id_that_names_nothing_is_not_found_and_deletes_nothing(string bad)
        {
            var vars = Vars;
            vars["bad"] = bad;
            var r = Ps.Run(@"
                $before = @(Get-OSVolume).Count, @(Get-OSNetwork).Count, @(Get-OSSecurityGroup).Count
                Get-OSServer -Id $bad -Verbose
                Get-OSImage -Id $bad -Verbose
                Remove-OSVolume -Id $bad -Force -Verbose
                Remove-OSNetwork -Id $bad -Force -Verbose
                Remove-OSSecurityGroup -Id $bad -Force -Verbose
                $after = @(Get-OSVolume).Count, @(Get-OSNetwork).Count, @(Get-OSSecurityGroup).Count
                ($after -join ',') -eq ($before -join ',')", vars);
            Assert.Equal(5, r.Errors.Count);
            Assert.All(r.Errors, e =>
            {
                Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category);
                Assert.Contains("'" + bad + "'", e.Exception.Message);
            });
            Assert.DoesNotContain(r.Verbose, v => v.StartsWith("HTTP DELETE", StringComparison.Ordinal));
            Assert.Equal("True", r.Output.Single().ToString());
        }

        [Theory]
        [InlineData("New-OSVolume -Name $prefix -Size 0", "Size")]
        [InlineData("New-OSVolume -Name $prefix -Size -5", "Size")]
        [InlineData("Resize-OSVolume -Id $prefix -Size 0", "Size")]
        [InlineData("New-OSFlavor -Name $prefix -Vcpus 0 -Ram 64 -Disk 1", "Vcpus")]
        [InlineData("New-OSFlavor -Name $prefix -Vcpus 1 -Ram -64 -Disk 1", "Ram")]
        [InlineData("New-OSServer -Name $prefix -Flavor m1.tiny -Image cirros -Count 0", "Count")]
        [InlineData("Get-OSServer -PageSize 0", "PageSize")]
        [InlineData("New-OSNetwork -Name $prefix -Mtu 10", "Mtu")]
        [InlineData("New-OSSecurityGroupRule -SecurityGroup default -Protocol tcp -PortRangeMin -1", "PortRangeMin")]
        [InlineData("New-OSCluster -Name $prefix -ClusterTemplate x -NodeCount 0", "NodeCount")]
        public void Sizes_and_counts_out_of_range_are_refused_before_anything_is_sent(string command, string parameter)
        {
            var r = Ps.Run(command + " -Verbose", Vars);
            var error = Assert.Single(r.AllErrors);
            Assert.StartsWith("ParameterArgumentValidationError", error.FullyQualifiedErrorId);
            Assert.Contains("'" + parameter + "'", error.Exception.Message);
            Assert.DoesNotContain(r.Verbose, v => v.StartsWith("HTTP ", StringComparison.Ordinal));
        }

        [Fact]
        public void A_broken_clouds_yaml_is_named_with_its_line()
        {
            var file = Path.Combine(Path.GetTempPath(), Prefix + "-clouds.yaml");
            File.WriteAllText(file, "clouds:\n  broken:\n    auth:\n      auth_url: 'http://127.0.0.1:5000/v3\n      username: demo\n");
            try
            {
                var r = Ps.RunWithEnvironment("OS_CLIENT_CONFIG_FILE", file, "Connect-OpenStack -Cloud broken");
                var error = Assert.Single(r.AllErrors);
                Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
                Assert.StartsWith(file + ":4:", error.Exception.Message);
                Assert.Contains("not valid YAML", error.Exception.Message);
            }
            finally { File.Delete(file); }
        }

        [Fact]
        public void An_auth_url_that_is_not_Keystone_says_so()
        {
            var r = Ps.Run(@"
                $cred = [pscredential]::new('demo', [System.Net.NetworkCredential]::new('', 'whatever').SecurePassword)
                foreach ($url in 'http://127.0.0.1:8774/', 'http://127.0.0.1:9696', 'http://127.0.0.1:1/v3', 'keystone.example.com:5000') {
                    Connect-OpenStack -AuthUrl $url -Credential $cred -Project demo
                }");
            Assert.Equal(4, r.Errors.Count);
            // Nova answers with its version list, Neutron with a 404: neither is Keystone, and the error says so.
            foreach (var e in r.Errors.Take(2))
            {
                Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
                Assert.Contains("not like Keystone v3", e.Exception.Message);
            }
            Assert.Equal(ErrorCategory.ResourceUnavailable, r.Errors[2].CategoryInfo.Category);
            Assert.Contains("could not be reached", r.Errors[2].Exception.Message);
            Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[3].CategoryInfo.Category);
            Assert.Contains("is not an http(s) URL", r.Errors[3].Exception.Message);
        }

        /// <summary>
        /// A service's versioned endpoint answers the token request with a 401 just like Keystone's (its auth middleware
        /// writes the same body), which read as "check the password": its WWW-Authenticate header says where Keystone is.
        /// </summary>
        [Fact]
        public void A_service_endpoint_given_as_auth_url_is_named_not_Keystone_with_where_Keystone_is()
        {
            var r = Ps.Run(@"
                $cred = [pscredential]::new('demo', [System.Net.NetworkCredential]::new('', 'whatever').SecurePassword)
                foreach ($url in 'http://127.0.0.1:8774/v2.1', 'http://127.0.0.1:8776/v3', 'http://127.0.0.1:8778') {
                    Connect-OpenStack -AuthUrl $url -Credential $cred -Project demo
                }");
            Assert.Equal(3, r.Errors.Count);
            foreach (var e in r.Errors.Take(3))
            {
                Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
                Assert.Contains("is not Keystone v3", e.Exception.Message);
                Assert.Contains("127.0.0.1:5000", e.Exception.Message);
            }
        }

        /// <summary>Keystone itself refusing the password is still an authentication error with its advice.</summary>
        [Fact]
        public void A_wrong_password_at_Keystone_is_still_an_authentication_error()
        {
            var r = Ps.Run(@"
                $cred = [pscredential]::new('demo', [System.Net.NetworkCredential]::new('', 'not-the-password').SecurePassword)
                Connect-OpenStack -AuthUrl $authUrl -Credential $cred -Project demo -UserDomain Default -ProjectDomain Default",
                new Dictionary<string, object?> { ["authUrl"] = TestCloud.AuthUrl });
            var e = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.AuthenticationError, e.CategoryInfo.Category);
            Assert.DoesNotContain("is not Keystone", e.Exception.Message);
        }
    }
}
