using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OpenStack.Tests
{
    /// <summary>
    /// A private certificate authority made for one test run: its certificate as a PEM file (what a user passes to
    /// -CACertificatePath or clouds.yaml's cacert) and server certificates it signs for given host names.
    /// </summary>
    public sealed class TestCertificates : IDisposable
    {
        private readonly RSA _caKey = RSA.Create(2048);

        public TestCertificates()
        {
            Directory = Path.Combine(Path.GetTempPath(), "os-tls-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            System.IO.Directory.CreateDirectory(Directory);
            var request = new CertificateRequest("CN=OpenStack test CA " + Guid.NewGuid().ToString("N").Substring(0, 6), _caKey,
                HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            Authority = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(2));
            AuthorityPemPath = Path.Combine(Directory, "ca.pem");
            File.WriteAllText(AuthorityPemPath, Authority.ExportCertificatePem());
        }

        public string Directory { get; }
        public X509Certificate2 Authority { get; }
        public string AuthorityPemPath { get; }

        /// <summary>A server certificate (with its private key) for the given IP addresses and DNS names.</summary>
        public X509Certificate2 IssueServer(params string[] names)
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=" + names[0], key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            foreach (var name in names)
            {
                if (IPAddress.TryParse(name, out var ip)) san.AddIpAddress(ip);
                else san.AddDnsName(name);
            }
            request.CertificateExtensions.Add(san.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            var serial = new byte[12];
            RandomNumberGenerator.Fill(serial);
            using var signed = request.Create(Authority, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), serial);
            using var withKey = signed.CopyWithPrivateKey(key);
            // Through PKCS#12, so the key is not ephemeral: TLS servers on some platforms refuse ephemeral keys.
            return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
        }

        public void Dispose()
        {
            Authority.Dispose();
            _caKey.Dispose();
            try { System.IO.Directory.Delete(Directory, true); } catch (IOException) { /* a test may still hold a file */ }
        }
    }
}
