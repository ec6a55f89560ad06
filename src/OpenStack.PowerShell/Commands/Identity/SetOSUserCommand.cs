using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text.Json.Nodes;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// Set-OSUser: changes a user's name, email, description, enabled state or default project (admin), or resets its
    /// password (-Password, admin: no old password needed; users change their own with Set-OSUserPassword).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "OSUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Client.Identity.User))]
    public sealed class SetOSUserCommand : SetResourceCmdlet<User>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter] [Alias("NewName")] [ValidateNotNullOrEmpty] public string? Name { get; set; }

        /// <summary>The new email; "" clears it.</summary>
        [Parameter] public string? Email { get; set; }

        /// <summary>The new description; "" clears it.</summary>
        [Parameter] public string? Description { get; set; }

        [Parameter] public bool? Enabled { get; set; }

        /// <summary>The default project (name or id); "" clears it.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? DefaultProject { get; set; }

        /// <summary>A new password, set by an admin without the old one.</summary>
        [Parameter] public SecureString? Password { get; set; }

        protected override ResourceDescriptor<User> Resource => IdentityResources.Users;
        protected override string[] Targets => Id;

        protected override JsonObject BuildChanges(ResourceClient client)
        {
            var changes = new JsonObject();
            if (Name != null) changes["name"] = Name;
            if (Email != null) changes["email"] = Email.Length == 0 ? null : Email;
            if (Description != null) changes["description"] = Description.Length == 0 ? null : Description;
            if (Enabled.HasValue) changes["enabled"] = Enabled.Value;
            if (DefaultProject != null)
                changes["default_project_id"] = DefaultProject.Length == 0 ? null : Run(ct => client.FindIdAsync(IdentityResources.Projects, DefaultProject, ct));
            if (Password != null) changes["password"] = SecureStrings.ToSecret(Password)!.Reveal();
            return changes;
        }

        /// <summary>Says a password changes, never what it is (the confirmation lists keys only).</summary>
        protected override string Describe(JsonObject changes) => string.Join(", ", changes.Select(kv => kv.Key));
    }
}
