using System.Linq;
using System.Text.Json;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Json;
using Xunit;

namespace OpenStack.Client.Tests
{
    public class CatalogTests
    {
        private static ServiceCatalog Catalog() => new ServiceCatalog(new[]
        {
            new CatalogEndpoint("compute", "nova", "s1", "e1", "public", "RegionOne", "https://nova.r1/v2.1"),
            new CatalogEndpoint("compute", "nova", "s1", "e2", "internal", "RegionOne", "http://nova.internal/v2.1"),
            new CatalogEndpoint("compute", "nova", "s1", "e3", "public", "RegionTwo", "https://nova.r2/v2.1"),
            new CatalogEndpoint("volumev3", "cinderv3", "s2", "e4", "public", "RegionOne", "https://cinder/v3/%(project_id)s"),
            new CatalogEndpoint("container-infrastructure-management", "magnum", "s3", "e5", "publicURL", "RegionOne", "https://magnum:9511/v1"),
        });

        [Fact]
        public void Picks_by_interface_and_region()
        {
            Assert.Equal("http://nova.internal/v2.1", Catalog().Find("compute", "internal", "RegionOne").Url);
            Assert.Equal("https://nova.r2/v2.1", Catalog().Find("compute", "public", "RegionTwo").Url);
            Assert.Equal("https://nova.r1/v2.1", Catalog().Find("compute", "public", null).Url);
        }

        [Theory]
        [InlineData("block-storage")]
        [InlineData("volumev3")]
        [InlineData("volume")]
        public void Block_storage_aliases(string asked) =>
            Assert.Equal("https://cinder/v3/%(project_id)s", Catalog().Find(asked, "public", "RegionOne").Url);

        [Fact]
        public void Container_infra_alias_and_v2_style_interface() =>
            Assert.Equal("https://magnum:9511/v1", Catalog().Find("container-infra", "public", null).Url);

        [Fact]
        public void Missing_service_names_type_region_and_what_exists()
        {
            var ex = Assert.Throws<ConfigurationException>(() => Catalog().Find("network", "public", "RegionOne"));
            Assert.Contains("'network'", ex.Message);
            Assert.Contains("region 'RegionOne'", ex.Message);
            Assert.Contains("compute", ex.Message);
            var wrongRegion = Assert.Throws<ConfigurationException>(() => Catalog().Find("compute", "admin", "RegionOne"));
            Assert.Contains("public@RegionOne", wrongRegion.Message);
        }

        [Theory]
        [InlineData("https://nova:8774", "compute", "https://nova:8774/v2.1/")]
        [InlineData("https://nova:8774/v2.1", "compute", "https://nova:8774/v2.1/")]
        [InlineData("https://nova:8774/v2.1/", "compute", "https://nova:8774/v2.1/")]
        [InlineData("https://cinder:8776/v3/%(project_id)s", "block-storage", "https://cinder:8776/v3/p123/")]
        [InlineData("https://cinder:8776", "volumev3", "https://cinder:8776/v3/p123/")]
        [InlineData("https://glance:9292", "image", "https://glance:9292/v2/")]
        [InlineData("https://cloud/image", "image", "https://cloud/image/v2/")]
        [InlineData("https://neutron:9696", "network", "https://neutron:9696/v2.0/")]
        [InlineData("https://neutron:9696/v2.0", "network", "https://neutron:9696/v2.0/")]
        [InlineData("https://magnum:9511/v1", "container-infra", "https://magnum:9511/v1/")]
        [InlineData("https://placement:8778", "placement", "https://placement:8778/")]
        public void Versioned_endpoints(string url, string type, string expected) =>
            Assert.Equal(expected, EndpointVersion.Versioned(url, type, "p123").ToString());

        [Fact]
        public void Root_strips_version_and_project()
        {
            Assert.Equal("https://cloud/compute/", EndpointVersion.Root(new System.Uri("https://cloud/compute/v2.1/")).ToString());
            Assert.Equal("https://cinder:8776/", EndpointVersion.Root(new System.Uri("https://cinder:8776/v3/p1/")).ToString());
            Assert.Equal("v3", EndpointVersion.MajorVersion(new System.Uri("https://cinder:8776/v3/p1/")));
        }

