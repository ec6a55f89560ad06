using System;
using System.Collections.Generic;
using System.IO;
using OpenStack.Client.Core;
using Xunit;

namespace OpenStack.Client.Tests
{
    public sealed class CloudConfigLoaderTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "oscfg-" + Guid.NewGuid().ToString("N"));
        private readonly string _cwd, _home;
        private readonly Dictionary<string, string?> _env = new Dictionary<string, string?>();

        public CloudConfigLoaderTests()
        {
            _cwd = Directory.CreateDirectory(Path.Combine(_root, "cwd")).FullName;
            _home = Directory.CreateDirectory(Path.Combine(_root, "home")).FullName;
        }

        public void Dispose() => Directory.Delete(_root, true);

        private CloudConfigLoader Loader(bool windows = false) => new CloudConfigLoader(_env, _cwd, _home, windows);

        private string Write(string dir, string name, string text)
        {
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, name);
            File.WriteAllText(path, text);
            return path;
        }

        private const string Clouds = @"clouds:
  prod:
    auth:
      auth_url: https://keystone.example.com:5000/v3
      username: alice
      project_name: web
      user_domain_name: Corp
      project_domain_name: Corp
    region_name: RegionTwo
    interface: internal
    compute_api_version: '2.79'
    block_storage_endpoint_override: http://cinder.local:8776/v3/abc
    verify: false
  other:
    auth:
      auth_url: https://other:5000
      username: bob
      password: from-clouds
