using System;
using System.Net.Http;

namespace OpenStack.Client.Core
{
    /// <summary>Tuning for one session. Defaults suit interactive use and runbooks alike.</summary>
    public sealed class OpenStackSessionOptions
    {
        /// <summary>How long one attempt may stall: no byte of the body sent, no answer, no byte of the answer read. Default 100 s.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
        /// <summary>Retries after the first attempt for safe failures. Default 3.</summary>
        public int MaxRetries { get; set; } = 3;
        /// <summary>First backoff delay; it doubles each retry, with jitter.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
        /// <summary>Upper bound of any wait between retries, Retry-After included. Default 60 s.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);
        /// <summary>A token this close to expiry is renewed before use. Default 2 minutes.</summary>
        public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(2);
        /// <summary>Sent as User-Agent, e.g. "OpenStack.PowerShell/0.1.0".</summary>
        public string UserAgent { get; set; } = "OpenStack.PowerShell/" + typeof(OpenStackSessionOptions).Assembly.GetName().Version?.ToString(3);
        /// <summary>Turns off TLS certificate checks. Only for test clouds.</summary>
        public bool SkipCertificateCheck { get; set; }
        /// <summary>A PEM or DER file with the CA that signed the cloud's certificates.</summary>
        public string? CACertificatePath { get; set; }
        /// <summary>Replaces the network handler (tests, proxies). The session does not dispose it.</summary>
        public HttpMessageHandler? TransportHandler { get; set; }

        /// <summary>The settings a user may have changed, e.g. "timeout 100 s, 3 retries, token renewed 2 min before expiry".</summary>
        public override string ToString() =>
            "timeout " + RequestTimeout.TotalSeconds + " s, " + MaxRetries + (MaxRetries == 1 ? " retry" : " retries") +
            ", token renewed " + TokenRefreshMargin.TotalMinutes + " min before expiry" +
            (SkipCertificateCheck ? ", certificate checks off" : CACertificatePath != null ? ", CA " + CACertificatePath : "");
    }
}
