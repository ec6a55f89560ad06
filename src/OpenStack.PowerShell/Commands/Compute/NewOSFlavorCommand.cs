using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>New-OSFlavor: defines a server size (admin).</summary>
    [Cmdlet(VerbsCommon.New, "OSFlavor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Flavor))]
    public sealed class NewOSFlavorCommand : NewResourceCmdlet<Flavor, FlavorCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateRange(1, 4096)]
        public int Vcpus { get; set; }

        /// <summary>Memory in MiB.</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(1, int.MaxValue)]
        public int Ram { get; set; }

        /// <summary>Root disk in GB (0: the image's size).</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(0, int.MaxValue)]
        public int Disk { get; set; }

        /// <summary>The flavor's id; Nova makes a UUID when absent.</summary>
        [Parameter]
        public string? Id { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int Ephemeral { get; set; }

        /// <summary>Swap in MiB.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int Swap { get; set; }

        /// <summary>Visible only to projects given access.</summary>
        [Parameter]
        public SwitchParameter Private { get; set; }

        [Parameter]
        public string? Description { get; set; }

        protected override ResourceDescriptor<Flavor> Resource => ComputeResources.Flavors;

        protected override FlavorCreateOptions BuildOptions() => new FlavorCreateOptions
        {
            Name = Name, Vcpus = Vcpus, Ram = Ram, Disk = Disk, Id = Id, Ephemeral = Ephemeral, Swap = Swap, IsPublic = !Private, Description = Description,
        };

        protected override string PreparationTarget => Name;
        protected override string Target(FlavorCreateOptions o) => Name;
        protected override string ActionText(FlavorCreateOptions o) => "Create flavor (" + Vcpus + " vCPU, " + Ram + " MiB, " + Disk + " GB)";

        protected override void ProcessRecord() { }

        protected override void EndProcessing() => CreateOne();
    }
}
