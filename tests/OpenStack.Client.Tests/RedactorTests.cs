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
    }
}
