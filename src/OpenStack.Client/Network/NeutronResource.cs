using System;
using System.Text.Json.Serialization.Metadata;
using OpenStack.Client.Json;

namespace OpenStack.Client.Network
{
    /// <summary>
    /// What Neutron's uniform REST shape needs to know about one resource type: GET/POST {path},
    /// GET/PUT/DELETE {path}/{id}, bodies wrapped as {"singular": {...}}, lists as {"plural": [...], "plural_links": [...]}.
    /// </summary>
    public sealed class NeutronResource<T> where T : class
    {
        private NeutronResource(string kind, string path, string singular, string plural, JsonTypeInfo<T> type, Func<T, string> id, Func<T, string?> name,
            string nameField = "name")
        {
            Kind = kind; Path = path; Singular = singular; Plural = plural; Type = type; IdOf = id; NameOf = name; NameField = nameField;
        }

        /// <summary>For messages: "security group".</summary>
        public string Kind { get; }
        public string Path { get; }
        public string Singular { get; }
        public string Plural { get; }
        public JsonTypeInfo<T> Type { get; }
        public Func<T, string> IdOf { get; }
        public Func<T, string?> NameOf { get; }
        /// <summary>The query field Neutron filters what <see cref="NameOf"/> reads by ("name"; a floating IP's address).</summary>
        public string NameField { get; }

        public override string ToString() => Kind;

        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        public static readonly NeutronResource<Network> Networks = new NeutronResource<Network>("network", "networks", "network", "networks", Json.Network, n => n.Id, n => n.Name);
        public static readonly NeutronResource<Subnet> Subnets = new NeutronResource<Subnet>("subnet", "subnets", "subnet", "subnets", Json.Subnet, n => n.Id, n => n.Name);
        public static readonly NeutronResource<Router> Routers = new NeutronResource<Router>("router", "routers", "router", "routers", Json.Router, n => n.Id, n => n.Name);
        public static readonly NeutronResource<Port> Ports = new NeutronResource<Port>("port", "ports", "port", "ports", Json.Port, n => n.Id, n => n.Name);
        /// <summary>Floating IPs have no name: they are found by id or by their address.</summary>
        public static readonly NeutronResource<FloatingIp> FloatingIps = new NeutronResource<FloatingIp>("floating IP", "floatingips", "floatingip", "floatingips", Json.FloatingIp, n => n.Id, n => n.FloatingIpAddress, "floating_ip_address");
        public static readonly NeutronResource<SecurityGroup> SecurityGroups = new NeutronResource<SecurityGroup>("security group", "security-groups", "security_group", "security_groups", Json.SecurityGroup, n => n.Id, n => n.Name);
        /// <summary>Rules have no name: they are found by id.</summary>
        public static readonly NeutronResource<SecurityGroupRule> SecurityGroupRules = new NeutronResource<SecurityGroupRule>("security group rule", "security-group-rules", "security_group_rule", "security_group_rules", Json.SecurityGroupRule, n => n.Id, n => n.Id);
    }
}
