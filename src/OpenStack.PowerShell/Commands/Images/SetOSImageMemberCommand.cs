using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>
    /// Set-OSImageMember: a member project's answer to an image shared with it: accepted (listed among its images),
    /// rejected, or pending again. By default the connected project answers.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "OSImageMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ImageMember))]
    public sealed class SetOSImageMemberCommand : OpenStackCmdlet
    {
        /// <summary>The image's id (a pending image is not in the member's lists, so its name cannot be looked up), or its name once accepted.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        public string Image { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateSet("accepted", "rejected", "pending")]
        public string Status { get; set; } = null!;

        /// <summary>The member project: the connected one by default.</summary>
        [Parameter]
        [Alias("ProjectId", "MemberId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Project { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            string imageId = "", projectId = "";
            if (!Try(Image, () =>
            {
                imageId = Run(ct => client.ResolveIdAsync(ImageResources.Images, Image, ct));
                projectId = Project == null ? ActiveSession.ProjectId ?? throw new System.ArgumentException("The session has no project: give -Project.")
                    : Run(ct => ProjectIds.ResolveAsync(client, Project, ct));
            })) return;
            if (!ShouldProcess(Image, "Answer " + Status + " to the image shared with project " + (Project ?? ActiveSession.ProjectName))) return;
            Try(Image, () => WriteObject(Run(ct => client.UpdateAsync(ImageResources.Members.Under(imageId), projectId, new JsonObject { ["status"] = Status }, ct))));
        }
    }
}
