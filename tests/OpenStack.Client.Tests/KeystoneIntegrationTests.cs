using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Authentication against the local cloud's real Keystone.</summary>
    public class KeystoneIntegrationTests
    {
        [Fact]
        public async Task Password_from_clouds_yaml()
        {
            using var s = await Cloud.ConnectAsync();
            Assert.Equal("demo", s.UserName);
            Assert.Equal("demo", s.ProjectName);
            Assert.Equal("Default", s.ProjectDomainName);
            Assert.True(s.TokenExpiresAt > DateTimeOffset.UtcNow.AddMinutes(10));
            Assert.Contains("member", s.Roles);
            foreach (var type in new[] { "compute", "network", "image", "block-storage", "container-infra", "placement", "identity" })
                Assert.NotNull(s.GetEndpoint(type));
            Assert.EndsWith("/v3/" + s.ProjectId + "/", s.GetEndpoint("volumev3").ToString());
        }

        [Fact]
        public async Task Identity_resources_are_found_by_name_and_listed()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Admin);
            var client = new ResourceClient(s);
            Assert.Equal("default", (await client.FindAsync(IdentityResources.Domains, "Default")).Id);
            Assert.Equal("admin", (await client.FindAsync(IdentityResources.Users, "admin")).Name);
            Assert.Equal("member", (await client.FindAsync(IdentityResources.Roles, "member")).Name);
            Assert.Equal("RegionOne", (await client.FindAsync(IdentityResources.Regions, "RegionOne")).Id);
            Assert.Equal("compute", (await client.FindAsync(IdentityResources.Services, "nova")).Type);
            var endpoints = await client.ListAsync(IdentityResources.Endpoints, null, null).ToListAsync();
            Assert.Contains(endpoints, e => e.Interface == "public" && e.RegionId == "RegionOne");
            Assert.Empty(await client.ListAsync(IdentityResources.Groups, new Query().Add("name", "no-such-group-" + Guid.NewGuid().ToString("N")), null).ToListAsync());
        }

        [Fact]
        public async Task A_project_is_changed_with_Keystones_wrapped_PATCH()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Admin);
            var client = new ResourceClient(s);
            var name = "client-patch-" + Guid.NewGuid().ToString("N").Substring(0, 8);
            var project = await client.CreateAsync(IdentityResources.Projects, new JsonObject { ["name"] = name, ["domain_id"] = "default" });
            try
            {
                var changed = await client.UpdateAsync(IdentityResources.Projects, project.Id, new JsonObject { ["description"] = "patched" });
                Assert.Equal("patched", changed.Description);
                Assert.Equal(name, changed.Name);
                Assert.Equal("patched", (await client.FindAsync(IdentityResources.Projects, name)).Description);
            }
            finally
            {
                await client.DeleteAsync(IdentityResources.Projects, project.Id);
            }
        }

        [Fact]
        public async Task Wrong_password_is_unauthorized_with_keystones_message()
        {
            TestCloud.Require();
            var config = Cloud.Config(TestCloud.Demo);
            config.Password = new Secret("not-the-password");
            var ex = await Assert.ThrowsAsync<UnauthorizedException>(() => OpenStackSession.ConnectAsync(config, null, CancellationToken.None));
            Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
            Assert.Contains("requires authentication", ex.Message);
            Assert.StartsWith("req-", ex.RequestId);
            Assert.DoesNotContain("not-the-password", ex.ToString());
        }

        [Fact]
        public async Task Auth_url_without_v3_works()
        {
            TestCloud.Require();
            var config = Cloud.Config(TestCloud.Demo);
            config.AuthUrl = config.AuthUrl!.Replace("/v3", "");
            using var s = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None);
            Assert.Equal("demo", s.ProjectName);
        }

        [Fact]
        public async Task Token_authentication_with_project_scope()
        {
            TestCloud.Require();
            var token = TestCloud.IssueDemoToken();
            var config = new CloudConfig { AuthUrl = TestCloud.AuthUrl, AuthType = AuthType.Token, Token = new Secret(token), ProjectName = "demo", ProjectDomainName = "Default" };
            using var s = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None);
            Assert.Equal("demo", s.ProjectName);
            Assert.Equal(AuthType.Token, s.AuthType);
        }

        [Fact]
        public async Task Application_credential_created_then_used()
        {
            using var demo = await Cloud.ConnectAsync();
            var name = TestCloud.UniqueName("it-appcred");
            using var created = await demo.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, "identity", "users/" + demo.UserId + "/application_credentials",
                "{\"application_credential\":{\"name\":\"" + name + "\"}}"), CancellationToken.None);
            var ac = created!.RootElement.GetProperty("application_credential");
            var id = ac.GetProperty("id").GetString()!;
            try
            {
                var config = new CloudConfig
                {
                    AuthUrl = TestCloud.AuthUrl, AuthType = AuthType.ApplicationCredential,
                    ApplicationCredentialId = id, ApplicationCredentialSecret = new Secret(ac.GetProperty("secret").GetString()!),
                };
                using var s = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None);
                Assert.Equal("demo", s.ProjectName);
                Assert.Equal(AuthType.ApplicationCredential, s.AuthType);

                // By name + user, too.
                var byName = new CloudConfig
                {
                    AuthUrl = TestCloud.AuthUrl, AuthType = AuthType.ApplicationCredential, ApplicationCredentialName = name,
                    Username = "demo", UserDomainName = "Default", ApplicationCredentialSecret = config.ApplicationCredentialSecret,
                };
                using var s2 = await OpenStackSession.ConnectAsync(byName, null, CancellationToken.None);
                Assert.Equal("demo", s2.ProjectName);
            }
            finally
            {
                using var _ = await demo.SendAsync(new ServiceRequest(HttpMethod.Delete, "identity", "users/" + demo.UserId + "/application_credentials/" + id), CancellationToken.None);
            }
        }

        [Fact]
        public async Task Revoked_token_is_replaced_by_one_reauthentication()
        {
            using var s = await Cloud.ConnectAsync();
            Assert.Equal(1, s.AuthenticationCount);
            await s.RevokeAsync(CancellationToken.None);
            using var doc = await s.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, "compute", "flavors"), CancellationToken.None);
            Assert.True(doc!.RootElement.GetProperty("flavors").GetArrayLength() >= 6);
            Assert.Equal(2, s.AuthenticationCount);
        }

        [Fact]
        public async Task Missing_service_in_region_is_a_clear_error()
        {
            TestCloud.Require();
            var config = Cloud.Config(TestCloud.Demo);
            config.RegionName = "NoSuchRegion";
            using var s = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None);
            var ex = Assert.Throws<ConfigurationException>(() => s.GetEndpoint("compute"));
            Assert.Contains("'compute'", ex.Message);
            Assert.Contains("region 'NoSuchRegion'", ex.Message);
            Assert.Contains("public@RegionOne", ex.Message);
        }
    }
}
