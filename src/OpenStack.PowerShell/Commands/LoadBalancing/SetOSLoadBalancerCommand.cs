using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>Set-OSLoadBalancer: changes the name, description, tags or admin state of load balancers.</summary>
    [Cmdlet(VerbsCommon.Set, "OSLoadBalancer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LoadBalancer))]
    public sealed class SetOSLoadBalancerCommand : LoadBalancingSetCmdlet<LoadBalancer, LoadBalancerOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter] [Alias("NewName")] public string? Name { get; set; }
        [Parameter] public string? Description { get; set; }
        /// <summary>Replaces the tags; @() removes them all.</summary>
        [Parameter] [AllowEmptyCollection] public string[]? Tag { get; set; }
        [Parameter] public bool? AdminStateUp { get; set; }

        protected override ResourceDescriptor<LoadBalancer> Resource => LoadBalancingResources.LoadBalancers;
        protected override string[] Targets => Id;

        protected override LoadBalancerOptions BuildOptions() =>
            new LoadBalancerOptions { Name = Name, Description = Description, Tags = Tag?.ToList(), AdminStateUp = AdminStateUp };

        protected override Task<string> LoadBalancerOfAsync(LoadBalancingClient client, string id, CancellationToken ct) => Task.FromResult(id);
    }
}
