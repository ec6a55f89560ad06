using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Paging;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Orchestration
{
    /// <summary>What Heat has beyond the shared operations: stacks from templates, their actions, resources, events and templates.</summary>
    public sealed partial class OrchestrationClient
    {
        private const string Service = ServiceTypes.Orchestration;
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;
        private readonly OpenStackSession _session;
        private readonly ResourceClient _resources;

        public OrchestrationClient(OpenStackSession session) { _session = session; _resources = new ResourceClient(session); }

        /// <summary>Where Heat serves one stack: stacks/{name}/{id}.</summary>
        public static string PathOf(Stack stack) => "stacks/" + Uri.EscapeDataString(stack.Name ?? "") + "/" + Uri.EscapeDataString(stack.Id);

        /// <summary>A stack by name or id, read in full (parameters, outputs).</summary>
        public async Task<Stack> FindAsync(string nameOrId, CancellationToken ct = default)
        {
            var found = await _resources.FindAsync(OrchestrationResources.Stacks, nameOrId, ct).ConfigureAwait(false);
            return found.Id == nameOrId ? found : await GetAsync(found.Id, ct).ConfigureAwait(false) ?? found;
        }

        public Task<Stack?> GetAsync(string id, CancellationToken ct = default) => _resources.GetAsync(OrchestrationResources.Stacks, id, ct);

        /// <summary>Creates a stack (Heat answers its id) and reads it back.</summary>
        public async Task<Stack> CreateAsync(StackOptions options, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, "stacks", options.ToJson().ToJsonString()), ct).ConfigureAwait(false);
            var id = doc != null && doc.RootElement.TryGetProperty("stack", out var s) && s.TryGetProperty("id", out var i) ? i.GetString() : null;
            if (string.IsNullOrEmpty(id)) throw new OpenStackException("Heat accepted the stack " + options.Name + " but returned no id to find it by.");
            return await GetAsync(id!, ct).ConfigureAwait(false) ?? throw new NotFoundException("Stack " + options.Name + " was created but cannot be read back.");
        }

        /// <summary>Updates a stack: the whole of it (PUT), or with <paramref name="existing"/> only what is given, the rest kept (PATCH).</summary>
        public async Task UpdateAsync(Stack stack, StackOptions options, bool existing, CancellationToken ct = default)
        {
            var method = existing ? new HttpMethod("PATCH") : HttpMethod.Put;
            using var _ = await _session.SendAsync(ServiceRequest.Json(method, Service, PathOf(stack), options.ToJson().ToJsonString()), ct).ConfigureAwait(false);
        }

        /// <summary>What an update would do, changing nothing (Heat's update preview).</summary>
        public async Task<StackUpdatePreview> PreviewUpdateAsync(Stack stack, StackOptions options, bool existing, CancellationToken ct = default)
        {
            var method = existing ? new HttpMethod("PATCH") : HttpMethod.Put;
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(method, Service, PathOf(stack) + "/preview", options.ToJson().ToJsonString()), ct).ConfigureAwait(false);
            var preview = new StackUpdatePreview { StackName = stack.Name ?? stack.Id };
            if (doc == null || !doc.RootElement.TryGetProperty("resource_changes", out var changes)) return preview;
            void Fill(string key, List<string> into)
            {
                if (!changes.TryGetProperty(key, out var list) || list.ValueKind != JsonValueKind.Array) return;
                foreach (var r in list.EnumerateArray())
                    if (r.TryGetProperty("resource_name", out var n) && n.GetString() is string name) into.Add(name);
            }
            Fill("added", preview.Added); Fill("replaced", preview.Replaced); Fill("updated", preview.Updated);
            Fill("deleted", preview.Deleted); Fill("unchanged", preview.Unchanged);
            return preview;
        }

        public async Task DeleteAsync(Stack stack, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, Service, PathOf(stack)), ct).ConfigureAwait(false);
        }

        /// <summary>suspend, resume, check or cancel_update.</summary>
        public async Task ActionAsync(Stack stack, string action, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(ServiceRequest.Json(HttpMethod.Post, Service, PathOf(stack) + "/actions",
                new JsonObject { [action] = null }.ToJsonString()), ct).ConfigureAwait(false);
        }

        /// <summary>Heat's validation of a template (with its environment and files); a template Heat refuses is its HTTP 400 with Heat's message.</summary>
        public async Task<StackTemplateValidation> ValidateAsync(StackOptions options, CancellationToken ct = default)
        {
            var body = options.ToJson();
            body.Remove("stack_name"); body.Remove("timeout_mins"); body.Remove("tags"); body.Remove("disable_rollback");
            return await _session.SendJsonAsync(ServiceRequest.Json(HttpMethod.Post, Service, "validate", body.ToJsonString()), Json.StackTemplateValidation, ct).ConfigureAwait(false);
        }

        /// <summary>The stack's resources; with <paramref name="nestedDepth"/>, those of nested stacks too.</summary>
        public IAsyncEnumerable<StackResource> ListResourcesAsync(Stack stack, int? nestedDepth = null, CancellationToken ct = default) =>
            Pager.ListAsync(_session, Service, PathOf(stack) + "/resources" + new Query().Add("nested_depth", nestedDepth).ToQueryString(), "resources", Json.StackResource, null, ct);

        /// <summary>The stack's events (of one resource when named), oldest first, after <paramref name="marker"/> when given.</summary>
        public IAsyncEnumerable<StackEvent> ListEventsAsync(Stack stack, string? resource = null, string? marker = null, int? nestedDepth = null, bool newestFirst = false,
            CancellationToken ct = default)
        {
            var path = PathOf(stack) + (resource == null ? "" : "/resources/" + Uri.EscapeDataString(resource)) + "/events";
            var q = new Query().Add("sort_dir", newestFirst ? "desc" : "asc").Add("sort_keys", "event_time").Add("marker", marker).Add("nested_depth", nestedDepth);
            return Pager.ListAsync(_session, Service, path + q.ToQueryString(), "events", Json.StackEvent, null, ct);
        }

        /// <summary>The template the stack was last built from, as Heat holds it.</summary>
        public async Task<JsonNode?> GetTemplateAsync(Stack stack, CancellationToken ct = default)
        {
            using var doc = await _session.SendForDocumentAsync(new ServiceRequest(HttpMethod.Get, Service, PathOf(stack) + "/template"), ct).ConfigureAwait(false);
            return doc == null ? null : JsonNode.Parse(doc.RootElement.GetRawText());
        }
    }
}
