using System.Text.Json.Serialization;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Identity;

namespace OpenStack.Client.Json
{
    /// <summary>Source-generated metadata for every model: no reflection at run time.</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(TokenResponse))]
    [JsonSerializable(typeof(Server))]
    [JsonSerializable(typeof(Flavor))]
    [JsonSerializable(typeof(FlavorAccess))]
    [JsonSerializable(typeof(Project))]
    [JsonSerializable(typeof(Domain))]
    [JsonSerializable(typeof(User))]
    [JsonSerializable(typeof(Group))]
    [JsonSerializable(typeof(Role))]
    [JsonSerializable(typeof(ApplicationCredential))]
    [JsonSerializable(typeof(RoleAssignment))]
    [JsonSerializable(typeof(Region))]
    [JsonSerializable(typeof(RegisteredService))]
    [JsonSerializable(typeof(RegisteredEndpoint))]
    [JsonSerializable(typeof(Keypair))]
    [JsonSerializable(typeof(VolumeAttachment))]
    [JsonSerializable(typeof(ServerGroup))]
    [JsonSerializable(typeof(Hypervisor))]
    [JsonSerializable(typeof(ComputeService))]
    [JsonSerializable(typeof(Aggregate))]
    [JsonSerializable(typeof(ServerMigration))]
    [JsonSerializable(typeof(Volume))]
    [JsonSerializable(typeof(VolumeSnapshot))]
    [JsonSerializable(typeof(VolumeType))]
    [JsonSerializable(typeof(Image.Image))]
    [JsonSerializable(typeof(ContainerInfra.ClusterTemplate))]
    [JsonSerializable(typeof(ContainerInfra.Cluster))]
    [JsonSerializable(typeof(ContainerInfra.NodeGroup))]
    [JsonSerializable(typeof(Network.Network))]
    [JsonSerializable(typeof(Network.Subnet))]
    [JsonSerializable(typeof(Network.SubnetPool))]
    [JsonSerializable(typeof(Network.Router))]
    [JsonSerializable(typeof(Network.RouterInterface))]
    [JsonSerializable(typeof(Network.Port))]
    [JsonSerializable(typeof(Network.FloatingIp))]
    [JsonSerializable(typeof(Network.SecurityGroup))]
    [JsonSerializable(typeof(Network.SecurityGroupRule))]
    [JsonSerializable(typeof(ServerEvent))]
    [JsonSerializable(typeof(ServerInterface))]
    [JsonSerializable(typeof(ConsoleUrl))]
    public sealed partial class OpenStackJsonContext : JsonSerializerContext
    {
    }
}