";

        [Fact]
        public void Named_cloud_is_read_and_secure_yaml_merged()
        {
            var dir = Path.Combine(_home, ".config", "openstack");
            Write(dir, "clouds.yaml", Clouds);
            Write(dir, "secure.yaml", "clouds:\n  prod:\n    auth:\n      password: s3cret\n");
            var c = Loader().Resolve("prod", null);
            Assert.Equal("https://keystone.example.com:5000/v3", c.AuthUrl);
            Assert.Equal("alice", c.Username);
            Assert.Equal("s3cret", c.Password!.Reveal());
            Assert.Equal("Corp", c.UserDomainName);
            Assert.Equal("RegionTwo", c.RegionName);
            Assert.Equal("internal", c.Interface);
            Assert.False(c.Verify);
            Assert.Equal("2.79", c.ApiVersions["compute"]);
            Assert.Equal("http://cinder.local:8776/v3/abc", c.EndpointOverrides["block-storage"]);
            Assert.Equal(AuthType.Password, c.AuthType);
            Assert.Equal(Path.Combine(dir, "clouds.yaml"), c.Source);
        }

        [Fact]
        public void Explicit_arguments_win_over_the_cloud()
        {
            Write(_cwd, "clouds.yaml", Clouds);
            var c = Loader().Resolve("other", new CloudConfig { RegionName = "Explicit", ProjectName = "p2" });
            Assert.Equal("Explicit", c.RegionName);
            Assert.Equal("p2", c.ProjectName);
            Assert.Equal("bob", c.Username);
        }

        [Fact]
        public void Current_directory_comes_before_the_user_config()
        {
            Write(Path.Combine(_home, ".config", "openstack"), "clouds.yaml", "clouds:\n  other:\n    auth: {auth_url: 'https://home', username: u, password: p}\n");
            var inCwd = Write(_cwd, "clouds.yaml", Clouds);
            Assert.Equal(inCwd, Loader().FindCloudsFile());
            Assert.Equal("https://other:5000", Loader().Resolve("other", null).AuthUrl);
        }

        [Fact]
        public void OS_CLIENT_CONFIG_FILE_comes_first()
        {
            Write(_cwd, "clouds.yaml", Clouds);
            var chosen = Write(Path.Combine(_root, "elsewhere"), "my.yaml", "clouds:\n  x:\n    auth: {auth_url: 'https://x', username: u, password: p}\n");
            _env["OS_CLIENT_CONFIG_FILE"] = chosen;
            Assert.Equal(chosen, Loader().FindCloudsFile());
            Assert.Equal(new[] { "x" }, Loader().ListClouds());
        }

        [Fact]
        public void Windows_folders_are_searched_on_windows_only()
        {
            _env["LOCALAPPDATA"] = Path.Combine(_root, "local");
            _env["ProgramData"] = Path.Combine(_root, "pd");
            var win = Loader(windows: true).SearchDirectories();
            Assert.Contains(Path.Combine(_root, "local", "OpenStack", "openstack"), win);
            Assert.Contains(Path.Combine(_root, "pd", "OpenStack", "openstack"), win);
            Assert.DoesNotContain("/etc/openstack", win);
            Assert.Contains("/etc/openstack", Loader().SearchDirectories());
        }

        [Fact]
        public void OS_CLOUD_names_the_cloud()
        {
            Write(_cwd, "clouds.yaml", Clouds);
            _env["OS_CLOUD"] = "other";
            _env["OS_USERNAME"] = "ignored-because-a-cloud-is-named";
            Assert.Equal("bob", Loader().Resolve(null, null).Username);
        }

        [Fact]
        public void Environment_variables_when_no_cloud_is_named()
        {
            _env["OS_AUTH_URL"] = "http://127.0.0.1:5000/v3";
            _env["OS_USERNAME"] = "demo";
            _env["OS_PASSWORD"] = "pw";
            _env["OS_PROJECT_NAME"] = "demo";
            _env["OS_USER_DOMAIN_NAME"] = "Default";
            _env["OS_PROJECT_DOMAIN_ID"] = "default";
            _env["OS_REGION_NAME"] = "RegionOne";
            _env["OS_INTERFACE"] = "publicURL";
            _env["OS_COMPUTE_API_VERSION"] = "2.60";
            _env["OS_VOLUME_API_VERSION"] = "3";
            var c = Loader().Resolve(null, null);
            Assert.Equal("demo", c.Username);
            Assert.Equal("pw", c.Password!.Reveal());
            Assert.Equal("default", c.ProjectDomainId);
            Assert.Equal("2.60", c.ApiVersions["compute"]);
            Assert.Equal("3", c.ApiVersions["block-storage"]);
            Assert.Equal("OS_* environment variables", c.Source);
        }

        [Fact]
        public void Explicit_arguments_win_over_the_environment()
        {
            _env["OS_AUTH_URL"] = "http://env:5000/v3";
            _env["OS_USERNAME"] = "env-user";
            _env["OS_PASSWORD"] = "env-pw";
            _env["OS_REGION_NAME"] = "EnvRegion";
            var c = Loader().Resolve(null, new CloudConfig { AuthUrl = "http://arg:5000", Username = "arg-user", Password = new Secret("arg-pw") });
            Assert.Equal("http://arg:5000", c.AuthUrl);
            Assert.Equal("arg-user", c.Username);
            Assert.Equal("arg-pw", c.Password!.Reveal());
            Assert.Equal("EnvRegion", c.RegionName);
        }

        [Fact]
        public void Application_credential_from_environment()
        {
            _env["OS_AUTH_URL"] = "http://k:5000";
            _env["OS_AUTH_TYPE"] = "v3applicationcredential";
            _env["OS_APPLICATION_CREDENTIAL_ID"] = "ac1";
            _env["OS_APPLICATION_CREDENTIAL_SECRET"] = "sec";
            var c = Loader().Resolve(null, null);
            Assert.Equal(AuthType.ApplicationCredential, c.AuthType);
            Assert.Equal("ac1", c.ApplicationCredentialId);
        }

        [Fact]
        public void Missing_cloud_lists_the_clouds_that_exist()
        {
            var path = Write(_cwd, "clouds.yaml", Clouds);
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("nope", null));
            Assert.Contains("Cloud 'nope' is not in " + path, ex.Message);
            Assert.Contains("prod, other", ex.Message);
        }

        [Fact]
        public void No_clouds_yaml_says_where_it_looked()
        {
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("prod", null));
            Assert.Contains("no clouds.yaml was found", ex.Message);
            Assert.Contains(Path.Combine(_cwd, "clouds.yaml"), ex.Message);
        }

        [Fact]
        public void Malformed_yaml_names_file_and_line()
        {
            var path = Write(_cwd, "clouds.yaml", "clouds:\n  prod:\n    auth:\n      auth_url: [unclosed\n    region_name: x\n");
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("prod", null));
            Assert.StartsWith(path + ":", ex.Message);
            Assert.Matches(@"clouds\.yaml:4:\d+: not valid YAML: \w", ex.Message);
            // The parser's reason, not a note about its internal state, nor the position twice.
            Assert.DoesNotContain("current state of the object", ex.Message);
            Assert.DoesNotContain("(Line:", ex.Message);
        }

        [Fact]
        public void Anchors_region_lists_and_nulls_read_as_written()
        {
            Write(_cwd, "clouds.yaml", @"clouds:
  base: &base
    auth: &auth
      auth_url: https://keystone.example.com/v3
      username: alice
      password: pw
      project_name: ~
      project_id: 'null'
    regions:
      - name: RegionThree
      - RegionFour
  copy:
    auth: *auth
    region_name:
");
            var copy = Loader().Resolve("copy", null);
            Assert.Equal("https://keystone.example.com/v3", copy.AuthUrl);
            Assert.Equal("alice", copy.Username);
            Assert.Null(copy.ProjectName);
            Assert.Equal("null", copy.ProjectId); // quoted: a string, not YAML's null
            Assert.Null(copy.RegionName);
            Assert.Equal("RegionThree", Loader().Resolve("base", null).RegionName); // the first of regions, given as a mapping
        }

        [Fact]
        public void An_alias_to_no_anchor_names_the_line()
        {
            Write(_cwd, "clouds.yaml", "clouds:\n  prod:\n    auth: *nowhere\n");
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("prod", null));
            Assert.Matches(@"clouds\.yaml:3:\d+: not valid YAML: .*nowhere", ex.Message);
        }

        [Theory]
        [InlineData("password", "*Xk9-sEcReT-7")]
        [InlineData("password", "&Xk9-sEcReT-7 *Xk9-sEcReT-7")]
        [InlineData("application_credential_secret", "*Xk9-sEcReT-7")]
        [InlineData("token", "*Xk9-sEcReT-7")]
        [InlineData("password", "Xk9-sEcReT-7: more")]
        [InlineData("password", "'Xk9-sEcReT-7")]
        public void A_secret_that_is_not_valid_yaml_is_named_by_its_key_never_shown(string key, string value)
        {
            var path = Write(_cwd, "clouds.yaml", "clouds:\n  prod:\n    auth:\n      auth_url: https://x/v3\n      username: u\n      " + key + ": " + value +
                "\n    region_name: RegionOne\n");
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("prod", null));
            // Not in the message, the inner exceptions or the stack: the whole of what $Error would keep.
            Assert.DoesNotContain("Xk9-sEcReT-7", ex.ToString());
            Assert.DoesNotContain("sEcReT", ex.ToString());
            Assert.StartsWith(path + ":", ex.Message);
            Assert.Matches(@"clouds\.yaml:[67]:\d+: ", ex.Message);
            Assert.Contains("'" + key + "'", ex.Message);
        }

        [Theory]
        [InlineData("clouds:\n  prod:\n    auth:\n      auth_url: 'unclosed\n    region_name: x\n", 4)]
        [InlineData("clouds:\n  prod:\n    auth:\n     auth_url: x\n    region_name: x\n   bad: y\n", 6)]
        [InlineData("clouds:\n  prod:\n\tauth: {}\n", 3)]
        [InlineData("clouds:\n  prod: {auth: {auth_url: x}\n  other: y\n", 2)]
        public void Other_yaml_mistakes_name_the_line_and_say_what_is_wrong(string text, int line)
        {
            var path = Write(_cwd, "clouds.yaml", text);
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("prod", null));
            Assert.StartsWith(path + ":", ex.Message);
            Assert.Matches(@"clouds\.yaml:(\d+):\d+: not valid YAML: \w", ex.Message);
            var reported = int.Parse(System.Text.RegularExpressions.Regex.Match(ex.Message, @"clouds\.yaml:(\d+):").Groups[1].Value);
            Assert.Equal(line, reported);
            Assert.DoesNotContain("current state of the object", ex.Message);
        }

        [Fact]
        public void Nothing_configured_gives_guidance()
        {
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve(null, null));
            Assert.Contains("-Cloud", ex.Message);
        }

        [Fact]
        public void Missing_password_is_named()
        {
            Write(_cwd, "clouds.yaml", Clouds);
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("prod", null));
            Assert.Contains("No password for cloud 'prod'", ex.Message);
        }

        [Fact]
        public void Unsupported_auth_type_is_rejected()
        {
            Write(_cwd, "clouds.yaml", "clouds:\n  o:\n    auth_type: v3oidcpassword\n    auth: {auth_url: 'https://x'}\n");
            var ex = Assert.Throws<ConfigurationException>(() => Loader().Resolve("o", null));
            Assert.Contains("v3oidcpassword", ex.Message);
        }

        [Fact]
        public void A_bare_domain_defaults_user_and_project_domains()
        {
            Write(_cwd, "clouds.yaml", "clouds:\n  d:\n    auth: {auth_url: 'https://x', username: u, password: p, project_name: pr, domain_name: Corp}\n");
            var c = Loader().Resolve("d", null);
            Assert.Equal("Corp", c.UserDomainName);
            Assert.Equal("Corp", c.ProjectDomainName);
        }

        [Fact]
        public void Auth_url_that_is_not_http_is_rejected()
        {
            var ex = Assert.Throws<ConfigurationException>(() =>
                Loader().Resolve(null, new CloudConfig { AuthUrl = "keystone.example.com", Username = "u", Password = new Secret("p") }));
            Assert.Contains("is not an http(s) URL", ex.Message);
        }
    }
}
