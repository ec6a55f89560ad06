using OpenStack.Client.Core;
using Xunit;

namespace OpenStack.Client.Tests
{
    public class MicroversionTests
    {
        [Fact]
        public void Parse_and_compare()
        {
            Assert.True(Microversion.Parse("2.79") > Microversion.Parse("2.8"));
            Assert.True(Microversion.Parse("3.0") > Microversion.Parse("2.93"));
            Assert.False(Microversion.TryParse("2", out _));
            Assert.False(Microversion.TryParse("latest", out _));
            Assert.Equal("2.79", Microversion.Parse("v2.79").ToString());
        }

        [Fact]
        public void Default_is_newest_both_sides_understand()
        {
            Assert.Equal("2.90", Microversion.Negotiate("compute", null, Microversion.Parse("2.1"), Microversion.Parse("2.93")).ToString());
            Assert.Equal("2.60", Microversion.Negotiate("compute", null, Microversion.Parse("2.1"), Microversion.Parse("2.60")).ToString());
            Assert.Equal("3.70", Microversion.Negotiate("volumev3", "latest", Microversion.Parse("3.0"), Microversion.Parse("3.71")).ToString());
        }

        [Fact]
        public void Pinned_must_be_in_the_server_range()
        {
            Assert.Equal("2.50", Microversion.Negotiate("compute", "2.50", Microversion.Parse("2.1"), Microversion.Parse("2.93")).ToString());
            var ex = Assert.Throws<ConfigurationException>(() => Microversion.Negotiate("compute", "2.95", Microversion.Parse("2.1"), Microversion.Parse("2.93")));
            Assert.Contains("2.1 to 2.93", ex.Message);
        }

        [Fact]
        public void Major_only_pin_means_negotiate() =>
            Assert.Equal("2.90", Microversion.Negotiate("compute", "2", Microversion.Parse("2.1"), Microversion.Parse("2.93")).ToString());

        [Fact]
        public void Server_too_new_for_the_client()
        {
            var ex = Assert.Throws<ConfigurationException>(() => Microversion.Negotiate("compute", null, Microversion.Parse("2.95"), Microversion.Parse("2.99")));
            Assert.Contains("needs API version 2.95", ex.Message);
        }

        [Fact]
        public void No_microversions_on_the_server_means_none_sent() =>
            Assert.Null(Microversion.Negotiate("compute", null, null, null));

        [Theory]
        [InlineData("versions/compute-v21.json", "v2.1", "2.1", "2.104")]
        [InlineData("versions/compute-versions.json", "v2.1", "2.1", "2.104")]
        [InlineData("versions/cinder-versions.json", "v3", "3.0", "3.71")]
        [InlineData("versions/magnum-versions.json", "v1", "1.1", "1.4")]
        public void Upstream_version_documents(string sample, string major, string min, string max)
        {
            var range = VersionDiscovery.Parse(Samples.Read(sample), major)!;
            Assert.Equal(min, range.Min.ToString());
            Assert.Equal(max, range.Max.ToString());
        }

        [Fact]
        public void Services_without_microversions_give_no_range()
        {
            var glance = VersionDiscovery.Parse(Samples.Read("versions/glance-versions.json"), "v2");
            Assert.Null(glance?.Max);
        }
    }
}
