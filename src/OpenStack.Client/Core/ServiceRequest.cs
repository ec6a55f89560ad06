using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace OpenStack.Client.Core
{
    /// <summary>A call to one service: the session finds the endpoint, adds auth and microversion, retries and traces it.</summary>
    public sealed class ServiceRequest
    {
        public ServiceRequest(HttpMethod method, string serviceType, string path)
        {
            Method = method;
            ServiceType = serviceType;
            Path = path;
        }

        public HttpMethod Method { get; }
        public string ServiceType { get; }
        /// <summary>Relative to the service's versioned endpoint ("servers/detail?limit=5"), or an absolute URL.</summary>
        public string Path { get; }
        public HttpContent? Content { get; set; }
        /// <summary>Overrides the negotiated microversion for this call.</summary>
        public string? Microversion { get; set; }
        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Return error responses instead of throwing (Invoke-OSApi -Raw).</summary>
        public bool AllowErrorStatus { get; set; }
        /// <summary>Leave the response body unread for the caller to stream.</summary>
        public bool StreamResponse { get; set; }
        /// <summary>The body is a one-shot stream: never resend it.</summary>
        public bool NotReplayable { get; set; }
        /// <summary>Send the body only once the service answers 100 Continue: a refusal (a failed precondition) costs no upload.</summary>
        public bool ExpectContinue { get; set; }

        public static ServiceRequest Json(HttpMethod method, string serviceType, string path, string json, string contentType = "application/json")
        {
            var r = new ServiceRequest(method, serviceType, path) { Content = new StringContent(json, Encoding.UTF8) };
            r.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType) { CharSet = null };
            return r;
        }
    }
}
