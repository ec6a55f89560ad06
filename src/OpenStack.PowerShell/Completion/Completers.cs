using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Image;
using OpenStack.Client.Network;
using OpenStack.Client.Orchestration;
using OpenStack.Client.Resources;

namespace OpenStack.PowerShell.Completion
{
    /// <summary>Names of any declared resource; the small classes below only say which (an attribute needs a type).</summary>
    public abstract class ResourceNameCompleter<T> : NameCompleter where T : class
    {
        protected abstract ResourceDescriptor<T> Resource { get; }
        protected override string Kind => Resource.Kind;
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new ResourceClient(s).ListAsync(Resource, null, null, ct).ConfigureAwait(false)) yield return Resource.NameOf(x); }
    }

    public sealed class ServerNameCompleter : ResourceNameCompleter<Server> { protected override ResourceDescriptor<Server> Resource => ComputeResources.Servers; }
    public sealed class FlavorNameCompleter : ResourceNameCompleter<Flavor> { protected override ResourceDescriptor<Flavor> Resource => ComputeResources.Flavors; }
    public sealed class ServerGroupNameCompleter : ResourceNameCompleter<ServerGroup> { protected override ResourceDescriptor<ServerGroup> Resource => ComputeResources.ServerGroups; }
    public sealed class HypervisorNameCompleter : ResourceNameCompleter<Hypervisor> { protected override ResourceDescriptor<Hypervisor> Resource => ComputeAdminResources.Hypervisors; }
    public sealed class AggregateNameCompleter : ResourceNameCompleter<Aggregate> { protected override ResourceDescriptor<Aggregate> Resource => ComputeAdminResources.Aggregates; }
    /// <summary>The hosts of Nova's services (a service's name is its host).</summary>
    public sealed class ComputeHostCompleter : ResourceNameCompleter<ComputeService> { protected override ResourceDescriptor<ComputeService> Resource => ComputeAdminResources.Services; }
    /// <summary>The binaries of Nova's services (nova-compute, nova-scheduler...).</summary>
    public sealed class ComputeBinaryCompleter : NameCompleter
    {
        protected override string Kind => "compute service binary";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        { await foreach (var x in new ResourceClient(s).ListAsync(ComputeAdminResources.Services, null, null, ct).ConfigureAwait(false)) yield return x.Binary; }
    }
    public sealed class KeypairNameCompleter : ResourceNameCompleter<Keypair> { protected override ResourceDescriptor<Keypair> Resource => ComputeResources.Keypairs; }
    public sealed class ImageNameCompleter : ResourceNameCompleter<Image> { protected override ResourceDescriptor<Image> Resource => ImageResources.Images; }
    public sealed class VolumeNameCompleter : ResourceNameCompleter<Volume> { protected override ResourceDescriptor<Volume> Resource => BlockStorageResources.Volumes; }
    public sealed class VolumeSnapshotNameCompleter : ResourceNameCompleter<VolumeSnapshot> { protected override ResourceDescriptor<VolumeSnapshot> Resource => BlockStorageResources.Snapshots; }
    public sealed class VolumeTypeNameCompleter : ResourceNameCompleter<VolumeType> { protected override ResourceDescriptor<VolumeType> Resource => BlockStorageResources.VolumeTypes; }
    public sealed class VolumeBackupNameCompleter : ResourceNameCompleter<VolumeBackup> { protected override ResourceDescriptor<VolumeBackup> Resource => BlockStorageResources.Backups; }
    public sealed class VolumeTransferNameCompleter : ResourceNameCompleter<VolumeTransfer> { protected override ResourceDescriptor<VolumeTransfer> Resource => BlockStorageResources.Transfers; }
    public sealed class VolumeQosNameCompleter : ResourceNameCompleter<VolumeQos> { protected override ResourceDescriptor<VolumeQos> Resource => BlockStorageResources.QosSpecs; }
    public sealed class NetworkNameCompleter : ResourceNameCompleter<Network> { protected override ResourceDescriptor<Network> Resource => NetworkResources.Networks; }
    public sealed class SubnetNameCompleter : ResourceNameCompleter<Subnet> { protected override ResourceDescriptor<Subnet> Resource => NetworkResources.Subnets; }
    public sealed class SubnetPoolNameCompleter : ResourceNameCompleter<SubnetPool> { protected override ResourceDescriptor<SubnetPool> Resource => NetworkResources.SubnetPools; }
    public sealed class RouterNameCompleter : ResourceNameCompleter<Router> { protected override ResourceDescriptor<Router> Resource => NetworkResources.Routers; }
    public sealed class PortNameCompleter : ResourceNameCompleter<Port> { protected override ResourceDescriptor<Port> Resource => NetworkResources.Ports; }
    public sealed class ProjectNameCompleter : ResourceNameCompleter<Project> { protected override ResourceDescriptor<Project> Resource => IdentityResources.Projects; }
    public sealed class UserNameCompleter : ResourceNameCompleter<User> { protected override ResourceDescriptor<User> Resource => IdentityResources.Users; }
    public sealed class GroupNameCompleter : ResourceNameCompleter<Group> { protected override ResourceDescriptor<Group> Resource => IdentityResources.Groups; }
    public sealed class DomainNameCompleter : ResourceNameCompleter<Domain> { protected override ResourceDescriptor<Domain> Resource => IdentityResources.Domains; }
    public sealed class RegionNameCompleter : ResourceNameCompleter<Region> { protected override ResourceDescriptor<Region> Resource => IdentityResources.Regions; }
    public sealed class ServiceNameCompleter : ResourceNameCompleter<RegisteredService> { protected override ResourceDescriptor<RegisteredService> Resource => IdentityResources.Services; }

    /// <summary>The projects the connected user has a role on (any user may list them; /v3/projects needs an administrator).</summary>
    public sealed class MyProjectNameCompleter : NameCompleter
    {
        protected override string Kind => "project of the user";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        {
            if (s.UserId == null) yield break;
            await foreach (var p in new ResourceClient(s).ListAsync(IdentityResources.UserProjects.Under(s.UserId), null, null, ct).ConfigureAwait(false)) yield return p.Name;
        }
    }
    public sealed class RoleNameCompleter : ResourceNameCompleter<Role> { protected override ResourceDescriptor<Role> Resource => IdentityResources.Roles; }

    /// <summary>The names of the session user's own application credentials.</summary>
    public sealed class ApplicationCredentialNameCompleter : NameCompleter
    {
        protected override string Kind => "application credential";
        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession s, [EnumeratorCancellation] CancellationToken ct)
        {
            if (s.UserId == null) yield break;
            await foreach (var c in new ResourceClient(s).ListAsync(IdentityResources.ApplicationCredentials.Under(s.UserId), null, null, ct).ConfigureAwait(false)) yield return c.Name;
        }
    }
    public sealed class SecurityGroupNameCompleter : ResourceNameCompleter<SecurityGroup> { protected override ResourceDescriptor<SecurityGroup> Resource => NetworkResources.SecurityGroups; }
    public sealed class StackNameCompleter : ResourceNameCompleter<Stack> { protected override ResourceDescriptor<Stack> Resource => OrchestrationResources.Stacks; }
}
