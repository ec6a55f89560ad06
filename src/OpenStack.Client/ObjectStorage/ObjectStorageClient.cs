using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.Json;

namespace OpenStack.Client.ObjectStorage
{
    /// <summary>
    /// Swift by hand: its facts live in headers (metadata, ACLs, counts), its listings are JSON arrays paged by marker and
    /// its bodies are streams, none of which fits the generic resource client. Requests still go through the session
    /// (token, retries, redacted trace, typed errors).
    /// </summary>
    public sealed partial class ObjectStorageClient
    {
        private const string Service = ServiceTypes.ObjectStore;
        /// <summary>Swift's default constraints (GET /info: max_container_name_length, max_object_name_length).</summary>
        public const int MaxContainerNameBytes = 256, MaxObjectNameBytes = 1024;
        /// <summary>Swift lists at most 10,000 names a page.</summary>
        public const int MaxPageSize = 10000;

        private readonly OpenStackSession _session;

        public ObjectStorageClient(OpenStackSession session) { _session = session; }

        public OpenStackSession Session => _session;

        /// <summary>Names per listing request (up to 10,000; tests make it small to cross pages).</summary>
        public int PageSize { get; set; } = MaxPageSize;

        // ---------------------------------------------------------------- names and paths

        /// <summary>Refuses a container name Swift would (or that cannot be addressed), before anything is sent.</summary>
        public static void ValidateContainerName(string name)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A container name cannot be empty.");
            if (name.IndexOf('/') >= 0) throw new ArgumentException("The container name '" + name + "' holds a '/': container names cannot (object names can).");
            if (Encoding.UTF8.GetByteCount(name) > MaxContainerNameBytes)
                throw new ArgumentException("The container name '" + Short(name) + "' is longer than Swift's " + MaxContainerNameBytes + " bytes.");
            if (name == "." || name == "..") throw new ArgumentException("'" + name + "' cannot be a container name.");
        }

