using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace OpenStack.Bench
{
    /// <summary>
    /// N servers put behind a load balancer's pool: the module (the servers piped into Add-OSLoadBalancerMember, which
    /// reads their addresses on the pool's subnet and sends one batch member update: one PENDING_UPDATE cycle) against the
    /// CLI (one `loadbalancer member create --wait` per server, given its address: Octavia refuses a member while the
    /// load balancer is busy with the last one). The servers, the network and the load balancer are made before the
    /// timing and removed after it.
    /// </summary>
    internal static class LoadBalancerMembers
    {
        private const string Cloud = "testcloud-admin";

        public static async Task<Row> MeasureAsync(int count, bool useCli)
        {
            using var rs = Engine.NewRunspace();
            Engine.Run(rs, Engine.ImportAndConnect(Cloud));
            var name = "bench-lb-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            var vars = new Dictionary<string, object?> { ["name"] = name, ["count"] = count };
            Console.Error.WriteLine("bench: " + count + " servers for the load balancer");
            Engine.Run(rs, @"
                $p = (Get-OSSession).ProjectId
                Invoke-OSApi compute ""os-quota-sets/$p"" -Method PUT -Body @{ quota_set = @{ instances = 1000; cores = 1000; ram = 1000000 } } | Out-Null
                $net = New-OSNetwork -Name ""$name-net""
                $subnet = $net | New-OSSubnet -Name ""$name-sub"" -Cidr 10.251.0.0/22
                $servers = 1..$count | ForEach-Object { New-OSServer -Name ""$name-vm$_"" -Image testcloud-image -Flavor m1.nano -Network $net.Id }
                $servers = $servers | Wait-OSServer -PassThru -TimeoutSec 1800
                $lb = $subnet | New-OSLoadBalancer ""$name-lb""
                $poolM = New-OSLoadBalancerPool ""$name-m"" -LoadBalancer $lb -Protocol HTTP
                $poolC = New-OSLoadBalancerPool ""$name-c"" -LoadBalancer $lb -Protocol HTTP", vars);
            try
            {
                var row = new Row(count + " servers added as members of a pool")
                {
                    Module = await Timing.Of(1, () => Engine.Run(rs, @"$null = $servers | Add-OSLoadBalancerMember -Pool $poolM -ProtocolPort 80", vars)),
                    Note = "module: the servers piped into `Add-OSLoadBalancerMember` (addresses read on the pool's subnet, one batch update); " +
                           "CLI: `loadbalancer member create --wait` ×" + count + ", the addresses given (the CLI has no way from a server to its member)",
                };
                var added = Engine.Run(rs, "@(Get-OSLoadBalancerMember -Pool $poolM).Count").Single().ToString();
                if (added != count.ToString()) throw new InvalidOperationException("the module added " + added + " members, not " + count);
                if (useCli)
                {
                    var targets = Engine.Run(rs, @"
                        $servers | ForEach-Object { (Get-OSPort -DeviceId $_.Id).FixedIps | Where-Object SubnetId -eq $subnet.Id | ForEach-Object IpAddress }
                        ", vars).Select(o => o.ToString()).ToList();
                    var pool = Engine.Run(rs, "$poolC.Id").Single().ToString();
                    var subnet = Engine.Run(rs, "$subnet.Id").Single().ToString();
                    Console.Error.WriteLine("bench: " + count + " members with the CLI");
                    row.Cli = await Timing.Of(1, () =>
                    {
                        foreach (var address in targets)
                            Cli.Run(Cloud, "loadbalancer member create --address " + address + " --protocol-port 80 --subnet-id " + subnet + " --wait " + pool);
                    });
                }
                return row;
            }
            finally
            {
                Engine.Run(rs, @"
                    Get-OSLoadBalancer -Name ""$name*"" | Remove-OSLoadBalancer -Cascade -Force
                    Get-OSServer -Name ""$name*"" | Remove-OSServer -Force -Wait -TimeoutSec 1800
                    Get-OSNetwork -Name ""$name*"" | Remove-OSNetwork -Force", vars);
            }
        }
    }
}
