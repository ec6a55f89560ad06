using System;
using System.Management.Automation;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Commands.BlockStorage
{
    /// <summary>Get-OSVolumeType: the kinds of volume the cloud offers.</summary>
    [Cmdlet(VerbsCommon.Get, "OSVolumeType")]
    [OutputType(typeof(VolumeType))]
    public sealed class GetOSVolumeTypeCommand : OpenStackCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var client = new BlockStorageClient(ActiveSession);
            var pattern = Name != null ? new WildcardPattern(Name, WildcardOptions.IgnoreCase) : null;
            try
            {
                foreach (var t in RunEach(ct => client.ListVolumeTypesAsync(ct)))
                    if (pattern == null || pattern.IsMatch(t.Name) || t.Id == Name) WriteObject(t);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, Name ?? "volume types");
            }
        }
    }
}
