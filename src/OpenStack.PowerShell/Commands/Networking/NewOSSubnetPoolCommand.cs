using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>New-OSSubnetPool: prefixes that subnets take their CIDRs from, with the prefix lengths they may take.</summary>
    [Cmdlet(VerbsCommon.New, "OSSubnetPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SubnetPool))]
    public sealed class NewOSSubnetPoolCommand : NeutronNewCmdlet<SubnetPool, SubnetPoolOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The pool's prefixes, e.g. 10.10.0.0/16 (all IPv4 or all IPv6).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[] Prefix { get; set; } = null!;

        [Parameter] [ValidateRange(0, 128)] public int? DefaultPrefixLength { get; set; }
        [Parameter] [ValidateRange(0, 128)] public int? MinPrefixLength { get; set; }
        [Parameter] [ValidateRange(0, 128)] public int? MaxPrefixLength { get; set; }

        /// <summary>Every project may take subnets from it (admin).</summary>
        [Parameter] public SwitchParameter Shared { get; set; }

        /// <summary>The default pool of its IP version (admin).</summary>
        [Parameter] public SwitchParameter Default { get; set; }

        [Parameter] public string? Description { get; set; }
        [Parameter] public string? ProjectId { get; set; }

        protected override ResourceDescriptor<SubnetPool> Resource => NetworkResources.SubnetPools;

        protected override SubnetPoolOptions BuildOptions() => new SubnetPoolOptions
        {
            Name = Name,
            Description = Description,
            ProjectId = ProjectId,
            Prefixes = Prefix.ToList(),
            DefaultPrefixLength = DefaultPrefixLength,
            MinPrefixLength = MinPrefixLength,
            MaxPrefixLength = MaxPrefixLength,
            Shared = Shared.IsPresent ? true : (bool?)null,
            IsDefault = Default.IsPresent ? true : (bool?)null,
        };
    }
}
