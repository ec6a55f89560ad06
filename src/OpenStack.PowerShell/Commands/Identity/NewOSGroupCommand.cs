using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>New-OSGroup: a Keystone group of users (admin), which roles can then be granted to.</summary>
    [Cmdlet(VerbsCommon.New, "OSGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Client.Identity.Group))]
    public sealed class NewOSGroupCommand : NewResourceCmdlet<Group, GroupCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The group's domain (name or id); the token's domain when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Domain { get; set; }

        [Parameter] public string? Description { get; set; }

        protected override ResourceDescriptor<Group> Resource => IdentityResources.Groups;
        protected override GroupCreateOptions BuildOptions() => new GroupCreateOptions { Name = Name, DomainId = Domain, Description = Description };

        protected override void Resolve(ResourceClient client, GroupCreateOptions options)
        {
            if (Domain != null) options.DomainId = Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain, ct));
        }

        protected override string Target(GroupCreateOptions options) => options.Name;
    }
}
