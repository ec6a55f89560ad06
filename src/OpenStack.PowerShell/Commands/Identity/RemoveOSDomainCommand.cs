using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// Remove-OSDomain: deletes domains (admin) with their projects, users and groups. Keystone deletes only a disabled
    /// domain; -Force disables an enabled one first (the one confirmation names both steps) and asks nothing.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "OSDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSDomainCommand : RemoveResourceCmdlet<Domain>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DomainNameCompleter))] public string[] Id { get; set; } = null!;

        protected override ResourceDescriptor<Domain> Resource => IdentityResources.Domains;
        protected override string[] Targets => Id;
        protected override string ActionText => Force ? "Disable (if enabled), then delete domain" : "Delete domain";

        protected override async Task DeleteAsync(ResourceClient client, string id, CancellationToken ct)
        {
            if (Force)
            {
                var domain = await client.GetAsync(Resource, id, ct).ConfigureAwait(false);
                if (domain?.Enabled == true) await client.UpdateAsync(Resource, id, new JsonObject { ["enabled"] = false }, ct).ConfigureAwait(false);
                await client.DeleteAsync(Resource, id, null, ct).ConfigureAwait(false);
                return;
            }
            try
            {
                await client.DeleteAsync(Resource, id, null, ct).ConfigureAwait(false);
            }
            catch (ForbiddenException refused)
            {
                var domain = await client.GetAsync(Resource, id, ct).ConfigureAwait(false);
                if (domain?.Enabled != true) throw;
                // Keystone's own words (and request id) kept, with the way out.
                throw new ResourceStateException("The domain '" + (domain.Name ?? id) + "' is enabled, and Keystone deletes only disabled domains (" +
                    refused.Message + "). Disable it first with Set-OSDomain -Enabled $false, or use Remove-OSDomain -Force, which disables it and then deletes it.", "enabled");
            }
        }
    }
}
