using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Names given to the Magnum cmdlets, resolved through the services that own them.</summary>
    internal static class References
    {
        public static async Task ResolveAsync(OpenStackSession session, ClusterTemplateCreateOptions o, string image, string externalNetwork, string? keypair,
            string? fixedNetwork, string? fixedSubnet, string? flavor, string? masterFlavor, CancellationToken ct)
        {
            var network = new NetworkClient(session);
            o.ImageId = await ImageIdAsync(session, image, ct).ConfigureAwait(false);
            o.ExternalNetworkId = await network.FindIdAsync(NeutronResource<Client.Network.Network>.Networks, externalNetwork, ct).ConfigureAwait(false);
            if (keypair != null) o.KeypairId = await KeypairAsync(session, keypair, ct).ConfigureAwait(false);
            if (fixedNetwork != null) o.FixedNetwork = await network.FindIdAsync(NeutronResource<Client.Network.Network>.Networks, fixedNetwork, ct).ConfigureAwait(false);
            if (fixedSubnet != null) o.FixedSubnet = await network.FindIdAsync(NeutronResource<Subnet>.Subnets, fixedSubnet, ct).ConfigureAwait(false);
            if (flavor != null) o.FlavorId = await FlavorIdAsync(session, flavor, ct).ConfigureAwait(false);
            if (masterFlavor != null) o.MasterFlavorId = await FlavorIdAsync(session, masterFlavor, ct).ConfigureAwait(false);
        }

        public static Task<string> ImageIdAsync(OpenStackSession session, string image, CancellationToken ct) =>
            IdLookup.FindIdAsync(session, ServiceTypes.Image, "images", "image", image, ct);

        public static async Task<string> FlavorIdAsync(OpenStackSession session, string flavor, CancellationToken ct) =>
            (await new ComputeClient(session).FindFlavorAsync(flavor, ct).ConfigureAwait(false)).Id;

        /// <summary>A keypair's name is its id: checked to exist.</summary>
        public static async Task<string> KeypairAsync(OpenStackSession session, string keypair, CancellationToken ct) =>
            (await new ComputeClient(session).GetKeypairAsync(keypair, ct).ConfigureAwait(false))?.Name
            ?? throw new NotFoundException("No keypair is named '" + keypair + "'.");
    }
}
