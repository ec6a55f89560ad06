using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Set-OSProject: a project's name, description, enabled state and tags (admin); only what is given changes.</summary>
    [Cmdlet(VerbsCommon.Set, "OSProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Project))]
    public sealed class SetOSProjectCommand : SetResourceCmdlet<Project>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        [Alias("NewName")]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The new description; "" clears it.</summary>
        [Parameter]
        public string? Description { get; set; }

        /// <summary>$false disables the project: no new tokens are scoped to it.</summary>
        [Parameter]
        public bool? Enabled { get; set; }

        /// <summary>The project's tags, replacing the ones it has; an empty list removes them all.</summary>
        [Parameter]
        [AllowEmptyCollection]
        public string[]? Tag { get; set; }

        protected override ResourceDescriptor<Project> Resource => IdentityResources.Projects;
        protected override string[] Targets => Id;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var changes = new JsonObject();
            if (Name != null) changes["name"] = Name;
            if (Description != null) changes["description"] = Description;
            if (Enabled.HasValue) changes["enabled"] = Enabled.Value;
            if (Tag != null) { var tags = new JsonArray(); foreach (var t in Tag) tags.Add(t); changes["tags"] = tags; }
            return changes;
        }
    }
}
