using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenStack.Client.Core;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>What Export-OSCloudConfig writes reads back as the same cloud, and nothing secret is written unless held.</summary>
    public sealed class CloudConfigWriterTests : IDisposable
    {
        private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "oswrite-" + Guid.NewGuid().ToString("N"))).FullName;

        public void Dispose() => Directory.Delete(_root, true);

        private CloudConfigLoader LoaderFor(string file) =>
            new CloudConfigLoader(new Dictionary<string, string?> { ["OS_CLIENT_CONFIG_FILE"] = file }, _root, _root, false);

        private static CloudConfig Sample() => new CloudConfig
        {
            AuthType = AuthType.Password,
            AuthUrl = "https://keystone.example.com:5000/v3",
            Username = "alice",
            UserDomainName = "Corp",
            Password = new Secret("pa:ss 'word' #1"),
            ProjectName = "123",          // a project named like a number stays a string
            ProjectDomainName = "Corp",
            RegionName = "RegionTwo",
            Interface = "internal",
            Verify = false,
            ApiVersions = { ["compute"] = "2.79" },
            EndpointOverrides = { ["block-storage"] = "http://cinder.local:8776/v3/abc" },
        };

        [Fact]
        public void A_clouds_yaml_entry_reads_back_as_the_same_cloud()
        {
            var file = Path.Combine(_root, "clouds.yaml");
            File.WriteAllText(file, CloudConfigWriter.ToCloudsYaml(null, "work", CloudConfigWriter.ToCloudsYamlEntry(Sample())));
            var back = LoaderFor(file).Resolve("work", null);
            Assert.Equal("https://keystone.example.com:5000/v3", back.AuthUrl);
            Assert.Equal("alice", back.Username);
            Assert.Equal("pa:ss 'word' #1", back.Password!.Reveal());
            Assert.Equal("123", back.ProjectName);
            Assert.Equal("RegionTwo", back.RegionName);
            Assert.Equal("internal", back.Interface);
            Assert.False(back.Verify);
            Assert.Equal("2.79", back.ApiVersions["compute"]);
            Assert.Equal("http://cinder.local:8776/v3/abc", back.EndpointOverrides["block-storage"]);
            var text = File.ReadAllText(file);
            Assert.Contains("verify: false", text);          // a boolean other tools read as one
            Assert.Contains("project_name: '123'", text);    // a string that looks like a number is quoted
        }

        [Fact]
        public void A_cloud_joins_an_existing_file_whose_clouds_and_plain_values_are_kept()
        {
            var file = Path.Combine(_root, "clouds.yaml");
            File.WriteAllText(file, "clouds:\n  old:\n    auth:\n      auth_url: http://old:5000/v3\n      username: bob\n    verify: false\n    identity_api_version: 3\n");
            var settings = Sample();
            settings.Password = null;
            File.WriteAllText(file, CloudConfigWriter.ToCloudsYaml(CloudConfigWriter.ReadCloudsYaml(file), "work", CloudConfigWriter.ToCloudsYamlEntry(settings)));
            var text = File.ReadAllText(file);
            Assert.Contains("verify: false", text.Substring(0, text.IndexOf("work:", StringComparison.Ordinal)));
            Assert.Contains("identity_api_version: 3\n", text);
            Assert.DoesNotContain("pa:ss", text);
            Assert.Equal(new[] { "old", "work" }, LoaderFor(file).ListClouds());
            Assert.Equal("bob", LoaderFor(file).ReadClouds().Single(c => c.CloudName == "old").Username);
        }

        [Fact]
        public void An_openrc_without_a_password_asks_for_one_and_quotes_every_value()
        {
            var settings = Sample();
            settings.Password = null;
            var rc = CloudConfigWriter.ToOpenRc(settings);
            Assert.Contains("export OS_AUTH_URL='https://keystone.example.com:5000/v3'\n", rc);
            Assert.Contains("export OS_COMPUTE_API_VERSION='2.79'\n", rc);
            Assert.Contains("export OS_INSECURE='true'\n", rc);
            Assert.Contains("read -srp", rc);
            Assert.DoesNotContain("OS_PASSWORD=", rc.Replace("export OS_PASSWORD\n", ""));
            Assert.Single(rc.Split('\n'), l => l.StartsWith("export OS_IDENTITY_API_VERSION", StringComparison.Ordinal));

            var withSecret = CloudConfigWriter.ToOpenRc(Sample());
            Assert.Contains("export OS_PASSWORD='pa:ss '\\''word'\\'' #1'\n", withSecret);
            Assert.DoesNotContain("read -srp", withSecret);
            Assert.Contains("$env:OS_PASSWORD = 'pa:ss ''word'' #1'", CloudConfigWriter.ToPowerShell(Sample()));
        }

        [Fact]
        public void ReadClouds_merges_secure_yaml_into_each_cloud()
        {
            var file = Path.Combine(_root, "clouds.yaml");
            var secure = Path.Combine(_root, "secure.yaml");
            File.WriteAllText(file, "clouds:\n  a:\n    auth:\n      auth_url: http://a:5000/v3\n      username: ann\n  b:\n    auth:\n      auth_url: http://b:5000/v3\n");
            File.WriteAllText(secure, "clouds:\n  a:\n    auth:\n      password: hidden\n");
            var loader = new CloudConfigLoader(new Dictionary<string, string?> { ["OS_CLIENT_CONFIG_FILE"] = file, ["OS_CLIENT_SECURE_FILE"] = secure }, _root, _root, false);
            var clouds = loader.ReadClouds();
            Assert.Equal(new[] { "a", "b" }, clouds.Select(c => c.CloudName));
            Assert.Equal("hidden", clouds[0].Password!.Reveal());
            Assert.Null(clouds[1].Password);
            Assert.Equal(secure, loader.FindSecureYaml());
        }
    }
}
