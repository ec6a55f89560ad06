using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Network
{
    /// <summary>
    /// Neutron's resources (network v2.0). Its REST shape is uniform: GET/POST {path}, GET/PUT/DELETE {path}/{id},
    /// bodies wrapped as {"singular": {...}}, lists as {"plural": [...], "plural_links": [...]}, exact filters on any field.
    /// </summary>
    public static class NetworkResources
    {
        private const string Service = ServiceTypes.Network;
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        public static readonly ResourceDescriptor<Network> Networks =
            new ResourceDescriptor<Network>(Service, "network", "networks", Json.Network, n => n.Id, n => n.Name) { Singular = "network" };

        public static readonly ResourceDescriptor<Subnet> Subnets =
            new ResourceDescriptor<Subnet>(Service, "subnet", "subnets", Json.Subnet, n => n.Id, n => n.Name) { Singular = "subnet" };

        /// <summary>Address ranges that subnets take their CIDRs from.</summary>
        public static readonly ResourceDescriptor<SubnetPool> SubnetPools =
            new ResourceDescriptor<SubnetPool>(Service, "subnet pool", "subnetpools", Json.SubnetPool, n => n.Id, n => n.Name) { Singular = "subnetpool" };

        /// <summary>Neutron's agents (admin); a cloud whose drivers need none (OVN, or none at all) lists none.</summary>
        public static readonly ResourceDescriptor<NetworkAgent> Agents =
            new ResourceDescriptor<NetworkAgent>(Service, "network agent", "agents", Json.NetworkAgent, a => a.Id, a => a.Host)
            {
                Singular = "agent", NameFilter = NameFilter.Local,
            };

        public static readonly ResourceDescriptor<Router> Routers =
            new ResourceDescriptor<Router>(Service, "router", "routers", Json.Router, n => n.Id, n => n.Name) { Singular = "router" };

        public static readonly ResourceDescriptor<Port> Ports =
            new ResourceDescriptor<Port>(Service, "port", "ports", Json.Port, n => n.Id, n => n.Name) { Singular = "port" };

        /// <summary>Floating IPs have no name: they are found by id or by their address.</summary>
        public static readonly ResourceDescriptor<FloatingIp> FloatingIps =
            new ResourceDescriptor<FloatingIp>(Service, "floating IP", "floatingips", Json.FloatingIp, n => n.Id, n => n.FloatingIpAddress)
            {
                Singular = "floatingip", NameField = "floating_ip_address",
            };

        public static readonly ResourceDescriptor<SecurityGroup> SecurityGroups =
            new ResourceDescriptor<SecurityGroup>(Service, "security group", "security-groups", Json.SecurityGroup, n => n.Id, n => n.Name) { Singular = "security_group" };

        /// <summary>Rules have no name: they are found by id.</summary>
        public static readonly ResourceDescriptor<SecurityGroupRule> SecurityGroupRules =
            new ResourceDescriptor<SecurityGroupRule>(Service, "security group rule", "security-group-rules", Json.SecurityGroupRule, n => n.Id, n => n.Id)
            {
                Singular = "security_group_rule",
            };
    }
}
