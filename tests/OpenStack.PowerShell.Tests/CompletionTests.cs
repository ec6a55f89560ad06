using System;
using System.Linq;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Tab completion of names from the local cloud, asked of the engine as a console asks it.</summary>
    public sealed class CompletionTests : CloudScriptTest
    {
        public CompletionTests() : base("it-tab") { }

        protected override string Cleanup => "Get-OSNetwork -Name \"$prefix*\" | Remove-OSNetwork -Force";

        private string[] Offered(string input) => Ps.Complete(input).Select(c => c.CompletionText).ToArray();

        [Fact]
        public void Flavors_images_networks_and_volume_types_complete_from_the_cloud()
        {
            Assert.Equal(new[] { "m1.small" }, Offered("New-OSServer -Name x -Flavor m1.s"));
            Assert.Contains("testcloud-image", Offered("New-OSServer -Name x -Flavor m1.nano -Image testc"));
            // As the admin, every project's networks are offered: other tests' networks starting with p may be among them.
            var networks = Offered("New-OSServer -Name x -Flavor m1.nano -Network p");
            Assert.Contains("private", networks);
            Assert.Contains("public", networks);
            var names = networks.Select(n => n.Trim('\'', '"')).ToArray();
            Assert.All(names, n => Assert.StartsWith("p", n, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase), names);
            Assert.Contains("lvmdriver-1", Offered("New-OSVolume -Name x -Size 1 -VolumeType lvm"));
            Assert.Contains("router1", Offered("Get-OSRouter -Name r"));
            Assert.Contains("private-subnet", Offered("Add-OSRouterInterface -Router router1 -Subnet priv"));
            // Wildcards in what was typed are honoured.
            Assert.Equal(new[] { "m1.large", "m1.xlarge" }, Offered("Get-OSFlavor -Name *large"));
        }

        [Fact]
        public void Names_that_need_quotes_are_quoted_and_the_cache_serves_the_next_tab()
        {
            Ps.Run("New-OSNetwork -Name \"$prefix two words\" | Out-Null", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "'" + Prefix + " two words'" }, Offered("Remove-OSNetwork -Id " + Prefix));
            // Made after the first Tab: not offered until the short-lived cache expires.
            Ps.Run("New-OSNetwork -Name \"$prefix later\" | Out-Null", Vars).ThrowIfFailed();
            Assert.Single(Offered("Get-OSNetwork -Name " + Prefix));
        }

        [Fact]
        public void Without_a_session_completion_offers_nothing_and_writes_no_error()
        {
            using var fresh = new PowerShellHost();
            Assert.Empty(fresh.Complete("New-OSServer -Name x -Flavor m1."));
            fresh.Run("Connect-OpenStack -Cloud testcloud-admin; Disconnect-OpenStack").ThrowIfFailed();
            Assert.Empty(fresh.Complete("Get-OSServer -Name x"));
            Assert.Empty(fresh.Run("$Error").Output);
        }
    }
}
