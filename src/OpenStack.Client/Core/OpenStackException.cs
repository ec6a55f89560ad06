using System;
using System.Collections.Generic;
using System.Net;
using OpenStack.Client.Http;

namespace OpenStack.Client.Core
{
    /// <summary>An error from an OpenStack service or from talking to one.</summary>
    public class OpenStackException : Exception
    {
        public OpenStackException(string message, Exception? inner = null) : base(message, inner) { }

        internal OpenStackException(ErrorContext context, Exception? inner = null)
            : base(context.Describe(), inner)
        {
            StatusCode = context.StatusCode;
            ServiceType = context.ServiceType;
            Method = context.Method;
            Url = context.Url;
            ServiceMessage = context.ServiceMessage;
            RequestId = context.RequestId;
            ErrorType = context.ErrorType;
        }

        /// <summary>HTTP status, or null when no response arrived.</summary>
        public HttpStatusCode? StatusCode { get; }
        public string? ServiceType { get; }
        public string? Method { get; }
        /// <summary>The request URL, without query string (queries may carry filters users typed, never secrets, but keep it short).</summary>
        public string? Url { get; }
        /// <summary>The service's own explanation, parsed from its error body.</summary>
        public string? ServiceMessage { get; }
        /// <summary>
        /// The service's name for the error, where its body gives one: Neutron's <c>type</c> ("OverQuota"), or the wrapper key of
        /// Nova and Cinder ("forbidden", "overLimit").
        /// </summary>
        public string? ErrorType { get; }
        /// <summary>x-openstack-request-id (or x-compute-request-id) of the failed call.</summary>
        public string? RequestId { get; private protected set; }
        /// <summary>What to do about this failure in particular, when the client knows better than its type says.</summary>
        public string? RecommendedAction { get; internal set; }

        public override string ToString() => GetType().Name + ": " + Message;

        /// <summary>Maps an HTTP error response to the matching exception type.</summary>
        public static OpenStackException FromStatus(HttpStatusCode status, string? method, Uri? url, string? serviceType,
            string? body, string? contentType, string? requestId)
        {
            var ctx = new ErrorContext
            {
                StatusCode = status,
                Method = method,
                Url = url == null ? null : url.GetLeftPart(UriPartial.Path),
                ServiceType = serviceType,
                ServiceMessage = ErrorBodyParser.Parse(body, contentType),
                ErrorType = ErrorBodyParser.ParseType(body),
                RequestId = requestId,
            };
            if (QuotaExceededException.Matches((int)status, ctx)) return new QuotaExceededException(ctx);
            switch ((int)status)
            {
                case 400: return new BadRequestException(ctx);
                case 401: return new UnauthorizedException(ctx);
                case 403: return new ForbiddenException(ctx);
                case 404: return new NotFoundException(ctx);
                case 409: return new ConflictException(ctx);
                case 413:
                case 429: return new OverLimitException(ctx);
                case 408:
                case 504: return new ServiceTimeoutException(ctx);
                default:
                    return (int)status >= 500 ? new ServiceUnavailableException(ctx) : new OpenStackException(ctx);
            }
        }
    }

    public sealed class BadRequestException : OpenStackException { internal BadRequestException(ErrorContext c) : base(c) { } }
    public sealed class UnauthorizedException : OpenStackException { internal UnauthorizedException(ErrorContext c) : base(c) { } }
    public sealed class ForbiddenException : OpenStackException { internal ForbiddenException(ErrorContext c) : base(c) { } }
    public sealed class NotFoundException : OpenStackException
    {
        internal NotFoundException(ErrorContext c) : base(c) { }
        public NotFoundException(string message) : base(message) { }

        /// <summary>Nothing found by several lookups: <paramref name="requestIds"/> are theirs, the first one becoming <see cref="OpenStackException.RequestId"/>.</summary>
        public NotFoundException(string message, IReadOnlyList<string> requestIds) : base(message)
        {
            RequestIds = requestIds;
            RequestId = requestIds.Count > 0 ? requestIds[0] : null;
        }

        /// <summary>The request ids of every lookup, where several were made (name-or-id resolution); else empty.</summary>
        public IReadOnlyList<string> RequestIds { get; } = Array.Empty<string>();
    }
    public sealed class ConflictException : OpenStackException
    {
        internal ConflictException(ErrorContext c) : base(c) { }
        public ConflictException(string message) : base(message) { }
    }
    /// <summary>413 or 429: a quota or a rate limit.</summary>
    public class OverLimitException : OpenStackException { internal OverLimitException(ErrorContext c) : base(c) { } }

