using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Get-OSUser: Keystone users by name (wildcards) or id, by domain and enabled state, or the members of a group.</summary>
    [Cmdlet(VerbsCommon.Get, "OSUser", DefaultParameterSetName = ParameterSets.List)]
    [OutputType(typeof(Client.Identity.User))]
    public sealed class GetOSUserCommand : GetResourceCmdlet<User>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(UserNameCompleter))] public string? Name { get; set; }

        /// <summary>Only the users of this domain (name or id).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        public string? Domain { get; set; }

        /// <summary>Only enabled ($true) or disabled ($false) users.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public bool? Enabled { get; set; }

        /// <summary>Only the members of this group (name, id, or a group from the pipeline).</summary>
        [Parameter(ParameterSetName = ParameterSets.List, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Client.Identity.Group))]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public NameOrId? Group { get; set; }

        protected override ResourceDescriptor<User> Resource => IdentityResources.Users;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;

        protected override ResourceDescriptor<User> Listed(ResourceClient client) =>
            Group == null ? Resource : IdentityResources.GroupMembers.Under(Run(ct => client.FindIdAsync(IdentityResources.Groups, Group.Value, ct)));

        protected override Query Filters(ResourceClient client) => new Query()
            .Add("domain_id", Domain == null ? null : Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain, ct)))
            .Add("enabled", Enabled.HasValue ? (Enabled.Value ? "true" : "false") : null);
    }
}
