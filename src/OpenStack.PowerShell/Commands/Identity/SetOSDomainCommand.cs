using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>Set-OSDomain: a domain's name, description and enabled state (admin).</summary>
    [Cmdlet(VerbsCommon.Set, "OSDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Domain))]
    public sealed class SetOSDomainCommand : SetResourceCmdlet<Domain>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        [Alias("NewName")]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The new description; "" clears it.</summary>
        [Parameter]
        public string? Description { get; set; }

        /// <summary>$false disables the domain: its users can no longer authenticate.</summary>
        [Parameter]
        public bool? Enabled { get; set; }

        protected override ResourceDescriptor<Domain> Resource => IdentityResources.Domains;
        protected override string[] Targets => Id;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var changes = new JsonObject();
            if (Name != null) changes["name"] = Name;
            if (Description != null) changes["description"] = Description;
            if (Enabled.HasValue) changes["enabled"] = Enabled.Value;
            return changes;
        }
    }
}
