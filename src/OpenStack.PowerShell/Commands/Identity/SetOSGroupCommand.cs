using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Set-OSGroup: renames groups or changes their description (admin).</summary>
    [Cmdlet(VerbsCommon.Set, "OSGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Client.Identity.Group))]
    public sealed class SetOSGroupCommand : SetResourceCmdlet<Group>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter] [Alias("NewName")] [ValidateNotNullOrEmpty] public string? Name { get; set; }

        /// <summary>The new description; "" clears it.</summary>
        [Parameter] public string? Description { get; set; }

        protected override ResourceDescriptor<Group> Resource => IdentityResources.Groups;
        protected override string[] Targets => Id;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var changes = new JsonObject();
            if (Name != null) changes["name"] = Name;
            if (Description != null) changes["description"] = Description.Length == 0 ? null : Description;
            return changes;
        }
    }
}
