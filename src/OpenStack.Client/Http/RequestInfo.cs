using System.Linq;
using System.Net.Http;

namespace OpenStack.Client.Http
{
    /// <summary>What the handlers need to know about a request beyond HTTP itself.</summary>
    internal sealed class RequestInfo
    {
        public string? ServiceType;
        /// <summary>Set when the body is a stream that cannot be sent twice (image upload).</summary>
        public bool NotReplayable;
        /// <summary>Keeps the body out of -Debug traces (binary, or too large).</summary>
        public bool OmitBodyFromTrace;
        /// <summary>The caller reads the body as a stream (downloads): do not buffer it.</summary>
        public bool StreamResponse;
        /// <summary>The token the request's address was resolved with, sent with it (a later one only after a 401).</summary>
        public Identity.AuthToken? Token;
    }

    internal static class RequestInfoExtensions
    {
#if NET5_0_OR_GREATER
        private static readonly HttpRequestOptionsKey<RequestInfo> Key = new HttpRequestOptionsKey<RequestInfo>("OpenStack.RequestInfo");

        public static RequestInfo GetInfo(this HttpRequestMessage request)
        {
            if (!request.Options.TryGetValue(Key, out var info)) { info = new RequestInfo(); request.Options.Set(Key, info); }
            return info;
        }
#else
        public static RequestInfo GetInfo(this HttpRequestMessage request)
        {
            if (!(request.Properties.TryGetValue("OpenStack.RequestInfo", out var o) && o is RequestInfo info))
            {
                info = new RequestInfo();
                request.Properties["OpenStack.RequestInfo"] = info;
            }
            return info;
        }
#endif
    }

    /// <summary>Reads the request id a service stamped on a response.</summary>
    public static class RequestIds
    {
        public static string? From(HttpResponseMessage response)
        {
            foreach (var name in new[] { "x-openstack-request-id", "x-compute-request-id", "openstack-request-id" })
                if (response.Headers.TryGetValues(name, out var v)) return v.FirstOrDefault();
            return null;
        }
    }
}