    /// <summary>
    /// A quota refused the request, whatever status the service says it with: Cinder's 413 (VolumeLimitExceeded,
    /// VolumeSizeExceedsAvailableQuota), Neutron's 409 OverQuota, Nova's 403 "Quota exceeded for instances: ..." (and its
    /// "Maximum number of ports exceeded" when Neutron refused a port for a boot). The service refuses before it creates anything.
    /// </summary>
    public sealed class QuotaExceededException : OverLimitException
    {
        internal QuotaExceededException(ErrorContext c) : base(c)
        {
            RecommendedAction = "Get-OSQuota -Usage shows the project's limits and what is in use: free some resources, or ask an administrator for a larger quota (Set-OSQuota).";
        }

        private static readonly System.Text.RegularExpressions.Regex NovaWords = new System.Text.RegularExpressions.Regex(
            @"quota exceeded|maximum number of \w+ exceeded", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        internal static bool Matches(int status, ErrorContext c) => status switch
        {
            413 => true,
            409 => string.Equals(c.ErrorType, "OverQuota", StringComparison.Ordinal),
            // Nova says it with 403 (HTTPForbidden), as it says a refused policy: only its words tell the two apart.
            403 => c.ServiceType == ServiceTypes.Compute && c.ServiceMessage != null && NovaWords.IsMatch(c.ServiceMessage),
            _ => false,
        };
    }
    /// <summary>5xx other than a gateway timeout, or the service could not be reached.</summary>
    public sealed class ServiceUnavailableException : OpenStackException
    {
        internal ServiceUnavailableException(ErrorContext c, Exception? inner = null) : base(c, inner) { }
    }
    /// <summary>
    /// The server's TLS certificate was refused (untrusted issuer, wrong host name, expired). Nothing was sent, and
    /// trying again cannot help: the fix is to trust the cloud's CA or to connect to the name the certificate carries.
    /// </summary>
    public sealed class CertificateException : OpenStackException
    {
        internal CertificateException(ErrorContext c, Exception? inner = null) : base(c, inner) { }
    }
    /// <summary>A successful status whose body cannot be read: not complete, or not valid JSON.</summary>
    public sealed class InvalidResponseException : OpenStackException
    {
        internal InvalidResponseException(ErrorContext c, Exception? inner = null) : base(c, inner) { }
    }
    /// <summary>The request or a wait took longer than allowed.</summary>
    public sealed class ServiceTimeoutException : OpenStackException
    {
        internal ServiceTimeoutException(ErrorContext c, Exception? inner = null) : base(c, inner) { }
        public ServiceTimeoutException(string message) : base(message) { }
    }
    /// <summary>The local configuration is wrong: clouds.yaml, OS_* variables, parameters, catalog.</summary>
    public sealed class ConfigurationException : OpenStackException
    {
        public ConfigurationException(string message, Exception? inner = null) : base(message, inner) { }
        internal ConfigurationException(ErrorContext context) : base(context) { }
    }
    /// <summary>A wait ended in a failure status (ERROR, error_deleting, CREATE_FAILED, ...).</summary>
    public class ResourceFailedException : OpenStackException
    {
        public ResourceFailedException(string message, string status) : base(message) { Status = status; }
        public string Status { get; }
    }

    /// <summary>The resource is in a state the operation cannot start from; nothing was sent.</summary>
    public sealed class ResourceStateException : OpenStackException
    {
        public ResourceStateException(string message, string status) : base(message) { Status = status; }
        public string Status { get; }
    }

    internal sealed class ErrorContext
    {
        public HttpStatusCode? StatusCode;
        public string? Method, Url, ServiceType, ServiceMessage, RequestId, ErrorType;

        public string Describe()
        {
            var what = ServiceMessage;
            if (string.IsNullOrEmpty(what))
                what = StatusCode.HasValue ? "HTTP " + (int)StatusCode.Value + " " + StatusCode.Value : "request failed";
            var parts = new System.Collections.Generic.List<string>();
            if (StatusCode.HasValue) parts.Add("HTTP " + (int)StatusCode.Value);
            if (Method != null && Url != null) parts.Add(Method + " " + Url);
            if (RequestId != null) parts.Add("request " + RequestId);
            return parts.Count == 0 ? what! : what + " (" + string.Join(", ", parts) + ")";
        }
    }
}
