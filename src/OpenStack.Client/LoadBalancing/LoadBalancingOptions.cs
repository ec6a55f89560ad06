using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenStack.Client.Resources;

namespace OpenStack.Client.LoadBalancing
{
    /// <summary>What every Octavia object may be given: only what is set is sent, so an update changes nothing else.</summary>
    public abstract class LoadBalancingOptions : ResourceOptions
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public bool? AdminStateUp { get; set; }
        /// <summary>Replaces the object's tags; an empty list removes them.</summary>
        public List<string>? Tags { get; set; }

        protected sealed override void Write(JsonObject o)
        {
            Put(o, "name", Name);
            Put(o, "description", Description);
            Put(o, "admin_state_up", AdminStateUp);
            if (Tags != null) o["tags"] = Strings(Tags);
            WriteOwn(o);
        }

        protected abstract void WriteOwn(JsonObject o);

        internal static void Port(int? port, string what)
        {
            if (port.HasValue && (port.Value < 1 || port.Value > 65535)) throw new ArgumentException("A " + what + " is from 1 to 65535 (got " + port.Value + ").");
        }
    }

    public sealed class LoadBalancerOptions : LoadBalancingOptions
    {
        public string? VipSubnetId { get; set; }
        public string? VipNetworkId { get; set; }
        public string? VipPortId { get; set; }
        public string? VipAddress { get; set; }
        public string? Provider { get; set; }
        public string? FlavorId { get; set; }
        public string? AvailabilityZone { get; set; }
        /// <summary>Create only: checked so a create names where its VIP goes.</summary>
        public bool Creating { get; set; }

        protected override void Validate()
        {
            if (Creating && VipSubnetId == null && VipNetworkId == null && VipPortId == null)
                throw new ArgumentException("A load balancer needs a place for its VIP: give a subnet, a network or a port.");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "vip_subnet_id", VipSubnetId);
            Put(o, "vip_network_id", VipNetworkId);
            Put(o, "vip_port_id", VipPortId);
            Put(o, "vip_address", VipAddress);
            Put(o, "provider", Provider);
            Put(o, "flavor_id", FlavorId);
            Put(o, "availability_zone", AvailabilityZone);
        }
    }

    public sealed class ListenerOptions : LoadBalancingOptions
    {
        public string? LoadBalancerId { get; set; }
        public string? Protocol { get; set; }
        public int? ProtocolPort { get; set; }
        public int? ConnectionLimit { get; set; }
        /// <summary>The default pool's id; "" removes it (an update).</summary>
        public string? DefaultPoolId { get; set; }
        public int? TimeoutClientData { get; set; }
        public int? TimeoutMemberConnect { get; set; }
        public int? TimeoutMemberData { get; set; }
        public int? TimeoutTcpInspect { get; set; }
        /// <summary>Only these source CIDRs may connect; an empty list allows all again.</summary>
        public List<string>? AllowedCidrs { get; set; }

        protected override void Validate()
        {
            Port(ProtocolPort, "listener port");
            if (ConnectionLimit.HasValue && ConnectionLimit.Value < -1) throw new ArgumentException("A connection limit is -1 (none) or more.");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "loadbalancer_id", LoadBalancerId);
            Put(o, "protocol", Protocol);
            Put(o, "protocol_port", ProtocolPort);
            Put(o, "connection_limit", ConnectionLimit);
            if (DefaultPoolId == "") o["default_pool_id"] = null;
            else Put(o, "default_pool_id", DefaultPoolId);
            Put(o, "timeout_client_data", TimeoutClientData);
            Put(o, "timeout_member_connect", TimeoutMemberConnect);
            Put(o, "timeout_member_data", TimeoutMemberData);
            Put(o, "timeout_tcp_inspect", TimeoutTcpInspect);
            if (AllowedCidrs != null) o["allowed_cidrs"] = AllowedCidrs.Count == 0 ? null : Strings(AllowedCidrs);
        }
    }

    public sealed class PoolOptions : LoadBalancingOptions
    {
        /// <summary>The listener whose default pool it becomes, or (<see cref="LoadBalancerId"/>) only the load balancer.</summary>
        public string? ListenerId { get; set; }
        public string? LoadBalancerId { get; set; }
        public string? Protocol { get; set; }
        public string? Algorithm { get; set; }
        /// <summary>SOURCE_IP, HTTP_COOKIE, APP_COOKIE; "" removes it (an update).</summary>
        public string? SessionPersistence { get; set; }
        public string? CookieName { get; set; }

        protected override void Validate()
        {
            if (CookieName != null && !string.Equals(SessionPersistence, "APP_COOKIE", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException("A cookie name goes with APP_COOKIE session persistence only.");
            if (string.Equals(SessionPersistence, "APP_COOKIE", StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(CookieName))
                throw new ArgumentException("APP_COOKIE session persistence needs the application's cookie name.");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "listener_id", ListenerId);
            Put(o, "loadbalancer_id", LoadBalancerId);
            Put(o, "protocol", Protocol);
            Put(o, "lb_algorithm", Algorithm);
            if (SessionPersistence == "") o["session_persistence"] = null;
            else if (SessionPersistence != null)
            {
                var sp = new JsonObject { ["type"] = SessionPersistence.ToUpperInvariant() };
                Put(sp, "cookie_name", CookieName);
                o["session_persistence"] = sp;
            }
        }
    }

    public sealed class MemberOptions : LoadBalancingOptions
    {
        public string? Address { get; set; }
        public int? ProtocolPort { get; set; }
        public string? SubnetId { get; set; }
        public int? Weight { get; set; }
        public bool? Backup { get; set; }
        public string? MonitorAddress { get; set; }
        public int? MonitorPort { get; set; }

        protected override void Validate()
        {
            Port(ProtocolPort, "member port");
            Port(MonitorPort, "monitor port");
            if (Weight.HasValue && (Weight.Value < 0 || Weight.Value > 256)) throw new ArgumentException("A member's weight is from 0 to 256 (got " + Weight.Value + ").");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "address", Address);
            Put(o, "protocol_port", ProtocolPort);
            Put(o, "subnet_id", SubnetId);
            Put(o, "weight", Weight);
            Put(o, "backup", Backup);
            Put(o, "monitor_address", MonitorAddress);
            Put(o, "monitor_port", MonitorPort);
        }

        /// <summary>An existing member as it must be sent again in a batch update, so the batch keeps it as it is.</summary>
        public static MemberOptions From(Member m) => new MemberOptions
        {
            Name = m.Name, AdminStateUp = m.AdminStateUp, Tags = m.Tags, Address = m.Address, ProtocolPort = m.ProtocolPort, SubnetId = m.SubnetId,
            Weight = m.Weight, Backup = m.Backup, MonitorAddress = m.MonitorAddress, MonitorPort = m.MonitorPort,
        };
    }

    public sealed class HealthMonitorOptions : LoadBalancingOptions
    {
        public string? PoolId { get; set; }
        public string? Type { get; set; }
        public int? Delay { get; set; }
        public int? Timeout { get; set; }
        public int? MaxRetries { get; set; }
        public int? MaxRetriesDown { get; set; }
        public string? UrlPath { get; set; }
        public string? HttpMethod { get; set; }
        public string? ExpectedCodes { get; set; }

        protected override void Validate()
        {
            if (UrlPath != null && !UrlPath.StartsWith("/", StringComparison.Ordinal)) throw new ArgumentException("A URL path starts with '/' (got '" + UrlPath + "').");
        }

        protected override void WriteOwn(JsonObject o)
        {
            Put(o, "pool_id", PoolId);
            Put(o, "type", Type);
            Put(o, "delay", Delay);
            Put(o, "timeout", Timeout);
            Put(o, "max_retries", MaxRetries);
            Put(o, "max_retries_down", MaxRetriesDown);
            Put(o, "url_path", UrlPath);
            Put(o, "http_method", HttpMethod);
            Put(o, "expected_codes", ExpectedCodes);
        }
    }
}
