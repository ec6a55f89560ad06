using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>
    /// Add-OSImageMember: shares an image (visibility shared) with a project, which then accepts it (Set-OSImageMember)
    /// to see it in its lists; it may boot it by id at once.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "OSImageMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ImageMember))]
    public sealed class AddOSImageMemberCommand : OpenStackCmdlet
    {
        /// <summary>The image: name, id, or an image from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ReferenceTo(typeof(Image))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public NameOrId Image { get; set; } = null!;

        /// <summary>The project to share it with: id (any user may give one), or name (looked up in Keystone).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("ProjectId", "MemberId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string Project { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            string imageId = "", projectId = "";
            if (!Try(Image.Value, () =>
            {
                imageId = Run(ct => client.FindIdAsync(ImageResources.Images, Image.Value, ct));
                projectId = Run(ct => ProjectIds.ResolveAsync(client, Project, ct));
            })) return;
            if (!ShouldProcess(Image.Value, "Share image with project " + Project)) return;
            Try(Image.Value, () => WriteObject(Run(ct => client.CreateAsync(ImageResources.Members.Under(imageId), new JsonObject { ["member"] = projectId }, ct))));
        }
    }
}
