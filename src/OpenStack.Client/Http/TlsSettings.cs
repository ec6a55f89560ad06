using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using OpenStack.Client.Core;

namespace OpenStack.Client.Http
{
    /// <summary>Builds the network handler: certificate checks on by default, a private CA, or an explicit opt-out.</summary>
    internal static class TlsSettings
    {
        public static HttpMessageHandler CreateHandler(CloudConfig config, OpenStackSessionOptions options)
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                UseCookies = false,
                // RedirectHandler follows redirects, only within one origin; this one would carry every header anywhere.
                AllowAutoRedirect = false,
            };
            var skip = options.SkipCertificateCheck || config.Verify == false;
            var caPath = options.CACertificatePath ?? config.CACertPath;
            if (skip)
                handler.ServerCertificateCustomValidationCallback = (_, _, _, _) => true;
            else if (caPath != null)
            {
                X509Certificate2 ca;
                try
                {
#if NET9_0_OR_GREATER
                    ca = X509CertificateLoader.LoadCertificateFromFile(caPath);
#else
                    ca = new X509Certificate2(caPath);
#endif
                }
                catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException || ex is System.IO.IOException || ex is UnauthorizedAccessException)
                {
                    throw new ConfigurationException("The CA certificate '" + caPath + "' cannot be read: " + ex.Message, ex);
                }
                handler.ServerCertificateCustomValidationCallback = (_, cert, chain, errors) => TrustedBy(ca, cert, errors);
            }
            return handler;
        }

        /// <summary>Valid if the system trusts it, or if its chain ends at the given CA and the name matches.</summary>
        private static bool TrustedBy(X509Certificate2 ca, X509Certificate2? cert, SslPolicyErrors errors)
        {
            if (errors == SslPolicyErrors.None) return true;
            if (cert == null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) return false;
            using var chain = new X509Chain();
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
            chain.ChainPolicy.ExtraStore.Add(ca);
            if (!chain.Build(cert)) return false;
            var root = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
            return root.Thumbprint == ca.Thumbprint;
        }
    }
}
