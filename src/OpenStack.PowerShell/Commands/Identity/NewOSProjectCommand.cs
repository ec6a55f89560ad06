using System.Management.Automation;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>New-OSProject: a Keystone project (admin), in a domain and optionally under a parent project.</summary>
    [Cmdlet(VerbsCommon.New, "OSProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Project))]
    public sealed class NewOSProjectCommand : NewResourceCmdlet<Project, ProjectCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The domain (name or id); by default Keystone's choice: the parent's domain, else the caller's.</summary>
        [Parameter]
        [ReferenceTo(typeof(Domain))]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public NameOrId? Domain { get; set; }

        /// <summary>The parent project (name or id), for a project hierarchy.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Parent { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Tag { get; set; }

        /// <summary>Create it disabled: nobody can get a token scoped to it until it is enabled.</summary>
        [Parameter]
        public SwitchParameter Disabled { get; set; }

        protected override ResourceDescriptor<Project> Resource => IdentityResources.Projects;

        protected override ProjectCreateOptions BuildOptions() =>
            new ProjectCreateOptions { Name = Name, Description = Description, Tags = Tag, Enabled = !Disabled };

        protected override void Resolve(ResourceClient client, ProjectCreateOptions options)
        {
            if (Domain != null) options.DomainId = Run(ct => client.FindIdAsync(IdentityResources.Domains, Domain.Value, ct));
            if (Parent != null) options.ParentId = Run(ct => client.FindIdAsync(IdentityResources.Projects, Parent, ct));
        }

        protected override string Target(ProjectCreateOptions o) => Name;
        protected override string PreparationTarget => Name;
    }
}
