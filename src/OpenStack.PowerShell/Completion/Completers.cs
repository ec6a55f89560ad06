using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Network;

namespace OpenStack.PowerShell.Completion
{
    // One small completer per kind of resource; NameCompleter does the rest.

    public sealed class ServerNameCompleter : NameCompleter
    {
        protected override string Kind => "server";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new ComputeClient(s).ListServersAsync(null, ct).ConfigureAwait(false)) yield return x.Name; }
    }

    public sealed class FlavorNameCompleter : NameCompleter
    {
        protected override string Kind => "flavor";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new ComputeClient(s).ListFlavorsAsync(ct: ct).ConfigureAwait(false)) yield return x.Name; }
    }

    public sealed class KeypairNameCompleter : NameCompleter
    {
        protected override string Kind => "keypair";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new ComputeClient(s).ListKeypairsAsync(ct).ConfigureAwait(false)) yield return x.Name; }
    }

    public sealed class ImageNameCompleter : NameCompleter
    {
        protected override string Kind => "image";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new ImageClient(s).ListImagesAsync(null, ct).ConfigureAwait(false)) yield return x.Name; }
    }

    public sealed class VolumeNameCompleter : NameCompleter
    {
        protected override string Kind => "volume";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new BlockStorageClient(s).ListVolumesAsync(null, ct).ConfigureAwait(false)) yield return x.Name; }
    }

    public sealed class VolumeTypeNameCompleter : NameCompleter
    {
        protected override string Kind => "volume type";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new BlockStorageClient(s).ListVolumeTypesAsync(ct).ConfigureAwait(false)) yield return x.Name; }
    }

    /// <summary>Any Neutron resource type with names.</summary>
    public abstract class NeutronNameCompleter<T> : NameCompleter where T : class
    {
        protected abstract NeutronResource<T> Resource { get; }
        protected override string Kind => Resource.Kind;
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new NetworkClient(s).ListAsync(Resource, null, null, ct).ConfigureAwait(false)) yield return Resource.NameOf(x); }
    }

    public sealed class NetworkNameCompleter : NeutronNameCompleter<Client.Network.Network>
    { protected override NeutronResource<Client.Network.Network> Resource => NeutronResource<Client.Network.Network>.Networks; }

    public sealed class SubnetNameCompleter : NeutronNameCompleter<Subnet>
    { protected override NeutronResource<Subnet> Resource => NeutronResource<Subnet>.Subnets; }

    public sealed class RouterNameCompleter : NeutronNameCompleter<Router>
    { protected override NeutronResource<Router> Resource => NeutronResource<Router>.Routers; }

    public sealed class PortNameCompleter : NeutronNameCompleter<Port>
    { protected override NeutronResource<Port> Resource => NeutronResource<Port>.Ports; }

    public sealed class SecurityGroupNameCompleter : NeutronNameCompleter<SecurityGroup>
    { protected override NeutronResource<SecurityGroup> Resource => NeutronResource<SecurityGroup>.SecurityGroups; }
}
