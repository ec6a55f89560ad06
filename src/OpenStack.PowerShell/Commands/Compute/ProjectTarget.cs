using System;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>The project a quota or usage cmdlet is about: the one named (name or id), or else the session's own.</summary>
    internal static class ProjectTarget
    {
        public static async Task<(string Id, string? Name)> ResolveAsync(OpenStackSession session, string? nameOrId, CancellationToken ct)
        {
            // The session's own project needs no lookup, which users other than administrators may not make by name.
            if (nameOrId == null || nameOrId == session.ProjectId || nameOrId == session.ProjectName)
                return (session.ProjectId ?? throw new ArgumentException("This session is not scoped to a project: give -Project."), session.ProjectName);
            // Looked up even when it looks like an id: Nova answers with the defaults for any id, a mistyped one too.
            var project = await new ResourceClient(session).FindAsync(IdentityResources.Projects, nameOrId, ct).ConfigureAwait(false);
            return (project.Id, project.Name);
        }
    }
}
