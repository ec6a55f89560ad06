using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Networking
{
    /// <summary>Hashtables from the command line as the structures Neutron takes; unknown keys are refused, not dropped.</summary>
    internal static class NeutronArguments
    {
        public static List<AllocationPool>? AllocationPools(Hashtable[]? pools) => pools?.Select(h =>
        {
            Hashtables.CheckKeys(h, "allocation pool", "Start", "End");
            return new AllocationPool { Start = Hashtables.Text(h, "Start"), End = Hashtables.Text(h, "End") };
        }).ToList();

        public static List<HostRoute>? HostRoutes(Hashtable[]? routes) => routes?.Select(h =>
        {
            Hashtables.CheckKeys(h, "host route", "Destination", "NextHop");
            return new HostRoute { Destination = Hashtables.Text(h, "Destination"), NextHop = Hashtables.Text(h, "NextHop") };
        }).ToList();

        /// <summary>A router's static routes: @{Destination = '10.9.0.0/24'; NextHop = '10.0.0.5'}.</summary>
        public static List<HostRoute>? Routes(Hashtable[]? routes) => routes?.Select(h =>
        {
            Hashtables.CheckKeys(h, "route", "Destination", "NextHop");
            return new HostRoute { Destination = Hashtables.Text(h, "Destination"), NextHop = Hashtables.Text(h, "NextHop") };
        }).ToList();

        public static List<AllowedAddressPair>? AddressPairs(Hashtable[]? pairs) => pairs?.Select(h =>
        {
            Hashtables.CheckKeys(h, "allowed address pair", "IpAddress", "MacAddress");
            return new AllowedAddressPair { IpAddress = Hashtables.Text(h, "IpAddress"), MacAddress = Hashtables.Text(h, "MacAddress") };
        }).ToList();

        /// <summary>@{Subnet = name-or-id; IpAddress = ...} (SubnetId is accepted for Subnet); the subnet is resolved later.</summary>
        public static List<FixedIp>? FixedIps(Hashtable[]? ips) => ips?.Select(h =>
        {
            Hashtables.CheckKeys(h, "fixed IP", "Subnet", "SubnetId", "IpAddress");
            return new FixedIp { SubnetId = Hashtables.Text(h, "Subnet") ?? Hashtables.Text(h, "SubnetId"), IpAddress = Hashtables.Text(h, "IpAddress") };
        }).ToList();

        /// <summary>A port's binding:profile: any JSON object the host's driver reads (nested hashtables and arrays too).</summary>
        public static JsonObject? BindingProfile(Hashtable? profile) =>
            profile == null ? null : (JsonObject)JsonNode.Parse(PSJson.ToJson(profile))!;

        /// <summary>Subnet names in fixed IPs become ids.</summary>
        public static async Task ResolveSubnetsAsync(ResourceClient client, List<FixedIp>? ips, CancellationToken ct)
        {
            if (ips == null) return;
            foreach (var ip in ips.Where(i => i.SubnetId != null))
                ip.SubnetId = await client.FindIdAsync(NetworkResources.Subnets, ip.SubnetId!, ct).ConfigureAwait(false);
        }

        public static async Task<List<string>?> SecurityGroupIdsAsync(ResourceClient client, string[]? groups, CancellationToken ct)
        {
            if (groups == null) return null;
            var ids = new List<string>();
            foreach (var g in groups) ids.Add(await client.FindIdAsync(NetworkResources.SecurityGroups, g, ct).ConfigureAwait(false));
            return ids;
        }
    }
}
