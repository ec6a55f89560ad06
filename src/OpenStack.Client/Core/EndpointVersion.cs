using System;
using System.Text.RegularExpressions;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// Turns a catalog or override URL into the versioned root the client calls:
    /// compute …/v2.1, block storage …/v3/{project}, image …/v2, network …/v2.0, container-infra …/v1, identity …/v3.
    /// </summary>
    public static class EndpointVersion
    {
        private static readonly Regex VersionAtEnd = new Regex(@"/v\d+(\.\d+)?(/[^/]+)?$", RegexOptions.Compiled);

        public static Uri Versioned(string url, string serviceType, string? projectId)
        {
            var u = url.TrimEnd('/');
            if (projectId != null)
                u = u.Replace("%(project_id)s", projectId).Replace("$(project_id)s", projectId).Replace("%(tenant_id)s", projectId).Replace("$(tenant_id)s", projectId);
            var segment = ServiceTypes.VersionSegment(serviceType);
            if (segment != null && !VersionAtEnd.IsMatch(u))
            {
                u += "/" + segment;
                if (ServiceTypes.Canonical(serviceType) == ServiceTypes.BlockStorage && projectId != null) u += "/" + projectId;
            }
            return new Uri(u + "/");
        }

        /// <summary>The unversioned root (scheme, host, port and any path prefix before the version), where the version document lives.</summary>
        public static Uri Root(Uri versioned)
        {
            var path = versioned.AbsolutePath.TrimEnd('/');
            var m = Regex.Match(path, @"^(.*?)/v\d+(\.\d+)?(/.*)?$");
            var prefix = m.Success ? m.Groups[1].Value : path;
            return new Uri(versioned.GetLeftPart(UriPartial.Authority) + prefix + "/");
        }

        /// <summary>
        /// The address of a path under the versioned endpoint. A path that starts with the endpoint's own version
        /// ("/v3/projects" for …/v3/, "/v3/{project}/volumes" for …/v3/{project}/, "v2/images" for …/v2/) is read from the
        /// unversioned root, so the version is not doubled (…/v3/v3/projects, a 404); any other path goes under the endpoint.
        /// </summary>
        public static Uri Resolve(Uri versioned, string path)
        {
            var relative = path.TrimStart('/');
            var version = MajorVersion(versioned);
            var first = relative.Split(new[] { '/', '?', '#' }, 2)[0];
            return version != null && string.Equals(first, version, StringComparison.OrdinalIgnoreCase)
                ? new Uri(Root(versioned), relative)
                : new Uri(versioned, relative);
        }

        /// <summary>"v2.1" for …/v2.1/, "v3" for …/v3/{project}/.</summary>
        public static string? MajorVersion(Uri versioned)
        {
            var m = Regex.Match(versioned.AbsolutePath, @"/(v\d+(\.\d+)?)(/|$)");
            return m.Success ? m.Groups[1].Value : null;
        }
    }
}
