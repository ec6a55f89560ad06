using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSKeypair: the user's keypairs, by name (wildcards).</summary>
    [Cmdlet(VerbsCommon.Get, "OSKeypair")]
    [OutputType(typeof(Keypair))]
    public sealed class GetOSKeypairCommand : GetResourceCmdlet<Keypair>
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("KeyName")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(KeypairNameCompleter))] public string? Name { get; set; }

        protected override ResourceDescriptor<Keypair> Resource => ComputeResources.Keypairs;

        /// <summary>
        /// -Name filters the listing, with or without wildcards, as on the other Get-OS cmdlets: a name that matches no
        /// keypair writes nothing, so "if (-not (Get-OSKeypair -Name ops))" works under -ErrorAction Stop.
        /// </summary>
        protected override string[]? Wanted => null;
        protected override string? NamePattern => Name;
    }
}
