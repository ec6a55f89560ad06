using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>A project given to share something with: an id is taken as it is (a member may not read other projects), a name is looked up.</summary>
    internal static class ProjectIds
    {
        private static readonly Regex IdShape = new Regex("^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

        public static Task<string> ResolveAsync(ResourceClient client, string nameOrId, CancellationToken ct) =>
            IdShape.IsMatch(nameOrId) ? Task.FromResult(nameOrId) : client.FindIdAsync(IdentityResources.Projects, nameOrId, ct);
    }
}
