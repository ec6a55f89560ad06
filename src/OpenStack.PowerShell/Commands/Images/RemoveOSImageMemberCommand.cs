using System.Management.Automation;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>Remove-OSImageMember: stops sharing an image with a project (asks first unless -Force); its servers keep running.</summary>
    [Cmdlet(VerbsCommon.Remove, "OSImageMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveOSImageMemberCommand : OpenStackCmdlet
    {
        /// <summary>The image: name, id, or an image (or member) from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string Image { get; set; } = null!;

        /// <summary>The project: id or name; a member from the pipeline binds its MemberId.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId", "MemberId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string Project { get; set; } = null!;

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ResourceClient(ActiveSession);
            string imageId = "", projectId = "";
            if (!Try(Image, () =>
            {
                imageId = Run(ct => client.FindIdAsync(ImageResources.Images, Image, ct));
                projectId = Run(ct => ProjectIds.ResolveAsync(client, Project, ct));
            })) return;
            var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var w) && w is SwitchParameter sw && sw.IsPresent;
            if (!(Force && !whatIf) && !ShouldProcess(Image, "Stop sharing image with project " + Project)) return;
            Try(Image, () => Run(ct => client.DeleteAsync(ImageResources.Members.Under(imageId), projectId, null, ct)));
        }
    }
}
