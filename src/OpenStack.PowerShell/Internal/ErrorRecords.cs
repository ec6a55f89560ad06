using System;
using System.Management.Automation;
using System.Net;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>The one place where client exceptions become ErrorRecords: category, stable id, target, advice.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(Exception ex, object? target)
        {
            if (ex is AggregateException agg && agg.InnerExceptions.Count == 1) ex = agg.InnerExceptions[0];
            var (id, category) = Classify(ex);
            var record = new ErrorRecord(ex, "OpenStack." + id, category, target);
            var advice = Advice(ex);
            if (advice != null) record.ErrorDetails = new ErrorDetails(ex.Message) { RecommendedAction = advice };
            return record;
        }

        public static ErrorRecord NotConnected() =>
            new ErrorRecord(new InvalidOperationException("Not connected to an OpenStack cloud. Run Connect-OpenStack first, or pass -Session."),
                "OpenStack.NotConnected", ErrorCategory.ConnectionError, null)
            {
                ErrorDetails = new ErrorDetails("Not connected to an OpenStack cloud. Run Connect-OpenStack first, or pass -Session.")
                {
                    RecommendedAction = "Connect-OpenStack -Cloud <name>, or Connect-OpenStack -AuthUrl <url> -Credential (Get-Credential) -Project <project>",
                },
            };

        public static ErrorRecord SessionNotFound(string name, System.Collections.Generic.IReadOnlyList<OpenStackSession> known)
        {
            var names = string.Join(", ", System.Linq.Enumerable.Select(known, s => s.Name));
            var message = "No connection is named '" + name + "'; " + (known.Count == 0 ? "there are none." : "connections: " + names + ".");
            return new ErrorRecord(new ItemNotFoundException(message), "OpenStack.SessionNotFound", ErrorCategory.ObjectNotFound, name)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Get-OSSession -All lists the connections; Connect-OpenStack -Name adds one." },
            };
        }

        internal static (string Id, ErrorCategory Category) Classify(Exception ex)
        {
            switch (ex)
            {
                case NotFoundException _: return ("NotFound", ErrorCategory.ObjectNotFound);
                case UnauthorizedException _: return ("Unauthorized", ErrorCategory.AuthenticationError);
                case ForbiddenException _: return ("Forbidden", ErrorCategory.PermissionDenied);
                case ConflictException c:
                    return IsAlreadyThere(c.Message) ? ("Conflict", ErrorCategory.ResourceExists) : ("Conflict", ErrorCategory.ResourceBusy);
                case BadRequestException _: return ("BadRequest", ErrorCategory.InvalidArgument);
                case QuotaExceededException _: return ("QuotaExceeded", ErrorCategory.QuotaExceeded);
                case OverLimitException o:
                    return o.StatusCode == (HttpStatusCode)429 ? ("RateLimited", ErrorCategory.LimitsExceeded) : ("OverLimit", ErrorCategory.QuotaExceeded);
                case ServiceTimeoutException _: return ("Timeout", ErrorCategory.OperationTimeout);
                case CertificateException _: return ("Certificate", ErrorCategory.SecurityError);
                case ServiceUnavailableException _: return ("ServiceUnavailable", ErrorCategory.ResourceUnavailable);
                case ConfigurationException _: return ("Configuration", ErrorCategory.InvalidArgument);
                case AmbiguousNameException _: return ("AmbiguousName", ErrorCategory.InvalidArgument);
                case ResourceFailedException _: return ("ResourceFailed", ErrorCategory.InvalidResult);
                case InvalidResponseException _: return ("InvalidResponse", ErrorCategory.InvalidResult);
                case ResourceStateException _: return ("InvalidState", ErrorCategory.InvalidOperation);
                case OpenStack.Client.Image.ChecksumMismatchException _: return ("ChecksumMismatch", ErrorCategory.InvalidResult);
                case OpenStackException os when os.StatusCode.HasValue && (int)os.StatusCode.Value >= 500:
                    return ("ServiceError", ErrorCategory.ResourceUnavailable);
                case OpenStackException _: return ("Error", ErrorCategory.NotSpecified);
                case OperationCanceledException _: return ("Cancelled", ErrorCategory.OperationStopped);
                case ObjectDisposedException _: return ("Disconnected", ErrorCategory.ConnectionError);
                case ArgumentException _: return ("InvalidArgument", ErrorCategory.InvalidArgument);
                case NotSupportedException _: return ("NotSupported", ErrorCategory.NotImplemented);
                case System.IO.IOException _: return ("FileError", ErrorCategory.WriteError);
                case UnauthorizedAccessException _: return ("FileAccessDenied", ErrorCategory.PermissionDenied);
                default: return ("UnexpectedError", ErrorCategory.NotSpecified);
            }
        }

        private static bool IsAlreadyThere(string message) =>
            message.IndexOf("already", StringComparison.OrdinalIgnoreCase) >= 0 || message.IndexOf("exist", StringComparison.OrdinalIgnoreCase) >= 0 ||
            message.IndexOf("duplicate", StringComparison.OrdinalIgnoreCase) >= 0 ||
            // Keystone: "it is not permitted to have two projects with either the same name or same id in the same domain".
            message.IndexOf("same name", StringComparison.OrdinalIgnoreCase) >= 0;

        private static string? Advice(Exception ex) => ex is OpenStackException { RecommendedAction: string own } ? own : ex switch
        {
            UnauthorizedException _ => "Check the user name, password or secret, the user's domain and the project; then run Connect-OpenStack again.",
            ForbiddenException _ => "The user lacks a role for this call in this project: ask the cloud's administrators, or connect to a project where you have it.",
            OverLimitException _ => "Free some resources, ask for a larger quota, or wait and try again.",
            CertificateException _ => "If the cloud's certificates come from a private CA, trust it with -CACertificatePath (cacert: in clouds.yaml), and use " +
                                      "the host name the certificate names. -SkipCertificateCheck (verify: false) turns checks off: for test clouds only.",
            ServiceUnavailableException _ => "The service is down or overloaded: try again later, and check -Verbose for retries.",
            _ => null,
        };
    }
}
