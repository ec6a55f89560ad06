using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// Get-OSEndpoint: the service catalog of the session as objects; with -All, every endpoint registered in Keystone
    /// (/v3/endpoints, admin), with each one's service name and type looked up.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSEndpoint", DefaultParameterSetName = CatalogSet)]
    [OutputType(typeof(CatalogEndpoint), ParameterSetName = new[] { CatalogSet })]
    [OutputType(typeof(RegisteredEndpoint), ParameterSetName = new[] { AllSet })]
    public sealed class GetOSEndpointCommand : OpenStackCmdlet
    {
        private const string CatalogSet = "Catalog";
        private const string AllSet = "All";

        /// <summary>A service type or alias ("compute", "volumev3", "block-storage"); wildcards allowed. With -All also a service name ("nova").</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? ServiceType { get; set; }

        [Parameter]
        [ValidateSet("public", "internal", "admin")]
        public string? Interface { get; set; }

        [Parameter]
        public string? Region { get; set; }

        /// <summary>Every registered endpoint (Keystone's /v3/endpoints; needs an administrator), not only the session's catalog.</summary>
        [Parameter(ParameterSetName = AllSet, Mandatory = true)]
        public SwitchParameter All { get; set; }

        protected override void EndProcessing()
        {
            var session = ActiveSession;
            var pattern = ServiceType != null && WildcardPattern.ContainsWildcardCharacters(ServiceType)
                ? new WildcardPattern(ServiceType, WildcardOptions.IgnoreCase)
                : null;
            var types = ServiceType != null && pattern == null ? ServiceTypes.CatalogCandidates(ServiceType) : null;
            if (All)
            {
                WriteRegistered(session, pattern, types);
                return;
            }
            foreach (var e in session.Catalog.Endpoints
                         .Where(e => pattern == null || pattern.IsMatch(e.ServiceType))
                         .Where(e => types == null || types.Contains(e.ServiceType, StringComparer.OrdinalIgnoreCase))
                         .Where(e => Interface == null || string.Equals(ServiceCatalog.NormalizeInterface(e.Interface), Interface, StringComparison.OrdinalIgnoreCase))
                         .Where(e => Region == null || string.Equals(e.Region, Region, StringComparison.OrdinalIgnoreCase))
                         .OrderBy(e => e.ServiceType, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Interface, StringComparer.OrdinalIgnoreCase))
                WriteObject(e);
        }

        /// <summary>Interface and region are filtered by Keystone; the service (type, alias or name) here, as the listing has only its id.</summary>
        private void WriteRegistered(OpenStackSession session, WildcardPattern? pattern, IReadOnlyCollection<string>? types)
        {
            var client = new ResourceClient(session);
            Try(ServiceType ?? "endpoints", () =>
            {
                var (services, endpoints) = Run<(Dictionary<string, RegisteredService>, List<RegisteredEndpoint>)>(async ct =>
                {
                    var s = new Dictionary<string, RegisteredService>(StringComparer.Ordinal);
                    await foreach (var x in client.ListAsync(IdentityResources.Services, null, null, ct).ConfigureAwait(false)) s[x.Id] = x;
                    var q = new Query().Add("interface", Interface).Add("region_id", Region);
                    var e = new List<RegisteredEndpoint>();
                    await foreach (var x in client.ListAsync(IdentityResources.Endpoints, q, null, ct).ConfigureAwait(false)) e.Add(x);
                    return (s, e);
                });
                foreach (var e in endpoints)
                    if (e.ServiceId != null && services.TryGetValue(e.ServiceId, out var service)) { e.ServiceName = service.Name; e.ServiceType = service.Type; }
                foreach (var e in endpoints
                             .Where(e => Keep(e, pattern, types))
                             .OrderBy(e => e.ServiceType, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Interface, StringComparer.OrdinalIgnoreCase))
                    WriteObject(e);
            });
        }

        private bool Keep(RegisteredEndpoint e, WildcardPattern? pattern, IReadOnlyCollection<string>? types)
        {
            var type = e.ServiceType ?? "";
            var name = e.ServiceName ?? "";
            if (pattern != null) return pattern.IsMatch(type) || pattern.IsMatch(name);
            if (types != null) return types.Contains(type, StringComparer.OrdinalIgnoreCase) || string.Equals(name, ServiceType, StringComparison.OrdinalIgnoreCase);
            return true;
        }
    }
}
