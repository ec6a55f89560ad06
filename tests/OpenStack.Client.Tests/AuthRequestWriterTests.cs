using System.Text;
using System.Text.Json;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Our auth bodies have the same shape as Keystone's own request samples.</summary>
    public class AuthRequestWriterTests
    {
        private static JsonElement Written(CloudConfig c)
        {
            c.AuthUrl ??= "http://k:5000";
            c.Validate();
            return JsonDocument.Parse(Encoding.UTF8.GetString(AuthRequestWriter.Write(c))).RootElement;
        }

        private static JsonElement Sample(string name) => JsonDocument.Parse(Samples.Read("identity/auth/requests/" + name)).RootElement;

        private static void SameShape(JsonElement expected, JsonElement actual, string path = "$")
        {
            Assert.True(expected.ValueKind == actual.ValueKind, path + ": " + expected.ValueKind + " vs " + actual.ValueKind);
            if (expected.ValueKind != JsonValueKind.Object) return;
            foreach (var p in expected.EnumerateObject())
            {
                Assert.True(actual.TryGetProperty(p.Name, out var a), path + "." + p.Name + " missing in " + actual);
                SameShape(p.Value, a, path + "." + p.Name);
            }
        }

        [Fact]
        public void Password_with_project_name() =>
            SameShape(Sample("project-name-password.json"), Written(new CloudConfig
            {
                UserId = "ee4dfb6e5540447cb3741905149d9b6e", Password = new Secret("devstacker"), ProjectName = "admin", ProjectDomainId = "default",
            }));

        [Fact]
        public void Password_with_user_name_names_its_domain()
        {
            var user = Written(new CloudConfig { Username = "admin", UserDomainName = "Default", Password = new Secret("p"), ProjectName = "x" })
                .GetProperty("auth").GetProperty("identity").GetProperty("password").GetProperty("user");
            Assert.Equal("admin", user.GetProperty("name").GetString());
            Assert.Equal("Default", user.GetProperty("domain").GetProperty("name").GetString());
        }

        [Fact]
        public void Password_with_project_id()
        {
            var w = Written(new CloudConfig { UserId = "u1", Password = new Secret("p"), ProjectId = "p1" });
            SameShape(Sample("project-id-password.json"), w);
            Assert.Equal("p1", w.GetProperty("auth").GetProperty("scope").GetProperty("project").GetProperty("id").GetString());
        }

        [Fact]
        public void Password_with_domain_scope() =>
            SameShape(Sample("domain-name-password.json"), Written(new CloudConfig { UserId = "u", Password = new Secret("p"), DomainName = "Default" }));

        [Fact]
        public void Password_with_system_scope() =>
            SameShape(Sample("system-password.json"), Written(new CloudConfig { UserId = "u", Password = new Secret("p"), SystemScope = true }));

        [Fact]
        public void Token_with_project() =>
            SameShape(Sample("project-id-token.json"), Written(new CloudConfig { Token = new Secret("tok"), ProjectId = "p1", AuthType = AuthType.Token }));

        [Fact]
        public void Application_credential_by_id_has_no_scope()
        {
            var w = Written(new CloudConfig { ApplicationCredentialId = "ac", ApplicationCredentialSecret = new Secret("s"), ProjectName = "ignored" });
            var identity = w.GetProperty("auth").GetProperty("identity");
            Assert.Equal("application_credential", identity.GetProperty("methods")[0].GetString());
            Assert.Equal("ac", identity.GetProperty("application_credential").GetProperty("id").GetString());
            Assert.False(w.GetProperty("auth").TryGetProperty("scope", out _));
        }

        [Fact]
        public void Application_credential_by_name_names_the_user()
        {
            var w = Written(new CloudConfig
            {
                ApplicationCredentialName = "monitoring", Username = "alice", UserDomainId = "default", ApplicationCredentialSecret = new Secret("s"),
            });
            var ac = w.GetProperty("auth").GetProperty("identity").GetProperty("application_credential");
            Assert.Equal("monitoring", ac.GetProperty("name").GetString());
            Assert.Equal("alice", ac.GetProperty("user").GetProperty("name").GetString());
            Assert.Equal("default", ac.GetProperty("user").GetProperty("domain").GetProperty("id").GetString());
        }
    }
}
