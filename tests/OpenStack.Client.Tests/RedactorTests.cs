using OpenStack.Client.Core;
using OpenStack.Client.Http;
using Xunit;

namespace OpenStack.Client.Tests
{
    public class RedactorTests
    {
        [Theory]
        [InlineData("X-Auth-Token")]
        [InlineData("x-subject-token")]
        [InlineData("Authorization")]
        public void Secret_headers_are_masked(string name) => Assert.Equal("***", Redactor.Header(name, "gAAAAABtoken"));

        [Fact]
        public void Other_headers_are_kept() => Assert.Equal("application/json", Redactor.Header("Content-Type", "application/json"));

        [Fact]
        public void Password_auth_body()
        {
            var body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\",\"password\":\"hunter2\"}}}}}";
            var r = Redactor.Body(body);
            Assert.DoesNotContain("hunter2", r);
            Assert.Contains("\"name\":\"admin\"", r);
        }

        [Fact]
        public void Token_method_id_and_app_credential_secret()
        {
            var token = "{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":{\"id\":\"gAAAAABsecrettoken\"}}}}";
            Assert.DoesNotContain("gAAAAABsecrettoken", Redactor.Body(token));
            var app = "{\"application_credential\":{\"id\":\"ac1\",\"secret\":\"rEaLsEcReT\",\"name\":\"n\"}}";
            var r = Redactor.Body(app);
            Assert.DoesNotContain("rEaLsEcReT", r);
            Assert.Contains("ac1", r);
        }

        [Fact]
        public void Secrets_inside_JSON_held_in_a_string_are_masked()
        {
            // Keystone's EC2 credentials keep their access key and secret as JSON text in "blob".
            var ec2 = "{\"credential\":{\"type\":\"ec2\",\"user_id\":\"u1\",\"blob\":\"{\\\"access\\\":\\\"AKIA1\\\",\\\"secret\\\":\\\"eC2sEcReT\\\"}\"}}";
            var r = Redactor.Body(ec2);
            Assert.DoesNotContain("eC2sEcReT", r);
            Assert.Contains("AKIA1", r);
            Assert.Contains("u1", r);
            // A list of them, with other secret keys inside.
            var list = "{\"credentials\":[{\"blob\":\"{\\\"secret\\\":\\\"first-sEcReT\\\"}\"},{\"blob\":\"{\\\"password\\\":\\\"second-sEcReT\\\"}\"}]}";
            var rl = Redactor.Body(list);
            Assert.DoesNotContain("first-sEcReT", rl);
            Assert.DoesNotContain("second-sEcReT", rl);
            // A string that only looks like JSON is kept.
            Assert.Contains("{not json", Redactor.Body("{\"description\":\"{not json\"}"));
        }

        [Fact]
        public void Nova_admin_pass_in_arrays()
        {
            var body = "{\"servers\":[{\"adminPass\":\"Zq8xYpw\"},{\"server\":{\"adminPass\":\"Ab9\"}}]}";
            var r = Redactor.Body(body);
            Assert.DoesNotContain("Zq8xYpw", r);
            Assert.DoesNotContain("Ab9", r);
        }

        [Fact]
        public void Non_json_is_scrubbed_by_pattern()
        {
            var r = Redactor.Body("username=a&password=hunter2&x=1");
            Assert.DoesNotContain("hunter2", r);
            Assert.Contains("x=1", r);
        }

        [Fact]
        public void Secret_never_shows_itself()
        {
            var s = new Secret("hunter2");
            Assert.Equal("***", s.ToString());
            Assert.Equal("***", $"{s}");
            var c = new CloudConfig { Password = s };
            Assert.DoesNotContain("hunter2", c.Password!.ToString());
        }
        /// <summary>A volume transfer's key, in the create answer and in the accept request, is masked in traces; the model holds it as a SecureString.</summary>
        [Fact]
        public void A_volume_transfers_auth_key_is_masked()
        {
            const string answer = "{\"transfer\": {\"id\": \"t1\", \"name\": \"gift\", \"auth_key\": \"9f8e7d6c5b4a3210\", \"volume_id\": \"v1\"}}";
            Assert.DoesNotContain("9f8e7d6c5b4a3210", Redactor.Body(answer));
            Assert.Contains("gift", Redactor.Body(answer));
            Assert.DoesNotContain("9f8e7d6c5b4a3210", Redactor.Body("{\"accept\": {\"auth_key\": \"9f8e7d6c5b4a3210\"}}"));
            using var doc = System.Text.Json.JsonDocument.Parse(answer);
            var t = System.Text.Json.JsonSerializer.Deserialize(doc.RootElement.GetProperty("transfer").GetRawText(), OpenStack.Client.Json.OpenStackJsonContext.Default.VolumeTransfer)!;
            Assert.Equal(16, t.AuthKey!.Length);
            Assert.Equal("gift", t.ToString());
            Assert.DoesNotContain("9f8e7d6c5b4a3210", System.Text.Json.JsonSerializer.Serialize(t, OpenStack.Client.Json.OpenStackJsonContext.Default.VolumeTransfer));
        }
    }
}
