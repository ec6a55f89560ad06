using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// The local cloud behind HTTPS: <see cref="FaultProxy"/> terminates TLS with a certificate from a CA made for the
    /// test, for Keystone and for every endpoint of the catalog. Checks are on by default; a private CA is trusted with
    /// -CACertificatePath or clouds.yaml's cacert; turning checks off is explicit and warns once.
    /// </summary>
    public sealed class TlsTests : IDisposable
    {
        private readonly TestCertificates _certificates = new TestCertificates();
        private readonly FaultProxy _proxy;
        private readonly PowerShellHost _ps;

        public TlsTests()
        {
            TestCloud.Require();
            _proxy = FaultProxy.StartAsync(new Uri(TestCloud.AuthUrl), _certificates.IssueServer("127.0.0.1", "localhost")).GetAwaiter().GetResult();
            _ps = new PowerShellHost();
        }

        private Dictionary<string, object?> Vars(FaultProxy? proxy = null) => new Dictionary<string, object?>
        {
            ["authUrl"] = (proxy ?? _proxy).Rewrite(TestCloud.AuthUrl),
            ["cred"] = new PSCredential("demo", new NetworkCredential("", TestCloud.Password(TestCloud.Demo)).SecurePassword),
            ["ca"] = _certificates.AuthorityPemPath,
        };

        private const string Connect =
            "Connect-OpenStack -AuthUrl $authUrl -Credential $cred -Project demo -UserDomain Default -ProjectDomain Default -Region RegionOne ";

        private int Proxied(int upstreamPort) => _proxy.Log.Count(r => r.UpstreamPort == upstreamPort);

        [Fact]
        public void An_untrusted_certificate_is_a_security_error_with_advice_and_is_not_retried()
        {
            var r = _ps.Run(Connect + "-Verbose", Vars());
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
            Assert.Equal("OpenStack.Certificate,OpenStack.PowerShell.Commands.Core.ConnectOpenStackCommand", error.FullyQualifiedErrorId);
            Assert.Contains("TLS certificate of " + new Uri(_proxy.Rewrite(TestCloud.AuthUrl)).GetLeftPart(UriPartial.Authority), error.Exception.Message);
            Assert.Contains("-CACertificatePath", error.ErrorDetails.RecommendedAction);
            Assert.DoesNotContain(r.Verbose, v => v.Contains("Retrying"));
            Assert.Equal(0, Proxied(5000)); // the handshake failed: no request was sent
            Assert.Empty(r.Warnings);
        }

        [Fact]
        public void A_private_CA_given_with_CACertificatePath_is_trusted_for_every_service()
        {
            var r = _ps.Run(Connect + "-CACertificatePath $ca\nGet-OSFlavor\nGet-OSNetwork", Vars()).ThrowIfFailed();
            Assert.NotEmpty(r.Output);
            Assert.Empty(r.Warnings);
            // Keystone, Nova and Neutron were all reached over HTTPS through the proxy.
            Assert.True(Proxied(5000) > 0 && Proxied(8774) > 0 && Proxied(9696) > 0, string.Join("\n", _proxy.Log));
            Assert.All(_ps.Run("Get-OSEndpoint").ThrowIfFailed().Output,
                e => Assert.StartsWith("https://127.0.0.1:", Convert.ToString(e.Properties["Url"].Value)));
        }

        [Fact]
        public void A_private_CA_named_by_cacert_in_clouds_yaml_is_trusted()
        {
            var r = WithCloudsYaml("cacert: " + _certificates.AuthorityPemPath, "Connect-OpenStack -Cloud tls\nGet-OSFlavor");
            Assert.NotEmpty(r.ThrowIfFailed().Output);
            Assert.Empty(r.Warnings);
        }

        [Fact]
        public async System.Threading.Tasks.Task A_certificate_for_another_host_is_refused_even_from_the_trusted_CA()
        {
            await using var elsewhere = await FaultProxy.StartAsync(new Uri(TestCloud.AuthUrl), _certificates.IssueServer("keystone.example.org"));
            var r = _ps.Run(Connect + "-CACertificatePath $ca", Vars(elsewhere));
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
            Assert.Empty(elsewhere.Log);
        }

        [Fact]
        public void SkipCertificateCheck_connects_and_warns_once_for_the_whole_session()
        {
            var r = _ps.Run(Connect + "-SkipCertificateCheck\nGet-OSFlavor\nGet-OSImage\nGet-OSNetwork", Vars()).ThrowIfFailed();
            Assert.NotEmpty(r.Output);
            var warning = Assert.Single(r.Warnings);
            Assert.Contains("certificate checks are off", warning);
        }

        [Fact]
        public void Verify_false_in_clouds_yaml_connects_and_warns()
        {
            var r = WithCloudsYaml("verify: false", "Connect-OpenStack -Cloud tls\nGet-OSFlavor").ThrowIfFailed();
            Assert.NotEmpty(r.Output);
            Assert.Contains("certificate checks are off", Assert.Single(r.Warnings));
        }

        [Fact]
        public void A_CA_file_that_is_not_a_certificate_is_named_in_the_error()
        {
            var bogus = Path.Combine(_certificates.Directory, "not-a-cert.pem");
            File.WriteAllText(bogus, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
            var vars = Vars();
            vars["ca"] = bogus;
            var r = _ps.Run(Connect + "-CACertificatePath $ca", vars);
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains(bogus, error.Exception.Message);
            Assert.Equal(0, Proxied(5000));
        }

        /// <summary>Runs a script with OS_CLIENT_CONFIG_FILE pointing at a clouds.yaml whose cloud "tls" goes through the proxy.</summary>
        private ScriptResult WithCloudsYaml(string tlsSetting, string script)
        {
            var file = Path.Combine(_certificates.Directory, "clouds.yaml");
            File.WriteAllText(file, string.Join("\n",
                "clouds:",
                "  tls:",
                "    auth:",
                "      auth_url: " + _proxy.Rewrite(TestCloud.AuthUrl),
                "      username: demo",
                "      password: '" + TestCloud.Password(TestCloud.Demo) + "'",
                "      project_name: demo",
                "      user_domain_name: Default",
                "      project_domain_name: Default",
                "    region_name: RegionOne",
                "    " + tlsSetting,
                ""));
            try { return _ps.RunWithEnvironment("OS_CLIENT_CONFIG_FILE", file, script); }
            finally { File.Delete(file); }
        }

        public void Dispose()
        {
            _ps.Dispose();
            _proxy.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _certificates.Dispose();
        }
    }
}
