using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.LoadBalancing;
using OpenStack.Client.Network;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.LoadBalancing
{
    /// <summary>
    /// Add-OSLoadBalancerMember: makes the servers from the pipeline members of a pool, each at its fixed address on the
    /// load balancer's VIP subnet (or -Subnet). All of them go in one batch update, so the load balancer goes through one
    /// PENDING_UPDATE rather than one per server; the pool's members stay as they are.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "OSLoadBalancerMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Member))]
    public sealed class AddOSLoadBalancerMemberCommand : OpenStackCmdlet
    {
        private readonly List<string> _servers = new List<string>();

        /// <summary>The pool: name, id, or the object.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PoolId")]
        [ReferenceTo(typeof(Pool))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LoadBalancerPoolNameCompleter))] public NameOrId Pool { get; set; } = null!;

        /// <summary>The servers: names, ids, or the objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ReferenceTo(typeof(Server))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public NameOrId[] Server { get; set; } = null!;

        /// <summary>The port the servers serve on.</summary>
        [Parameter(Mandatory = true)] [ValidateRange(1, 65535)] public int ProtocolPort { get; set; }

        /// <summary>The subnet to take each server's address from (name or id); by default the load balancer's VIP subnet.</summary>
        [Parameter] [ArgumentCompleter(typeof(SubnetNameCompleter))] public string? Subnet { get; set; }

        [Parameter] [ValidateRange(0, 256)] public int? Weight { get; set; }
        [Parameter] public SwitchParameter Backup { get; set; }
        [Parameter] public SwitchParameter NoWait { get; set; }
        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 600;

        protected override void ProcessRecord() => _servers.AddRange(Server.Select(s => s.Value));

        protected override void EndProcessing()
        {
            if (_servers.Count == 0) return;
            var octavia = new LoadBalancingClient(ActiveSession);
            var resources = octavia.Resources;
            string poolId = "";
            var members = new List<MemberOptions>();
            if (!Try(Pool.Value, () => Run(async ct =>
            {
                poolId = await resources.FindIdAsync(LoadBalancingResources.Pools, Pool.Value, ct).ConfigureAwait(false);
                var subnetId = Subnet != null
                    ? await resources.FindIdAsync(NetworkResources.Subnets, Subnet, ct).ConfigureAwait(false)
                    : await octavia.PoolSubnetAsync(poolId, ct).ConfigureAwait(false);
                var servers = new List<Server>();
                foreach (var s in _servers.Distinct(System.StringComparer.OrdinalIgnoreCase))
                    servers.Add(await resources.FindAsync(ComputeResources.Servers, s, ct).ConfigureAwait(false));
                var addresses = await octavia.ServerAddressesAsync(subnetId, servers.Select(s => s.Id), ct).ConfigureAwait(false);
                foreach (var s in servers.GroupBy(s => s.Id).Select(g => g.First()))
                    members.Add(new MemberOptions
                    {
                        Name = s.Name, Address = addresses[s.Id], ProtocolPort = ProtocolPort, SubnetId = subnetId, Weight = Weight,
                        Backup = Backup.IsPresent ? true : (bool?)null,
                    });
                foreach (var m in members) m.Check();
            }))) return;
            var names = string.Join(", ", members.Select(m => m.Name + " (" + m.Address + ")"));
            if (!ShouldProcess(Pool.Value, "Add " + members.Count + " member" + (members.Count == 1 ? "" : "s") + " on port " + ProtocolPort + " in one batch: " + names)) return;
            Try(Pool.Value, () =>
            {
                var added = Run(ct => octavia.AddMembersAsync(poolId, members,
                    LoadBalancerFollow.Make(NoWait, TimeoutSec, o => ReportWaitProgress(o, "Adding members to pool " + Pool.Value, "Load balancer of pool " + Pool.Value)), ct));
                foreach (var m in added) WriteObject(m);
            });
        }
    }
}
