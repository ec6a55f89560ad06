using System;
using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>Get-OSEndpoint: the service catalog of the session as objects.</summary>
    [Cmdlet(VerbsCommon.Get, "OSEndpoint")]
    [OutputType(typeof(CatalogEndpoint))]
    public sealed class GetOSEndpointCommand : OpenStackCmdlet
    {
        /// <summary>A service type or alias ("compute", "volumev3", "block-storage"); wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? ServiceType { get; set; }

        [Parameter]
        [ValidateSet("public", "internal", "admin")]
        public string? Interface { get; set; }

        [Parameter]
        public string? Region { get; set; }

        protected override void EndProcessing()
        {
            var session = ActiveSession;
            var pattern = ServiceType != null && WildcardPattern.ContainsWildcardCharacters(ServiceType)
                ? new WildcardPattern(ServiceType, WildcardOptions.IgnoreCase)
                : null;
            var types = ServiceType != null && pattern == null ? ServiceTypes.CatalogCandidates(ServiceType) : null;
            foreach (var e in session.Catalog.Endpoints
                         .Where(e => pattern == null || pattern.IsMatch(e.ServiceType))
                         .Where(e => types == null || types.Contains(e.ServiceType, StringComparer.OrdinalIgnoreCase))
                         .Where(e => Interface == null || string.Equals(ServiceCatalog.NormalizeInterface(e.Interface), Interface, StringComparison.OrdinalIgnoreCase))
                         .Where(e => Region == null || string.Equals(e.Region, Region, StringComparison.OrdinalIgnoreCase))
                         .OrderBy(e => e.ServiceType, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Interface, StringComparer.OrdinalIgnoreCase))
                WriteObject(e);
        }
    }
}
