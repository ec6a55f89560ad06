using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSGroup: Keystone groups by name (wildcards) or id, by domain, or the groups a user belongs to.</summary>
    [Cmdlet(VerbsCommon.Get, "OSGroup", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Client.Identity.Group))]
    public sealed class GetOSGroupCommand : GetResourceCmdlet<Group>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public string? Name { get; set; }

        /// <summary>Only the groups of this domain (name or id).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        public string? Domain { get; set; }

        /// <summary>Only the groups this user (name, id, or a user from the pipeline) belongs to.</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Identity.User))]
        [ArgumentCompleter(typeof(UserNameCompleter))] public NameOrId? User { get; set; }

        protected override ResourceDescriptor<Group> Resource => IdentityResources.Groups;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;

        protected override ResourceDescriptor<Group> Listed(ResourceClient client) =>
            User == null ? Resource : IdentityResources.UserGroups.Under(Run(ct => client.FindIdAsync(IdentityResources.Users, User.Value, ct)));

        protected override Query Filters(ResourceClient client) =>
            new Query().Add("domain_id", Domain == null ? null : Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain, ct)));
    }
}
