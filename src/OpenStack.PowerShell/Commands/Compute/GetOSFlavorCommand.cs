using System;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSFlavor: server sizes, filtered by name (wildcards), minimum disk or memory.</summary>
    [Cmdlet(VerbsCommon.Get, "OSFlavor", DefaultParameterSetName = "List")]
    [OutputType(typeof(Flavor))]
    public sealed class GetOSFlavorCommand : OpenStackCmdlet
    {
        [Parameter(ParameterSetName = "Id", Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("FlavorId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = "List", Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public string? Name { get; set; }

        /// <summary>Only flavors with at least this root disk (GB).</summary>
        [Parameter(ParameterSetName = "List")]
        [ValidateRange(0, int.MaxValue)]
        public int? MinDisk { get; set; }

        /// <summary>Only flavors with at least this memory (MiB).</summary>
        [Parameter(ParameterSetName = "List")]
        [ValidateRange(0, int.MaxValue)]
        public int? MinRam { get; set; }

        /// <summary>Private flavors too (admin).</summary>
        [Parameter(ParameterSetName = "List")]
        public SwitchParameter All { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ComputeClient(ActiveSession);
            if (ParameterSetName == "Id") WriteFound(Id, client.FindFlavorAsync);
            else WriteListed(Name, (_, ct) => client.ListFlavorsAsync(MinDisk, MinRam, All, ct), f => f.Name, "flavors");
        }
    }
}
