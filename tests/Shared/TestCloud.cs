using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace OpenStack.Tests
{
    /// <summary>
    /// The local cloud started by tests/cloud/start.sh, found through the clouds.yaml it writes
    /// (OS_TESTCLOUD_DIR, default /var/lib/testcloud). Integration tests call <see cref="Require"/>:
    /// without a cloud they are skipped with the reason shown, and under CI=true they fail.
    /// </summary>
    public static class TestCloud
    {
        public const string Admin = "testcloud-admin";
        public const string Demo = "testcloud-demo";

        public static string StateDir => Environment.GetEnvironmentVariable("OS_TESTCLOUD_DIR") ?? "/var/lib/testcloud";
        public static string CloudsYaml => Path.Combine(StateDir, "clouds.yaml");

        private static readonly Lazy<string?> Unavailable = new Lazy<string?>(Probe);

        public static bool IsAvailable => Unavailable.Value == null;

        public static void Require()
        {
            if (Unavailable.Value == null) return;
            var why = "No local cloud: " + Unavailable.Value + ". Start one with: sudo bash tests/cloud/start.sh";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail(why + " (CI=true: a missing cloud is a failure)");
            Assert.Skip(why);
        }

        private static string? Probe()
        {
            if (!File.Exists(CloudsYaml)) return CloudsYaml + " does not exist";
            var auth = Setting(Demo, "auth_url");
            if (auth == null) return CloudsYaml + " has no cloud " + Demo;
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                using var response = http.GetAsync(auth).GetAwaiter().GetResult();
                return response.IsSuccessStatusCode ? null : "Keystone at " + auth + " answered " + (int)response.StatusCode;
            }
            catch (Exception ex)
            {
                return "Keystone at " + auth + " did not answer (" + ex.GetBaseException().Message + ")";
            }
        }

        /// <summary>A value of the generated clouds.yaml (flat keys, as start.sh writes them).</summary>
        public static string? Setting(string cloud, string key)
        {
            if (!File.Exists(CloudsYaml)) return null;
            var inCloud = false;
            foreach (var line in File.ReadAllLines(CloudsYaml))
            {
                if (Regex.IsMatch(line, @"^  \S")) inCloud = line.Trim() == cloud + ":";
                else if (inCloud)
                {
                    var m = Regex.Match(line, @"^\s+" + Regex.Escape(key) + @":\s*(.*)$");
                    if (m.Success) return m.Groups[1].Value.Trim();
                }
            }
            return null;
        }

        public static string AuthUrl => Setting(Demo, "auth_url")!;
        public static string Password(string cloud) => Setting(cloud, "password")!;

        /// <summary>Every secret the tests know of, for scanning captured output.</summary>
        public static IEnumerable<string> KnownSecrets()
        {
            foreach (var c in new[] { Admin, Demo })
            {
                var p = Setting(c, "password");
                if (!string.IsNullOrEmpty(p)) yield return p!;
            }
        }

        /// <summary>A demo token straight from Keystone, without the module, for the token auth tests.</summary>
        public static string IssueDemoToken()
        {
            using var http = new HttpClient();
            var body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"},\"password\":\"" +
                       Password(Demo) + "\"}}}}}";
            using var r = http.PostAsync(AuthUrl.TrimEnd('/') + "/auth/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
            r.EnsureSuccessStatusCode();
            return string.Join("", r.Headers.GetValues("X-Subject-Token"));
        }

        /// <summary>
        /// What the openstack CLI prints for <paramref name="arguments"/> (a command line) as the cloud's user. A failure
        /// throws with the CLI's error; with <paramref name="check"/> false its error text follows the output instead.
        /// </summary>
        public static string Cli(string cloud, string arguments, bool check = true)
        {
            var psi = new ProcessStartInfo("openstack", "--os-cloud " + cloud + " " + arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["OS_CLIENT_CONFIG_FILE"] = CloudsYaml;
            using var p = Process.Start(psi)!;
            var error = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (!check) return output + error.Result;
            if (p.ExitCode != 0) throw new InvalidOperationException("openstack " + arguments + ": " + error.Result);
            return output;
        }

        /// <summary>The openstack CLI's answer to <paramref name="arguments"/> with -f json.</summary>
        public static JsonElement CliJson(string cloud, string arguments)
        {
            using var doc = JsonDocument.Parse(Cli(cloud, arguments + " -f json"));
            return doc.RootElement.Clone();
        }

        /// <summary>A name no other test run uses, so runs on one cloud never collide.</summary>
        public static string UniqueName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 8);
    }
}
