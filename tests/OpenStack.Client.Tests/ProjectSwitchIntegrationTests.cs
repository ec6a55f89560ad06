using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Re-scoping a session to another project of the same user, against the local cloud's Keystone (admin has roles on admin and demo).</summary>
    public class ProjectSwitchIntegrationTests
    {
        [Fact]
        public void A_switch_sends_the_token_method_and_a_scope_by_id_and_no_password()
        {
            var body = JsonDocument.Parse(Encoding.UTF8.GetString(AuthRequestWriter.WriteRescope(new Secret("tok"), "p1"))).RootElement.GetProperty("auth");
            Assert.Equal("token", body.GetProperty("identity").GetProperty("methods")[0].GetString());
            Assert.Equal("tok", body.GetProperty("identity").GetProperty("token").GetProperty("id").GetString());
            Assert.Equal("p1", body.GetProperty("scope").GetProperty("project").GetProperty("id").GetString());
            Assert.DoesNotContain("password", body.ToString());
        }

        [Fact]
        public void After_a_switch_the_password_goes_with_the_new_project_scope()
        {
            var config = new CloudConfig { AuthUrl = "http://k:5000", Username = "u", UserDomainName = "Default", Password = new Secret("pw"), ProjectName = "admin", ProjectDomainName = "Default" };
            config.Validate();
            var scope = JsonDocument.Parse(Encoding.UTF8.GetString(AuthRequestWriter.Write(config, "p2"))).RootElement.GetProperty("auth").GetProperty("scope");
            Assert.Equal("p2", scope.GetProperty("project").GetProperty("id").GetString());
            Assert.False(scope.GetProperty("project").TryGetProperty("name", out _));
        }

        [Fact]
        public async Task Switching_moves_token_catalog_and_reauthentication_to_the_new_project()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Admin);
            var adminId = s.ProjectId!;
            var demoId = (await new Resources.ResourceClient(s).FindAsync(IdentityResources.Projects, "demo")).Id;
            await s.SwitchProjectAsync(demoId, CancellationToken.None);
            Assert.Equal("demo", s.ProjectName);
            Assert.Equal("admin", s.UserName);
            Assert.Contains("/" + demoId + "/", s.GetEndpoint("volumev3").ToString());
            // The token is rejected (revoked): the session authenticates again with its password, in demo, not admin.
            await s.RevokeAsync(CancellationToken.None);
            var count = s.AuthenticationCount;
            using (await s.SendAsync(new ServiceRequest(HttpMethod.Get, "volumev3", "volumes"), CancellationToken.None)) { }
            Assert.True(s.AuthenticationCount > count);
            Assert.Equal(demoId, s.ProjectId);
            await s.SwitchProjectAsync(adminId, CancellationToken.None);
            Assert.Equal("admin", s.ProjectName);
        }

        [Fact]
        public async Task Requests_during_switches_never_pair_one_projects_url_with_the_others_token()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Admin);
            var adminId = s.ProjectId!;
            var demoId = (await new Resources.ResourceClient(s).FindAsync(IdentityResources.Projects, "demo")).Id;
            var failures = new ConcurrentBag<string>();
            using var stop = new CancellationTokenSource();
            // Cinder's URL holds the project id; with another project's token it answers 400/403 (malformed URL).
            var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try { using (await s.SendAsync(new ServiceRequest(HttpMethod.Get, "volumev3", "volumes"), CancellationToken.None)) { } }
                    catch (OpenStackException ex) { failures.Add(ex.Message); }
                }
            })).ToList();
            for (var i = 0; i < 6; i++)
            {
                await s.SwitchProjectAsync(i % 2 == 0 ? demoId : adminId, CancellationToken.None);
                await Task.Delay(150);
            }
            stop.Cancel();
            await Task.WhenAll(readers);
            Assert.Empty(failures);
            Assert.Equal(adminId, s.ProjectId);
            Assert.Contains("/" + adminId + "/", s.GetEndpoint("volumev3").ToString());
        }

        [Fact]
        public async Task A_project_without_a_role_is_forbidden_with_keystones_message_and_nothing_changes()
        {
            using var s = await Cloud.ConnectAsync(TestCloud.Demo);
            var before = s.ProjectId;
            // The admin project: demo has no role there.
            var adminId = await AdminProjectIdAsync();
            var ex = await Assert.ThrowsAsync<ForbiddenException>(() => s.SwitchProjectAsync(adminId, CancellationToken.None));
            Assert.StartsWith("req-", ex.RequestId);
            Assert.Contains("requires authentication", ex.Message);
            Assert.Equal(before, s.ProjectId);
        }

        private static async Task<string> AdminProjectIdAsync()
        {
            using var admin = await Cloud.ConnectAsync(TestCloud.Admin);
            return admin.ProjectId!;
        }
    }
}
