using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSGroupMember: the users of a group (GET /v3/groups/{id}/users), optionally by name with wildcards.</summary>
    [Cmdlet(VerbsCommon.Get, "OSGroupMember")]
    [OutputType(typeof(Client.Identity.User))]
    public sealed class GetOSGroupMemberCommand : GetResourceCmdlet<User>
    {
        /// <summary>The group: name, id, or a group from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("GroupId")]
        [ReferenceTo(typeof(Client.Identity.Group))]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public NameOrId Group { get; set; } = null!;

        /// <summary>Only members whose name matches; wildcards are allowed.</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(UserNameCompleter))] public string? Name { get; set; }

        protected override ResourceDescriptor<User> Resource => IdentityResources.Users;
        protected override string[]? Wanted => null;
        protected override string? NamePattern => Name;
        protected override object ListTarget => Group.Value;

        protected override ResourceDescriptor<User> Listed(ResourceClient client) =>
            IdentityResources.GroupMembers.Under(Run(ct => client.FindIdAsync(IdentityResources.Groups, Group.Value, ct)));
    }
}
