using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>New-OSDomain: a Keystone domain (admin), the container of its own projects, users and groups.</summary>
    [Cmdlet(VerbsCommon.New, "OSDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Domain))]
    public sealed class NewOSDomainCommand : NewResourceCmdlet<Domain, DomainCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        /// <summary>Create it disabled: its users cannot authenticate until it is enabled.</summary>
        [Parameter]
        public SwitchParameter Disabled { get; set; }

        protected override ResourceDescriptor<Domain> Resource => IdentityResources.Domains;
        protected override DomainCreateOptions BuildOptions() => new DomainCreateOptions { Name = Name, Description = Description, Enabled = !Disabled };
        protected override string Target(DomainCreateOptions o) => Name;
        protected override string PreparationTarget => Name;
    }
}
