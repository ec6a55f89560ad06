using System.Management.Automation;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Remove-OSAggregateHost: takes compute hosts out of an aggregate; their servers stay where they are (admin).</summary>
    [Cmdlet(VerbsCommon.Remove, "OSAggregateHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Aggregate))]
    public sealed class RemoveOSAggregateHostCommand : AggregateHostCmdlet
    {
        protected override string Activity => "Removing hosts from an aggregate";
        protected override string NovaAction => "remove_host";
        protected override string Describe(string host, string aggregate) => "Remove host from aggregate " + aggregate;
    }
}
