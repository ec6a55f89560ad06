using System;
using System.Net.Http;
using System.Security;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Identity
{
    /// <summary>Where a role is granted: a project, a domain or the whole system.</summary>
    public enum GrantScope { Project, Domain, System }

    /// <summary>
    /// One role grant as Keystone addresses it: {scope}/{id}/{users|groups}/{actor}/roles/{role}, under OS-INHERIT with
    /// "/inherited_to_projects" when the projects below inherit it, or system/{users|groups}/{actor}/roles/{role}.
    /// </summary>
    public sealed class RoleGrant
    {
        public RoleGrant(string roleId, bool toGroup, string actorId, GrantScope scope, string? scopeId, bool inherited)
        {
            if (scope != GrantScope.System && string.IsNullOrEmpty(scopeId)) throw new ArgumentException("A " + scope.ToString().ToLowerInvariant() + " grant needs the " + scope.ToString().ToLowerInvariant() + ".");
            if (scope == GrantScope.System && inherited) throw new ArgumentException("A system role cannot be inherited: only domain and project roles are inherited by the projects below.");
            RoleId = roleId; ToGroup = toGroup; ActorId = actorId; Scope = scope; ScopeId = scopeId; Inherited = inherited;
        }

        public string RoleId { get; }
        public bool ToGroup { get; }
        public string ActorId { get; }
        public GrantScope Scope { get; }
        public string? ScopeId { get; }
        public bool Inherited { get; }

        internal string Path
        {
            get
            {
                var actor = (ToGroup ? "groups/" : "users/") + Uri.EscapeDataString(ActorId) + "/roles/" + Uri.EscapeDataString(RoleId);
                if (Scope == GrantScope.System) return "system/" + actor;
                var where = (Scope == GrantScope.Project ? "projects/" : "domains/") + Uri.EscapeDataString(ScopeId!) + "/" + actor;
                return Inherited ? "OS-INHERIT/" + where + "/inherited_to_projects" : where;
            }
        }
    }

    /// <summary>A new application credential and its secret, which Keystone returns this once.</summary>
    public sealed class CreatedApplicationCredential
    {
        internal CreatedApplicationCredential(ApplicationCredential credential, SecureString? secret) { Credential = credential; Secret = secret; }
        public ApplicationCredential Credential { get; }
        public SecureString? Secret { get; }
    }

    /// <summary>Role grants, and application credentials' secrets (the constructor and the rest are in IdentityClient.cs).</summary>
    public sealed partial class IdentityClient
    {
        public async Task GrantAsync(RoleGrant grant, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Put, ServiceTypes.Identity, grant.Path), ct).ConfigureAwait(false);
        }

        /// <summary>Revokes the grant; Keystone's 404 says when there is no such grant.</summary>
        public async Task RevokeAsync(RoleGrant grant, CancellationToken ct = default)
        {
            using var _ = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, ServiceTypes.Identity, grant.Path), ct).ConfigureAwait(false);
        }

        /// <summary>
        /// Creates an application credential of <paramref name="userId"/> (Keystone lets users make their own only). The
        /// secret in the answer is read apart into a read-only SecureString and taken out of the model's unknown fields.
        /// </summary>
        public async Task<CreatedApplicationCredential> CreateApplicationCredentialAsync(string userId, ApplicationCredentialCreateOptions options, CancellationToken ct = default)
        {
            var d = IdentityResources.ApplicationCredentials.Under(userId);
            var body = new System.Text.Json.Nodes.JsonObject { [d.Singular!] = options.ToJson() }.ToJsonString();
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, d.ServiceType, d.Path, body), ct).ConfigureAwait(false);
            var credential = ResourceClient.Read(d, doc, "POST", d.Path);
            credential.ExtensionData?.Remove("secret");
            SecureString? secret = null;
            if (doc!.RootElement.GetProperty(d.Singular!).TryGetProperty("secret", out var s) && s.ValueKind == JsonValueKind.String)
            {
                secret = new SecureString();
                foreach (var c in s.GetString()!) secret.AppendChar(c);
                secret.MakeReadOnly();
            }
            return new CreatedApplicationCredential(credential, secret);
        }
    }
}
