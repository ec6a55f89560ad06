using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeType: the kinds of volume the cloud offers.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeType")]
    [OutputType(typeof(VolumeType))]
    public sealed class GetOSVolumeTypeCommand : OpenStackCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(VolumeTypeNameCompleter))] public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var client = new BlockStorageClient(ActiveSession);
            WriteListed(Name, (_, ct) => client.ListVolumeTypesAsync(ct), t => t.Name, "volume types");
        }
    }
}
