using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Client.Identity
{
    /// <summary>
    /// What Keystone does beyond its resources. This part: a user's own password change, and group membership; role grants
    /// and application credentials are in IdentityClient.Roles.cs.
    /// </summary>
    public sealed partial class IdentityClient
    {
        private readonly OpenStackSession _session;

        public IdentityClient(OpenStackSession session) { _session = session ?? throw new ArgumentNullException(nameof(session)); }

        /// <summary>
        /// POST /v3/users/{id}/password: a user changes their own password. Keystone then revokes the user's tokens, the
        /// session's among them: see <see cref="OpenStackSession.RenewAfterPasswordChangeAsync"/>. Never replayed (a retry
        /// would be refused, the original password no longer being it), and its body is left out of the trace.
        /// </summary>
        public async Task ChangePasswordAsync(string userId, Secret originalPassword, Secret newPassword, CancellationToken ct)
        {
            var body = new JsonObject
            {
                ["user"] = new JsonObject { ["password"] = newPassword.Reveal(), ["original_password"] = originalPassword.Reveal() },
            };
            var request = ServiceRequest.Json(HttpMethod.Post, ServiceTypes.Identity, "users/" + Uri.EscapeDataString(userId) + "/password", body.ToJsonString());
            request.NotReplayable = true;
            using var response = await _session.SendAsync(request, ct).ConfigureAwait(false);
        }

        /// <summary>PUT /v3/groups/{g}/users/{u}: adding a member twice is no error.</summary>
        public async Task AddGroupMemberAsync(string groupId, string userId, CancellationToken ct)
        {
            using var response = await _session.SendAsync(new ServiceRequest(HttpMethod.Put, ServiceTypes.Identity, MemberPath(groupId, userId)), ct).ConfigureAwait(false);
        }

        /// <summary>DELETE /v3/groups/{g}/users/{u}: a user who is not a member is Keystone's 404.</summary>
        public async Task RemoveGroupMemberAsync(string groupId, string userId, CancellationToken ct)
        {
            using var response = await _session.SendAsync(new ServiceRequest(HttpMethod.Delete, ServiceTypes.Identity, MemberPath(groupId, userId)), ct).ConfigureAwait(false);
        }

        private static string MemberPath(string groupId, string userId) => "groups/" + Uri.EscapeDataString(groupId) + "/users/" + Uri.EscapeDataString(userId);
    }
}
