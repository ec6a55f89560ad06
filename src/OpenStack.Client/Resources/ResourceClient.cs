using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.Client.Paging;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Resources
{
    /// <summary>
    /// The operations every resource shares, served from its <see cref="ResourceDescriptor{T}"/>: list (every page,
    /// filters sent to the service), get, find by name or id, create, update, delete, wait.
    /// </summary>
    public sealed class ResourceClient
    {
        private readonly OpenStackSession _session;

        public ResourceClient(OpenStackSession session) { _session = session ?? throw new ArgumentNullException(nameof(session)); }

        public OpenStackSession Session => _session;

        /// <summary>Streams every item, page by page, with <paramref name="query"/> applied by the service.</summary>
        public IAsyncEnumerable<T> ListAsync<T>(ResourceDescriptor<T> d, Query? query = null, int? pageSize = null, CancellationToken ct = default) where T : class
        {
            var path = d.ListFrom + (query?.ToQueryString() ?? "");
            var items = d.ListItemKey == null
                ? Pager.ListAsync(_session, d.ServiceType, path, d.Plural, d.Type, pageSize, ct)
                : ListWrappedAsync(d, path, pageSize, ct);
            return d.MinMicroversion == null ? items : AfterCheckAsync(d, items, ct);
        }

        private async IAsyncEnumerable<T> AfterCheckAsync<T>(ResourceDescriptor<T> d, IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken ct) where T : class
        {
            await RequireAsync(d, d.MinMicroversion, d.KindPlural, ct).ConfigureAwait(false);
            await foreach (var item in items.ConfigureAwait(false)) yield return item;
        }

        /// <summary>Says before any request that the cloud's negotiated microversion is older than <paramref name="needed"/>.</summary>
        private async Task RequireAsync<T>(ResourceDescriptor<T> d, string? needed, string what, CancellationToken ct) where T : class
        {
            if (needed == null) return;
            var have = await _session.GetMicroversionAsync(d.ServiceType, ct).ConfigureAwait(false);
            // No microversion known (a service without them, or none negotiated): the service itself will say.
            if (have == null || have.Value >= Microversion.Parse(needed)) return;
            throw new NotSupportedException(Capital(what) + " need " + d.ServiceType + " API microversion " + needed + " or later; this cloud's is " + have.Value + ".");
        }

        private async IAsyncEnumerable<T> ListWrappedAsync<T>(ResourceDescriptor<T> d, string path, int? pageSize, [EnumeratorCancellation] CancellationToken ct) where T : class
        {
            await foreach (var e in Pager.ListElementsAsync(_session, d.ServiceType, path, d.Plural, pageSize, ct).ConfigureAwait(false))
                yield return (e.TryGetProperty(d.ListItemKey!, out var inner) ? inner : e).Deserialize(d.Type)!;
        }

        /// <summary>The resource with that id, or null when there is none (or the value cannot be one of its ids).</summary>
        public async Task<T?> GetAsync<T>(ResourceDescriptor<T> d, string id, CancellationToken ct = default) where T : class
        {
            if (string.IsNullOrEmpty(id) || (d.IdsAreUuids && !d.NameIsId && !NameResolver.LooksLikeId(id)) || (d.IdShape != null && !d.IdShape(id))) return null;
            await RequireAsync(d, d.MinMicroversion, d.KindPlural, ct).ConfigureAwait(false);
            try
            {
                using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, d.ServiceType, ItemPath(d, id)), ct).ConfigureAwait(false);
                return Read(d, doc, "GET", ItemPath(d, id));
            }
            catch (NotFoundException) { return null; }
        }

        /// <summary>One resource by id or exact name; a clear error when none matches, or several do (listing them).</summary>
        public async Task<T> FindAsync<T>(ResourceDescriptor<T> d, string nameOrId, CancellationToken ct = default) where T : class
        {
            if (d.NameIsId)
            {
                if (string.IsNullOrWhiteSpace(nameOrId)) throw new ArgumentException("A " + d.Kind + " name is required.");
                return await GetAsync(d, nameOrId, ct).ConfigureAwait(false) ?? throw new NotFoundException("No " + d.Kind + " is named '" + nameOrId + "'.");
            }
            var found = await NameResolver.FindAsync(d.Kind, nameOrId, (id, c) => GetAsync(d, id, c), c => ListAsync(d, NameQuery(d, nameOrId), null, c),
                d.NameOf, d.IdOf, ct).ConfigureAwait(false);
            // A listed item may be a summary: read the whole of it, unless it was just read by its id.
            if (d.ListsSummaries && d.IdOf(found) != nameOrId) return await GetAsync(d, d.IdOf(found), ct).ConfigureAwait(false) ?? found;
            return found;
        }

        public async Task<string> FindIdAsync<T>(ResourceDescriptor<T> d, string nameOrId, CancellationToken ct = default) where T : class =>
            d.IdOf(await FindAsync(d, nameOrId, ct).ConfigureAwait(false));

        /// <summary>
        /// The id to act on: a UUID is taken as given, with no request (the action's own 404 says when it names nothing),
        /// anything else is found by name. For bulk actions, where a lookup per item would double the requests.
        /// </summary>
        public Task<string> ResolveIdAsync<T>(ResourceDescriptor<T> d, string nameOrId, CancellationToken ct = default) where T : class =>
            d.IdsAreUuids && NameResolver.LooksLikeId(nameOrId) ? Task.FromResult(nameOrId) : FindIdAsync(d, nameOrId, ct);

        /// <summary>The list query that finds what may bear a name: the service filters where it can.</summary>
        private static Query NameQuery<T>(ResourceDescriptor<T> d, string name) where T : class
        {
            var q = new Query();
            foreach (var (field, value) in d.FindFilters) q.Add(field, value);
            switch (d.NameFilter)
            {
                case NameFilter.Exact: q.Add(d.NameField, name); break;
                case NameFilter.Regex: q.Add(d.NameField, "^" + Regex.Escape(name) + "$"); break;
            }
            return q;
        }

        /// <summary>Creates from an options object: checked, its microversion required, then POSTed.</summary>
        public async Task<T> CreateAsync<T>(ResourceDescriptor<T> d, ResourceOptions options, CancellationToken ct = default) where T : class
        {
            var body = options.ToJson();
            await RequireAsync(d, options.MinMicroversion ?? d.MinMicroversion, "new " + d.KindPlural, ct).ConfigureAwait(false);
            return await CreateAsync(d, body, ct).ConfigureAwait(false);
        }

        /// <summary>POSTs the attributes (wrapped as the service wants) and returns the new resource.</summary>
        public async Task<T> CreateAsync<T>(ResourceDescriptor<T> d, JsonObject attributes, CancellationToken ct = default) where T : class
        {
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, d.ServiceType, d.Path, Wrap(d, attributes)), ct).ConfigureAwait(false);
            var created = Read(d, doc, "POST", d.Path);
            if (!d.CreateAnswersPartially) return created;
            var id = d.IdOf(created);
            if (string.IsNullOrEmpty(id))
                throw new OpenStackException("The " + d.ServiceType + " service accepted the new " + d.Kind + " but returned no id to find it by.");
            return await GetAsync(d, id, ct).ConfigureAwait(false) ?? throw new NotFoundException(Capital(d.Kind) + " " + id + " was created but cannot be read back.");
        }

        /// <summary>Changes the given attributes only: a PUT of them, or a JSON patch replacing each, as the service takes changes.</summary>
        public async Task<T> UpdateAsync<T>(ResourceDescriptor<T> d, string id, JsonObject changes, CancellationToken ct = default) where T : class
        {
            if (changes.Count == 0) throw new ArgumentException("Nothing to change: give at least one property to set.");
            switch (d.Update)
            {
                case UpdateStyle.Put:
                    using (var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Put, d.ServiceType, ItemPath(d, id), Wrap(d, changes)), ct).ConfigureAwait(false))
                        return Read(d, doc, "PUT", ItemPath(d, id));
                case UpdateStyle.Patch:
                    using (var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(new HttpMethod("PATCH"), d.ServiceType, ItemPath(d, id), Wrap(d, changes)), ct).ConfigureAwait(false))
                        return Read(d, doc, "PATCH", ItemPath(d, id));
                case UpdateStyle.JsonPatch:
                    var patch = new JsonPatch();
                    foreach (var kv in changes) patch.Replace(kv.Key, kv.Value?.DeepClone());
                    return await PatchAsync(d, id, patch, ct).ConfigureAwait(false);
                default:
                    throw new NotSupportedException("A " + d.Kind + " cannot be changed once made.");
            }
        }

        /// <summary>Sends a JSON patch (Glance, Magnum) and returns the changed resource.</summary>
        public async Task<T> PatchAsync<T>(ResourceDescriptor<T> d, string id, JsonPatch patch, CancellationToken ct = default) where T : class
        {
            if (patch.Count == 0) throw new ArgumentException("Nothing to change: give at least one property to set.");
            var request = ServiceRequest.Json(new HttpMethod("PATCH"), d.ServiceType, ItemPath(d, id), patch.ToJsonString(), d.PatchContentType);
            using var doc = await _session.SendForDocumentAsync(request, ct).ConfigureAwait(false);
            return Read(d, doc, "PATCH", ItemPath(d, id));
        }

        public async Task DeleteAsync<T>(ResourceDescriptor<T> d, string id, Query? query = null, CancellationToken ct = default) where T : class
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, d.ServiceType, ItemPath(d, id) + (query?.ToQueryString() ?? "")), ct).ConfigureAwait(false);
        }

        /// <summary>POSTs to an action of the resource: {path}/{id}/action with {"os-stop": null} and the like.</summary>
        public async Task ActionAsync<T>(ResourceDescriptor<T> d, string id, JsonObject body, string action = "action", CancellationToken ct = default) where T : class
        {
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, d.ServiceType, ItemPath(d, id) + "/" + action, body.ToJsonString()), ct).ConfigureAwait(false);
        }

        /// <summary>
        /// Adds or changes metadata items (POST {path}/{id}/metadata), or with <paramref name="replaceAll"/> makes them the
        /// whole metadata (PUT): Nova's servers and Cinder's volumes and snapshots share this shape.
        /// </summary>
        public async Task SetMetadataAsync<T>(ResourceDescriptor<T> d, string id, IDictionary<string, string> metadata, bool replaceAll, CancellationToken ct = default)
            where T : class
        {
            var md = new JsonObject();
            foreach (var kv in metadata) md[kv.Key] = kv.Value;
            using var _ = await _session.SendAsync(ServiceRequest.Json(replaceAll ? HttpMethod.Put : HttpMethod.Post, d.ServiceType, ItemPath(d, id) + "/metadata",
                new JsonObject { ["metadata"] = md }.ToJsonString()), ct).ConfigureAwait(false);
        }

        /// <summary>Removes one metadata item (DELETE {path}/{id}/metadata/{key}); the service's 404 says when there is no such item.</summary>
        public async Task RemoveMetadataAsync<T>(ResourceDescriptor<T> d, string id, string key, CancellationToken ct = default) where T : class
        {
            if (string.IsNullOrEmpty(key)) throw new ArgumentException("A metadata key to remove is required.");
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, d.ServiceType, ItemPath(d, id) + "/metadata/" + Uri.EscapeDataString(key)), ct).ConfigureAwait(false);
        }

        /// <summary>Polls until a target status (or, waiting for deletion, until gone); a failure status ends it with the service's reason.</summary>
        public Task<T?> WaitAsync<T>(ResourceDescriptor<T> d, string id, WaitOptions options, CancellationToken ct = default) where T : class
        {
            var rule = d.Status ?? throw new InvalidOperationException("A " + d.Kind + " has no status to wait for.");
            return PollingAsync(d, id, poll => StatusWaiter.WaitAsync(poll, rule.Read, rule.Reason, d.Kind + " " + id, options, ct, LateReasonOf(d, id)));
        }

        /// <summary>
        /// Before a change that is waited on: reads the resource once and, when it is already in one of the wait's failure
        /// statuses, tells <paramref name="options"/> so (<see cref="WaitOptions.FailureBefore"/>): that failure is history,
        /// not this change's outcome. A resource gone already is left to the change to report.
        /// </summary>
        public async Task NoteFailureBeforeAsync<T>(ResourceDescriptor<T> d, string id, WaitOptions options, CancellationToken ct = default) where T : class
        {
            var rule = d.Status ?? throw new InvalidOperationException("A " + d.Kind + " has no status to wait for.");
            var before = await GetWhileChangingAsync(d, id, ct).ConfigureAwait(false);
            options.NoteStatusBefore(before == null ? null : rule.Read(before));
        }

        /// <summary>
        /// For a kind whose service records a failure's reason after its status (<see cref="StatusRule{T}.ReasonLag"/>): how a
        /// wait reads the resource once more, with a GET; null for other kinds.
        /// </summary>
        public LateReason<T>? LateReasonOf<T>(ResourceDescriptor<T> d, string id) where T : class =>
            d.Status?.ReasonLag is TimeSpan lag ? new LateReason<T>(lag, c => GetWhileChangingAsync(d, id, c)) : null;

        /// <summary>
        /// Runs a wait on the resource with <see cref="PollAsync{T}"/> as its poll, and tells the <see cref="WaitBatch"/>
        /// when it ends: while only one or two waits run, their polls are GETs.
        /// </summary>
        public async Task<TResult> PollingAsync<T, TResult>(ResourceDescriptor<T> d, string id, Func<Func<CancellationToken, Task<T?>>, Task<TResult>> wait)
            where T : class
        {
            var poller = WaitBatch.Current?.PollerFor(this, d);
            using (poller?.Track(id))
            {
                // Set within this async method, so it holds for this wait only.
                if (poller != null) WaitBatch.SharePollsWhile(() => poller.Listing);
                return await wait(c => PollAsync(d, id, c)).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The resource as it is now, for a wait's poll; null when it is gone. Inside a <see cref="WaitBatch"/>, the polls of
        /// every wait on that kind share one listing per poll where the kind has <see cref="ResourceDescriptor{T}.Changes"/>.
        /// </summary>
        public Task<T?> PollAsync<T>(ResourceDescriptor<T> d, string id, CancellationToken ct = default) where T : class
        {
            var poller = WaitBatch.Current?.PollerFor(this, d);
            return poller == null ? GetWhileChangingAsync(d, id, ct) : poller.PollAsync(id, WaitBatch.OperationStart, ct);
        }

        /// <summary>A GET for a wait's poll: an answer the kind's <see cref="StatusRule{T}.Unreadable"/> calls passing is asked again.</summary>
        private async Task<T?> GetWhileChangingAsync<T>(ResourceDescriptor<T> d, string id, CancellationToken ct) where T : class
        {
            for (var attempt = 1; ; attempt++)
            {
                try { return await GetAsync(d, id, ct).ConfigureAwait(false); }
                catch (OpenStackException ex) when (attempt < StatusRule<T>.UnreadableAttempts && d.Status?.Unreadable?.Invoke(ex) == true)
                {
                    HttpTrace.Write(TraceLevel.Verbose, Capital(d.Kind) + " " + id + " cannot be read while it changes (" + ex.Message + "); asking again.");
                    await Task.Delay(StatusRule<T>.UnreadablePause, ct).ConfigureAwait(false);
                }
            }
        }

        internal static string ItemPath<T>(ResourceDescriptor<T> d, string id) where T : class => d.Path + "/" + Uri.EscapeDataString(id);

        /// <summary>The body under the service's singular key. Written out rather than put into a new node, which would
        /// adopt the caller's object and leave it unusable for a second try.</summary>
        private static string Wrap<T>(ResourceDescriptor<T> d, JsonObject attributes) where T : class
        {
            if (d.Singular == null) return attributes.ToJsonString();
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WritePropertyName(d.Singular);
                attributes.WriteTo(writer);
                writer.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <summary>The resource in a response body: under its singular key, or the bare object.</summary>
        internal static T Read<T>(ResourceDescriptor<T> d, JsonDocument? doc, string method, string path) where T : class
        {
            if (doc != null && doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (d.Singular == null) return doc.RootElement.Deserialize(d.Type) ?? throw Unreadable(d, method, path);
                if (doc.RootElement.TryGetProperty(d.Singular, out var item) && item.ValueKind == JsonValueKind.Object)
                    return item.Deserialize(d.Type) ?? throw Unreadable(d, method, path);
            }
            throw Unreadable(d, method, path);
        }

        private static OpenStackException Unreadable<T>(ResourceDescriptor<T> d, string method, string path) where T : class =>
            new OpenStackException("The " + d.ServiceType + " service answered " + method + " " + path + " without the " +
                (d.Singular == null ? d.Kind : "'" + d.Singular + "'") + " this client expects.");

        private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}
