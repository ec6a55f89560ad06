using System;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Invoke-OSApi against the local cloud's services.</summary>
    public sealed class InvokeOSApiTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();

        public InvokeOSApiTests()
        {
            TestCloud.Require();
            _ps.Run("Connect-OpenStack -Cloud testcloud-demo").ThrowIfFailed();
        }

        public void Dispose() => _ps.Dispose();

        [Fact]
        public void Get_returns_objects_for_the_pipeline()
        {
            var r = _ps.Run("(Invoke-OSApi compute flavors/detail).flavors | Where-Object disk -eq 20 | ForEach-Object name").ThrowIfFailed();
            Assert.Equal("m1.small", Assert.Single(r.Output).ToString());
        }

        [Fact]
        public void Leading_slash_and_service_alias()
        {
            var r = _ps.Run("(Invoke-OSApi volumev3 /types).volume_types.name").ThrowIfFailed();
            Assert.Contains(r.Output, o => o.ToString() == "lvmdriver-1");
        }

        [Fact]
        public void A_path_that_repeats_the_endpoints_version_is_not_doubled()
        {
            // Each endpoint ends in its version (Cinder's in /v3/{project_id}): the version in the path is the same one, not another under it.
            var r = _ps.Run(@"
                $project = (Get-OSSession).ProjectId
                $out = Invoke-OSApi identity /v3/auth/projects -Verbose 4>&1
                ($out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).projects.id -contains $project
                (Invoke-OSApi compute /v2.1/flavors).flavors.name -contains 'm1.nano'
                (Invoke-OSApi network /v2.0/networks?name=private).networks.Count
                (Invoke-OSApi image /v2/images?name=testcloud-image).images.Count
                (Invoke-OSApi volume ""/v3/$project/types"").volume_types.name -contains 'lvmdriver-1'
                (Invoke-OSApi volume /v3/types).volume_types.name -contains 'lvmdriver-1'
                (Invoke-OSApi container-infra /v1/clustertemplates).PSObject.Properties.Name -contains 'clustertemplates'
                $out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'HTTP GET *' } | ForEach-Object Message").ThrowIfFailed();
            Assert.Equal(new[] { "True", "True", "1", "1", "True", "True", "True" }, r.Output.Take(7).Select(o => o.ToString()));
            var request = Assert.Single(r.Output.Skip(7)).ToString();
            Assert.EndsWith(":5000/v3/auth/projects", request);
            Assert.DoesNotContain("/v3/v3/", request);
        }

        [Fact]
        public void Post_then_delete_a_network_with_a_hashtable_body()
        {
            var name = TestCloud.UniqueName("ps-net");
            var r = _ps.Run(@"
                $n = (Invoke-OSApi network networks -Method POST -Body @{ network = @{ name = $name; admin_state_up = $true } }).network
                $n.name
                Invoke-OSApi network ""networks/$($n.id)"" -Method DELETE
                (Invoke-OSApi network ""networks?name=$name"").networks.Count",
                new System.Collections.Generic.Dictionary<string, object?> { ["name"] = name }).ThrowIfFailed();
            Assert.Equal(new[] { name, "0" }, r.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void WhatIf_sends_nothing()
        {
            var name = TestCloud.UniqueName("ps-whatif");
            var r = _ps.Run(@"
                Invoke-OSApi network networks -Method POST -Body @{ network = @{ name = $name } } -WhatIf -Verbose
                (Invoke-OSApi network ""networks?name=$name"").networks.Count",
                new System.Collections.Generic.Dictionary<string, object?> { ["name"] = name }).ThrowIfFailed();
            Assert.Contains("What if: Performing the operation \"POST\" on target \"network networks\"", r.HostText);
            Assert.DoesNotContain(r.Verbose, v => v.StartsWith("HTTP POST", StringComparison.Ordinal));
            Assert.Equal("0", Assert.Single(r.Output).ToString());
        }

        [Fact]
        public void Not_found_is_a_non_terminating_error_with_the_service_message()
        {
            var r = _ps.Run("Invoke-OSApi compute servers/00000000-0000-0000-0000-000000000000; 'went on'");
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.NotFound", error.FullyQualifiedErrorId);
            Assert.Contains("could not be found", error.Exception.Message);
            Assert.Matches("request req-[0-9a-f-]+", error.Exception.Message);
            Assert.Equal("went on", Assert.Single(r.Output).ToString());
        }

        [Fact]
        public void Neutron_error_reaches_the_user_verbatim()
        {
            var r = _ps.Run("Invoke-OSApi network subnets -Method POST -Body '{\"subnet\": {\"network_id\": \"nope\", \"cidr\": \"10.0.0.0/33\", \"ip_version\": 4}}'");
            var error = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("HTTP 400", error.Exception.Message);
            Assert.Contains("Invalid input", error.Exception.Message);
        }

        [Fact]
        public void Raw_returns_status_headers_and_body_even_for_errors()
        {
            var r = _ps.Run("Invoke-OSApi image images/00000000-0000-0000-0000-000000000000 -Raw").ThrowIfFailed();
            dynamic raw = Assert.Single(r.Output);
            Assert.Equal(404, (int)raw.StatusCode);
            Assert.StartsWith("req-", (string)raw.RequestId);
            Assert.Contains("Not Found", (string)raw.Content);
        }

        [Fact]
        public void ApiVersion_is_sent_for_one_call()
        {
            var r = _ps.Run("Invoke-OSApi compute servers/detail -ApiVersion 2.60 -Debug | Out-Null").ThrowIfFailed();
            Assert.Contains(r.Debug, d => d.Contains("OpenStack-API-Version: compute 2.60"));
            var bad = _ps.Run("Invoke-OSApi compute servers -ApiVersion banana");
            Assert.Equal(ErrorCategory.InvalidArgument, Assert.Single(bad.Errors).CategoryInfo.Category);
        }

        [Fact]
        public void Session_negotiates_microversions_on_first_use()
        {
            var r = _ps.Run("Invoke-OSApi compute flavors | Out-Null; (Get-OSSession).Microversions['compute']").ThrowIfFailed();
            Assert.Equal("2.90", Assert.Single(r.Output).ToString());
        }
    }
}
