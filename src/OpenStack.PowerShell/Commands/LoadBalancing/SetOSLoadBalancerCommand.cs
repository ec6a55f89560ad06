using System.Linq;
using System.Management.Automation;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancer: changes the name, description, tags or admin state of load balancers.</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LoadBalancer))]
    public sealed class SetOSLoadBalancerCommand : LoadBalancingSetCmdlet<LoadBalancer, LoadBalancerOptions>
    {
        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        /// <summary>Replaces the tags; @() removes them all.</summary>
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers;

        protected override LoadBalancerOptions BuildOptions() =>
            new LoadBalancerOptions { Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp };
    }
}
