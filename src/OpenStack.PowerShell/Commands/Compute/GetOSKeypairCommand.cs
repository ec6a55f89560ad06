using System;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Get-OSKeypair: the user's keypairs, by name (wildcards).</summary>
    [Cmdlet(VerbsCommon.Get, "OSKeypair")]
    [OutputType(typeof(Keypair))]
    public sealed class GetOSKeypairCommand : OpenStackCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("KeyName")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(KeypairNameCompleter))] public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ComputeClient(ActiveSession);
            try
            {
                if (Name != null && !WildcardPattern.ContainsWildcardCharacters(Name))
                {
                    var one = Run(ct => client.GetKeypairAsync(Name, ct));
                    if (one == null) WriteOpenStackError(new NotFoundException("No keypair is named '" + Name + "'."), Name);
                    else WriteObject(one);
                    return;
                }
                var pattern = Name != null ? new WildcardPattern(Name, WildcardOptions.IgnoreCase) : null;
                foreach (var kp in RunEach(ct => client.ListKeypairsAsync(ct)))
                    if (pattern == null || pattern.IsMatch(kp.Name)) WriteObject(kp);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, Name ?? "keypairs");
            }
        }
    }
}
