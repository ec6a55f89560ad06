using System;
using System.Net.Sockets;
using System.Security.Authentication;
using OpenStack.Client.Core;

namespace OpenStack.Client.Http
{
    /// <summary>What a failure below HTTP (no connection, a broken one, a refused certificate) means for the caller.</summary>
    internal static class TransportErrors
    {
        public static bool IsConnectionRefused(Exception ex) =>
            Find<SocketException>(ex) is SocketException se && se.SocketErrorCode == SocketError.ConnectionRefused;

        /// <summary>The TLS handshake failed: the same request will fail the same way.</summary>
        public static bool IsCertificateFailure(Exception ex) => Find<AuthenticationException>(ex) != null;

        /// <summary>The exception for a request that got no HTTP answer.</summary>
        public static OpenStackException Describe(string method, Uri uri, string serviceType, Exception ex, bool idempotent)
        {
            var where = uri.GetLeftPart(UriPartial.Authority);
            var context = new ErrorContext { Method = method, Url = uri.GetLeftPart(UriPartial.Path), ServiceType = serviceType };
            var reason = ex.GetBaseException().Message;
            if (IsCertificateFailure(ex))
            {
                context.ServiceMessage = "The TLS certificate of " + where + " (" + serviceType + ") was refused: " + reason + ". Nothing was sent.";
                return new CertificateException(context, ex);
            }
            // A POST or PATCH whose connection broke after it was sent may have been carried out: it is never
            // repeated (that could make a duplicate), and the user is told to check rather than to retry blindly.
            var maybeDone = !idempotent && !IsConnectionRefused(ex);
            context.ServiceMessage = maybeDone
                ? "The " + serviceType + " service at " + where + " did not answer the " + method + " (" + reason + "). It was not sent again, " +
                  "because it may already have taken effect: check whether it did before trying again."
                : "The " + serviceType + " service at " + where + " could not be reached: " + reason;
            return new ServiceUnavailableException(context, ex)
            {
                RecommendedAction = maybeDone
                    ? "Check whether the " + method + " took effect (list or get what it creates or changes) before trying again; " +
                      "it was not repeated, so that it cannot happen twice."
                    : null,
            };
        }

        private static T? Find<T>(Exception ex) where T : Exception
        {
            for (var e = (Exception?)ex; e != null; e = e.InnerException)
                if (e is T found) return found;
            return null;
        }
    }
}