        [Theory]
        [InlineData("http://k:5000/v3/", "/v3/projects", "http://k:5000/v3/projects")]
        [InlineData("http://k:5000/v3/", "v3/projects?name=x", "http://k:5000/v3/projects?name=x")]
        [InlineData("http://k:5000/v3/", "/projects", "http://k:5000/v3/projects")]
        [InlineData("https://cloud/compute/v2.1/", "/v2.1/servers/detail", "https://cloud/compute/v2.1/servers/detail")]
        [InlineData("https://cloud/compute/v2.1/", "servers", "https://cloud/compute/v2.1/servers")]
        [InlineData("https://neutron:9696/v2.0/", "/v2.0/networks", "https://neutron:9696/v2.0/networks")]
        [InlineData("https://glance:9292/v2/", "/v2/images", "https://glance:9292/v2/images")]
        [InlineData("https://glance:9292/v2/", "/v2.0/images", "https://glance:9292/v2/v2.0/images")]
        [InlineData("https://cinder:8776/v3/p1/", "/v3/p1/volumes/detail", "https://cinder:8776/v3/p1/volumes/detail")]
        [InlineData("https://cinder:8776/v3/p1/", "/v3/p2/volumes", "https://cinder:8776/v3/p2/volumes")]
        [InlineData("https://cinder:8776/v3/p1/", "/volumes", "https://cinder:8776/v3/p1/volumes")]
        [InlineData("https://cinder:8776/v3/p1/", "/v3", "https://cinder:8776/v3")]
        [InlineData("https://cloud/placement/", "/resource_providers", "https://cloud/placement/resource_providers")]
        [InlineData("https://magnum:9511/v1/", "/v1/clusters", "https://magnum:9511/v1/clusters")]
        public void A_path_that_repeats_the_endpoints_version_is_not_doubled(string endpoint, string path, string expected) =>
            Assert.Equal(expected, EndpointVersion.Resolve(new System.Uri(endpoint), path).ToString());

        [Theory]
        [InlineData("http://k:5000", "http://k:5000/v3/")]
        [InlineData("http://k:5000/", "http://k:5000/v3/")]
        [InlineData("http://k:5000/v3", "http://k:5000/v3/")]
        [InlineData("http://k:5000/v3/", "http://k:5000/v3/")]
        [InlineData("https://cloud/identity/v2.0", "https://cloud/identity/v3/")]
        public void Auth_url_with_or_without_v3(string given, string expected) =>
            Assert.Equal(expected, KeystoneAuthenticator.IdentityV3(given).ToString());

        [Theory]
        [InlineData("identity/auth/responses/project-scoped-password.json")]
        [InlineData("identity/auth/responses/project-scoped-token.json")]
        [InlineData("identity/auth/responses/domain-scoped-password.json")]
        [InlineData("identity/auth/responses/system-scoped-password.json")]
        [InlineData("identity/auth/responses/unscoped-password.json")]
        public void Upstream_token_responses_parse(string sample)
        {
            var parsed = JsonSerializer.Deserialize(Samples.Read(sample), OpenStackJsonContext.Default.TokenResponse)!;
            Assert.NotNull(parsed.Token);
            Assert.True(parsed.Token!.ExpiresAt.Year >= 2015);
            Assert.NotNull(parsed.Token.User?.Id);
            var token = new AuthToken(new Secret("t"), parsed.Token);
            if (sample.Contains("project-scoped"))
            {
                Assert.NotNull(parsed.Token.Project?.Name);
                Assert.NotEmpty(token.Catalog.Endpoints);
                Assert.Equal("identity", token.Catalog.Find("identity", "public", null).ServiceType);
            }
            if (sample.Contains("system-scoped")) Assert.True(parsed.Token.System.HasValue);
            if (sample.Contains("domain-scoped")) Assert.NotNull(parsed.Token.Domain?.Name);
        }

        [Fact]
        public void Unknown_token_fields_are_kept()
        {
            var json = "{\"token\":{\"expires_at\":\"2030-01-01T00:00:00.000000Z\",\"user\":{\"id\":\"u\",\"name\":\"n\",\"password_expires_at\":null},\"is_domain\":false,\"audit_ids\":[\"a\"]}}";
            var parsed = JsonSerializer.Deserialize(json, OpenStackJsonContext.Default.TokenResponse)!;
            Assert.True(parsed.Token!.ExtensionData!.ContainsKey("audit_ids"));
            Assert.True(parsed.Token.User!.ExtensionData!.ContainsKey("password_expires_at"));
        }
    }
}
