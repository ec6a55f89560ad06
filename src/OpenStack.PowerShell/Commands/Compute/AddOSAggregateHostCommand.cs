using System.Management.Automation;
using OpenStack.Client.Compute;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>Add-OSAggregateHost: puts compute hosts into an aggregate (and so into its availability zone) (admin).</summary>
    [Cmdlet(VerbsCommon.Add, "OSAggregateHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Aggregate))]
    public sealed class AddOSAggregateHostCommand : AggregateHostCmdlet
    {
        protected override string Activity => "Adding hosts to an aggregate";
        protected override string NovaAction => "add_host";
        protected override string Describe(string host, string aggregate) => "Add host to aggregate " + aggregate;
    }
}
