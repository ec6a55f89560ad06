using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>New-OSRole: a global role, or with -Domain one that only assignments in that domain use.</summary>
    [Cmdlet(VerbsCommon.New, "OSRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Role))]
    public sealed class NewOSRoleCommand : NewResourceCmdlet<Role, RoleCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string? Domain { get; set; }

        protected override ResourceDescriptor<Role> Resource => IdentityResources.Roles;
        protected override RoleCreateOptions BuildOptions() => new RoleCreateOptions { Name = Name, Description = Description };

        protected override void Resolve(ResourceClient client, RoleCreateOptions options)
        {
            if (Domain != null) options.DomainId = Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain, ct));
        }

        protected override string Target(RoleCreateOptions o) => Name;
        protected override string ActionText(RoleCreateOptions o) => o.DomainId == null ? "Create role" : "Create role in domain " + Domain;
    }
}