        public static void ValidateObjectName(string name)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("An object name cannot be empty.");
            if (Encoding.UTF8.GetByteCount(name) > MaxObjectNameBytes)
                throw new ArgumentException("The object name '" + Short(name) + "' is longer than Swift's " + MaxObjectNameBytes + " bytes.");
            // A URL path cannot carry "." or ".." as a segment: it would be resolved away before it reached Swift.
            if (name.Split('/').Any(s => s == "." || s == ".."))
                throw new ArgumentException("The object name '" + name + "' has a '.' or '..' part, which a URL cannot carry.");
        }

        private static string Short(string s) => s.Length > 40 ? s.Substring(0, 40) + "..." : s;

        internal static string ContainerPath(string container)
        {
            ValidateContainerName(container);
            return Uri.EscapeDataString(container);
        }

        internal static string ObjectPath(string container, string name)
        {
            ValidateObjectName(name);
            return ContainerPath(container) + "/" + string.Join("/", name.Split('/').Select(Uri.EscapeDataString));
        }

        // ---------------------------------------------------------------- requests

        internal async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, IDictionary<string, string>? headers, CancellationToken ct,
            HttpContent? content = null, bool stream = false, bool expectContinue = false)
        {
            var request = new ServiceRequest(method, Service, path) { Content = content, StreamResponse = stream, NotReplayable = content is StreamContentBase, ExpectContinue = expectContinue };
            if (headers != null) foreach (var h in headers) request.Headers[h.Key] = h.Value;
            return await _session.SendAsync(request, ct).ConfigureAwait(false);
        }

        private async Task SendAndForgetAsync(HttpMethod method, string path, IDictionary<string, string>? headers, CancellationToken ct, HttpContent? content = null)
        {
            using var _ = await SendAsync(method, path, headers, ct, content).ConfigureAwait(false);
        }

        internal static string? Header(HttpResponseMessage response, string name)
        {
            if (response.Headers.TryGetValues(name, out var values)) return values.FirstOrDefault();
            if (response.Content != null && response.Content.Headers.TryGetValues(name, out var cv)) return cv.FirstOrDefault();
            return null;
        }

        private static long? Long(HttpResponseMessage r, string name) =>
            long.TryParse(Header(r, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (long?)null;

        /// <summary>The metadata headers with the prefix, without it; temp URL keys are secrets and never copied.</summary>
        internal static Dictionary<string, string> Metadata(HttpResponseMessage r, string prefix)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> all = r.Headers;
            if (r.Content != null) all = all.Concat(r.Content.Headers);
            foreach (var h in all)
            {
                if (!h.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                var key = h.Key.Substring(prefix.Length);
                if (IsTempUrlKey(key)) continue;
                result[key] = string.Join(",", h.Value);
            }
            return result;
        }

        internal static bool IsTempUrlKey(string metaKey) =>
            metaKey.Equals("Temp-URL-Key", StringComparison.OrdinalIgnoreCase) || metaKey.Equals("Temp-URL-Key-2", StringComparison.OrdinalIgnoreCase);

        /// <summary>Metadata to send: X-...-Meta-key: value; a null or empty value removes the key (X-Remove-...-Meta-key).</summary>
        internal static void AddMetadata(IDictionary<string, string> headers, string kind, IDictionary<string, string?>? metadata)
        {
            if (metadata == null) return;
            foreach (var kv in metadata)
            {
                if (string.IsNullOrWhiteSpace(kv.Key)) throw new ArgumentException("A metadata key cannot be empty.");
                if (IsTempUrlKey(kv.Key)) throw new ArgumentException("Temp URL keys are set with New-OSObjectTempUrl -SetKey, not as metadata.");
                if (string.IsNullOrEmpty(kv.Value)) headers["X-Remove-" + kind + "-Meta-" + kv.Key] = "x";
                else headers["X-" + kind + "-Meta-" + kv.Key] = kv.Value!;
            }
        }

        // ---------------------------------------------------------------- account

        public async Task<ObjectStoreAccount> GetAccountAsync(CancellationToken ct = default)
        {
            using var r = await SendAsync(HttpMethod.Head, "", null, ct).ConfigureAwait(false);
            var account = r.RequestMessage?.RequestUri?.AbsolutePath.TrimEnd('/') ?? "";
            return new ObjectStoreAccount
            {
                Account = Uri.UnescapeDataString(account.Substring(account.LastIndexOf('/') + 1)),
                ContainerCount = Long(r, "X-Account-Container-Count") ?? 0,
                ObjectCount = Long(r, "X-Account-Object-Count") ?? 0,
                Bytes = Long(r, "X-Account-Bytes-Used") ?? 0,
                QuotaBytes = Long(r, "X-Account-Meta-Quota-Bytes"),
                HasTempUrlKey = Header(r, "X-Account-Meta-Temp-URL-Key") != null || Header(r, "X-Account-Meta-Temp-URL-Key-2") != null,
                Metadata = Metadata(r, "X-Account-Meta-"),
            };
        }

        /// <summary>Sets (or, with an empty value, removes) account metadata.</summary>
        public Task SetAccountMetadataAsync(IDictionary<string, string?> metadata, CancellationToken ct = default)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            AddMetadata(headers, "Account", metadata);
            return SendAndForgetAsync(HttpMethod.Post, "", headers, ct);
        }

        // ---------------------------------------------------------------- containers

        /// <summary>Every container (or those starting with <paramref name="prefix"/>), page after page by marker.</summary>
        public async IAsyncEnumerable<ObjectContainer> ListContainersAsync(string? prefix, [EnumeratorCancellation] CancellationToken ct = default)
        {
            string? marker = null;
            while (true)
            {
                var list = await PageAsync("", prefix, null, marker, OpenStackJsonContext.Default.ListObjectContainer, ct).ConfigureAwait(false);
                foreach (var c in list) yield return c;
                if (list.Count < PageSize || list.Count == 0) yield break;
                marker = list[list.Count - 1].Name;
            }
        }

        private async Task<List<T>> PageAsync<T>(string path, string? prefix, string? delimiter, string? marker,
            System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>> type, CancellationToken ct)
        {
            var q = new StringBuilder(path).Append("?format=json&limit=").Append(Math.Max(1, Math.Min(PageSize, MaxPageSize)).ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(prefix)) q.Append("&prefix=").Append(Uri.EscapeDataString(prefix));
            if (!string.IsNullOrEmpty(delimiter)) q.Append("&delimiter=").Append(Uri.EscapeDataString(delimiter));
            if (marker != null) q.Append("&marker=").Append(Uri.EscapeDataString(marker));
            var request = new ServiceRequest(HttpMethod.Get, Service, q.ToString());
            using var response = await _session.SendAsync(request, ct).ConfigureAwait(false);
            // An empty account or container answers 204 with no body.
            var text = response.Content == null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(text)) return new List<T>();
            try { return System.Text.Json.JsonSerializer.Deserialize(text, type) ?? new List<T>(); }
            catch (System.Text.Json.JsonException ex)
            {
                throw new InvalidResponseException(new ErrorContext
                {
                    Method = "GET", ServiceType = Service, Url = path, RequestId = RequestIds.From(response),
                    ServiceMessage = "The object store's listing is not a JSON array (" + ex.Message + ")",
                }, ex);
            }
        }

        /// <summary>The container with its ACLs, metadata, policy and quotas (a HEAD); NotFoundException when there is none.</summary>
        public async Task<ObjectContainer> GetContainerAsync(string name, CancellationToken ct = default)
        {
            using var r = await SendAsync(HttpMethod.Head, ContainerPath(name), null, ct).ConfigureAwait(false);
            return new ObjectContainer
            {
                Name = name,
                ObjectCount = Long(r, "X-Container-Object-Count") ?? 0,
                Bytes = Long(r, "X-Container-Bytes-Used") ?? 0,
                ReadAcl = Header(r, "X-Container-Read"),
                WriteAcl = Header(r, "X-Container-Write"),
                StoragePolicy = Header(r, "X-Storage-Policy"),
                QuotaBytes = Long(r, "X-Container-Meta-Quota-Bytes"),
                QuotaCount = Long(r, "X-Container-Meta-Quota-Count"),
                KeepsVersions = string.Equals(Header(r, "X-Versions-Enabled"), "True", StringComparison.OrdinalIgnoreCase)
                    || Header(r, "X-Versions-Location") != null || Header(r, "X-History-Location") != null,
                LastModified = DateTimeOffset.TryParse(Header(r, "Last-Modified"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var lm) ? lm : (DateTimeOffset?)null,
                Metadata = Metadata(r, "X-Container-Meta-"),
            };
        }

        /// <summary>Creates the container (a PUT: an existing one keeps its objects and takes the headers given).</summary>
        public async Task<ObjectContainer> CreateContainerAsync(string name, ContainerOptions options, CancellationToken ct = default)
        {
            var headers = options.Headers();
            await SendAndForgetAsync(HttpMethod.Put, ContainerPath(name), headers, ct).ConfigureAwait(false);
            return await GetContainerAsync(name, ct).ConfigureAwait(false);
        }

        /// <summary>Changes ACLs, metadata and quotas (a POST: what is not given stays).</summary>
        public async Task<ObjectContainer> UpdateContainerAsync(string name, ContainerOptions options, CancellationToken ct = default)
        {
            if (options.StoragePolicy != null) throw new ArgumentException("A container's storage policy is chosen when it is created and cannot change.");
            await SendAndForgetAsync(HttpMethod.Post, ContainerPath(name), options.Headers(), ct).ConfigureAwait(false);
            return await GetContainerAsync(name, ct).ConfigureAwait(false);
        }

        /// <summary>Deletes an empty container; Swift's 409 for a non-empty one says so, with what to do.</summary>
        public async Task DeleteContainerAsync(string name, CancellationToken ct = default)
        {
            try
            {
                await SendAndForgetAsync(HttpMethod.Delete, ContainerPath(name), null, ct).ConfigureAwait(false);
            }
            catch (ConflictException ex)
            {
                throw new ContainerNotEmptyException("The container '" + name + "' is not empty; remove its objects first, or use -Recurse to empty it.", ex);
            }
        }
    }

    /// <summary>A container still holding objects cannot be deleted.</summary>
    public sealed class ContainerNotEmptyException : OpenStackException
    {
        public ContainerNotEmptyException(string message, Exception inner) : base(message, inner) { }
    }

    /// <summary>Marks request bodies that are one-shot streams (never replayed by the retry handler).</summary>
    internal abstract class StreamContentBase : HttpContent { }
}
