using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Image;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>Names given to the Magnum cmdlets, resolved through the services that own them, so a typo is an error before Magnum is asked.</summary>
    internal static class References
    {
        public static async Task ResolveAsync(ResourceClient client, ClusterTemplateCreateOptions o, string image, string externalNetwork, string? keypair,
            string? fixedNetwork, string? fixedSubnet, string? flavor, string? masterFlavor, CancellationToken ct)
        {
            o.ImageId = await client.FindIdAsync(ImageResources.Images, image, ct).ConfigureAwait(false);
            o.ExternalNetworkId = await client.FindIdAsync(NetworkResources.Networks, externalNetwork, ct).ConfigureAwait(false);
            if (keypair != null) o.KeypairId = await client.FindIdAsync(ComputeResources.Keypairs, keypair, ct).ConfigureAwait(false);
            if (fixedNetwork != null) o.FixedNetwork = await client.FindIdAsync(NetworkResources.Networks, fixedNetwork, ct).ConfigureAwait(false);
            if (fixedSubnet != null) o.FixedSubnet = await client.FindIdAsync(NetworkResources.Subnets, fixedSubnet, ct).ConfigureAwait(false);
            if (flavor != null) o.FlavorId = await client.FindIdAsync(ComputeResources.Flavors, flavor, ct).ConfigureAwait(false);
            if (masterFlavor != null) o.MasterFlavorId = await client.FindIdAsync(ComputeResources.Flavors, masterFlavor, ct).ConfigureAwait(false);
        }
    }
}
