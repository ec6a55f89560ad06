using System;
using System.Collections.Generic;
using System.Linq;
using OpenStack.Client.Core;

namespace OpenStack.Client.Identity
{
    /// <summary>A Keystone token with what came with it. The token id itself is a <see cref="Secret"/>.</summary>
    public sealed class AuthToken
    {
        internal AuthToken(Secret id, TokenBody body)
        {
            Id = id;
            Body = body;
            ExpiresAt = body.ExpiresAt;
            ReceivedAt = DateTimeOffset.UtcNow;
            Catalog = new ServiceCatalog(ToEndpoints(body.Catalog));
        }

        internal Secret Id { get; }
        public TokenBody Body { get; }
        public DateTimeOffset ExpiresAt { get; }
        /// <summary>When this client got it: with <see cref="ExpiresAt"/>, its lifetime as this machine's clock sees it.</summary>
        public DateTimeOffset ReceivedAt { get; }
        public ServiceCatalog Catalog { get; }

        public override string ToString() => "token for " + Body.User + " expiring " + ExpiresAt.ToString("u");

        private static IEnumerable<CatalogEndpoint> ToEndpoints(List<CatalogService>? services)
        {
            if (services == null) yield break;
            foreach (var s in services)
            {
                if (s.Type == null || s.Endpoints == null) continue;
                foreach (var e in s.Endpoints.Where(e => e.Url != null && e.Interface != null))
                    yield return new CatalogEndpoint(s.Type, s.Name, s.Id, e.Id, e.Interface!, e.RegionId ?? e.Region, e.Url!);
            }
        }
    }
}
