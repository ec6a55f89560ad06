using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenStack.Client.ObjectStorage
{
    /// <summary>A temporary URL: anyone holding it may use the method on the object until it expires, with no token.</summary>
    public sealed class ObjectTempUrl
    {
        public string Container { get; set; } = "";
        public string Name { get; set; } = "";
        public string Method { get; set; } = "GET";
        public DateTimeOffset Expires { get; set; }
        /// <summary>The URL itself: it grants access, so it is shown on request (ToString), not in views of other objects.</summary>
        public string Url { get; set; } = "";

        public override string ToString() => Url;
    }

    public sealed partial class ObjectStorageClient
    {
        /// <summary>
        /// Makes a temp URL signed with HMAC-SHA256 over the account's key (or the container's with
        /// <paramref name="containerKey"/>). With <paramref name="setKeyIfMissing"/>, a random key is set where there is none.
        /// The key never leaves this method: not returned, not traced (the trace masks temp URL key headers).
        /// </summary>
        public async Task<ObjectTempUrl> CreateTempUrlAsync(string container, string name, string method, TimeSpan lifetime, bool containerKey,
            bool setKeyIfMissing, CancellationToken ct = default)
        {
            method = method.ToUpperInvariant();
            if (Array.IndexOf(new[] { "GET", "HEAD", "PUT", "POST", "DELETE" }, method) < 0)
                throw new ArgumentException("A temp URL's method is GET, HEAD, PUT, POST or DELETE (got " + method + ").");
            if (lifetime <= TimeSpan.Zero) throw new ArgumentException("A temp URL's lifetime must be positive.");
            var objectPath = ObjectPath(container, name);
            var headerPrefix = containerKey ? "X-Container-Meta-" : "X-Account-Meta-";
            var keyPath = containerKey ? ContainerPath(container) : "";
            string? key;
            using (var r = await SendAsync(HttpMethod.Head, keyPath, null, ct).ConfigureAwait(false))
            {
                key = Header(r, headerPrefix + "Temp-URL-Key") ?? Header(r, headerPrefix + "Temp-URL-Key-2");
            }
            if (key == null)
            {
                if (!setKeyIfMissing)
                    throw new ArgumentException("The " + (containerKey ? "container '" + container + "'" : "account") + " has no temp URL key; use -SetKey to set one.");
                var bytes = new byte[32];
                using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(bytes);
                key = FileSliceContent.Hex(bytes);
                var headers = new System.Collections.Generic.Dictionary<string, string> { [headerPrefix + "Temp-URL-Key"] = key };
                await SendAndForgetAsync(HttpMethod.Post, keyPath, headers, ct).ConfigureAwait(false);
            }
            var endpoint = Session.GetEndpoint(Service);
            var full = new Uri(endpoint, objectPath);
            var expires = DateTimeOffset.UtcNow.Add(lifetime);
            var unix = expires.ToUnixTimeSeconds();
            var sig = Sign(key, method, unix, full.AbsolutePath);
            return new ObjectTempUrl
            {
                Container = container, Name = name, Method = method, Expires = DateTimeOffset.FromUnixTimeSeconds(unix),
                Url = full.GetLeftPart(UriPartial.Path) + "?temp_url_sig=" + sig + "&temp_url_expires=" + unix.ToString(CultureInfo.InvariantCulture),
            };
        }

        internal static string Sign(string key, string method, long expires, string path)
        {
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(key));
            var body = method + "\n" + expires.ToString(CultureInfo.InvariantCulture) + "\n" + path;
            return FileSliceContent.Hex(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
        }
    }
}
