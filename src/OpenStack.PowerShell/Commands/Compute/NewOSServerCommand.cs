using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Image;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// New-OSServer: boots servers. Image, flavor and networks are given by name or id (exactly one match, or an
    /// error listing the candidates); user data is checked against Nova's limit before anything is sent.
    /// With -Wait the server is returned ACTIVE, or an error carries its fault.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = UserDataSet)]
    [OutputType(typeof(Server))]
    public sealed class NewOSServerCommand : NewWaitingResourceCmdlet<Server, ServerCreateOptions>
    {
        private const string UserDataSet = "UserData";
        private const string UserDataPathSet = "UserDataPath";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>Image name or id (or an object with an Id). Optional when booting from -BlockDeviceMapping.</summary>
        [Parameter(Position = 1)]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public object? Image { get; set; }

        /// <summary>Flavor name or id, or a Flavor object.</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNull]
        [ArgumentCompleter(typeof(FlavorNameCompleter))] public object Flavor { get; set; } = null!;

        /// <summary>Network names or ids; without any, Nova picks the project's network.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(NetworkNameCompleter))] public string[]? Network { get; set; }

        /// <summary>No network at all (Nova's "none").</summary>
        [Parameter]
        public SwitchParameter NoNetwork { get; set; }

        /// <summary>Existing port ids to plug in.</summary>
        [Parameter]
        public string[]? Port { get; set; }

        [Parameter]
        [Alias("KeyPair")]
        [ArgumentCompleter(typeof(KeypairNameCompleter))] public string? KeyName { get; set; }

        /// <summary>User data as text (a cloud-init script, for example); base64-encoded for you.</summary>
        [Parameter(ParameterSetName = UserDataSet)]
        public string? UserData { get; set; }

        [Parameter(ParameterSetName = UserDataPathSet)]
        public string? UserDataPath { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(SecurityGroupNameCompleter))] public string[]? SecurityGroup { get; set; }

        [Parameter]
        public string? AvailabilityZone { get; set; }

        /// <summary>Boot from a new volume of this size (GB) made from the image.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? BootVolumeSize { get; set; }

        [Parameter]
        public SwitchParameter DeleteVolumeOnTermination { get; set; }

        /// <summary>Raw block_device_mapping_v2 entries as hashtables.</summary>
        [Parameter]
        public Hashtable[]? BlockDeviceMapping { get; set; }

        [Parameter]
        public SwitchParameter ConfigDrive { get; set; }

        [Parameter]
        public Hashtable? Metadata { get; set; }

        [Parameter]
        public string? Description { get; set; }

        /// <summary>The server group to boot into (name, id, or a server group): the scheduler then keeps to its policy.</summary>
        [Parameter]
        [ReferenceTo(typeof(ServerGroup))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerGroupNameCompleter))] public NameOrId? ServerGroup { get; set; }

        /// <summary>How many identical servers to boot.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int Count { get; set; } = 1;

        protected override ResourceDescriptor<Server> Resource => ComputeResources.Servers;
        protected override string[] WaitTargets => new[] { "ACTIVE" };
        protected override int ProgressId => 0x05ED;
        protected override string PreparationTarget => Name;
        protected override string Target(ServerCreateOptions o) => Name;
        protected override string ActionText(ServerCreateOptions o) =>
            "Create " + (Count > 1 ? Count + " servers" : "server") + " (flavor " + o.FlavorId + (o.ImageId != null ? ", image " + o.ImageId : "") +
            (o.ServerGroupId != null ? ", server group " + o.ServerGroupId : "") + ")";

        protected override ServerCreateOptions BuildOptions()
        {
            var o = new ServerCreateOptions
            {
                Name = Name,
                // Resolved to an id below; given here so that the options' own checks see a flavor.
                FlavorId = Flavor is Flavor f ? f.Id : ResourceRefAttribute.Text(Flavor),
                KeyName = KeyName,
                AvailabilityZone = AvailabilityZone,
                BootVolumeSize = BootVolumeSize,
                DeleteVolumeOnTermination = DeleteVolumeOnTermination,
                ConfigDrive = ConfigDrive,
                Description = Description,
                Count = Count,
                NoNetwork = NoNetwork,
                UserData = UserData,
                // The file's bytes as they are: cloud-init takes gzip'd and MIME multipart user data, which text decoding would corrupt.
                UserDataBytes = UserDataPath != null ? File.ReadAllBytes(GetUnresolvedProviderPathFromPSPath(UserDataPath)) : null,
            };
            if (Image != null) o.ImageId = ResourceRefAttribute.Text(Image);
            if (SecurityGroup != null) o.SecurityGroups.AddRange(SecurityGroup);
            if (Port != null) o.PortIds.AddRange(Port);
            Hashtables.CopyStrings(Metadata, o.Metadata);
            if (BlockDeviceMapping != null)
                foreach (var h in BlockDeviceMapping)
                    o.BlockDeviceMappings.Add(h.Cast<DictionaryEntry>().ToDictionary(kv => kv.Key.ToString()!, kv => (object?)(kv.Value is PSObject p ? p.BaseObject : kv.Value)));
            if (Image == null && BlockDeviceMapping == null) throw new ArgumentException("Give -Image, or -BlockDeviceMapping to boot from a volume.");
            return o;
        }

        /// <summary>Names become ids before asking: the confirmation then shows what will really be used.</summary>
        protected override void Resolve(ResourceClient client, ServerCreateOptions o)
        {
            if (!(Flavor is Flavor)) o.FlavorId = Run(ct => client.FindIdAsync(ComputeResources.Flavors, o.FlavorId, ct));
            if (o.ImageId != null) o.ImageId = Run(ct => client.FindIdAsync(ImageResources.Images, o.ImageId, ct));
            foreach (var n in Network ?? Array.Empty<string>()) o.NetworkIds.Add(Run(ct => client.FindIdAsync(NetworkResources.Networks, n, ct)));
            if (ServerGroup != null) o.ServerGroupId = Run(ct => client.FindIdAsync(ComputeResources.ServerGroups, ServerGroup.Value, ct));
        }

        /// <summary>Through the compute client: a scheduler hint goes beside the server in the request.</summary>
        protected override System.Threading.Tasks.Task<Server> CreateAsync(ResourceClient client, ServerCreateOptions options, System.Threading.CancellationToken ct) =>
            new ComputeClient(client.Session).CreateServerAsync(options, ct);

        protected override void Create(ResourceClient client, ServerCreateOptions options, string target)
        {
            if (Count > 1) Try(target, () => CreateBatch(new ComputeClient(client.Session), options));
            else base.Create(client, options, target);
        }

        /// <summary>Count servers from one request: every one is written, and with -Wait each that fails is its own error.</summary>
        private void CreateBatch(ComputeClient client, ServerCreateOptions options)
        {
            var reservation = Run(ct => client.CreateServerBatchAsync(options, ct));
            WriteVerbose("Nova booted " + Count + " servers as reservation " + reservation + ".");
            if (!Wait)
            {
                foreach (var s in Run(ct => client.ListReservationAsync(reservation, ct))) WriteObject(s);
                return;
            }
            var waitOptions = Resource.WaitFor(WaitTargets);
            waitOptions.Timeout = TimeSpan.FromSeconds(TimeoutSec);
            waitOptions.Progress = (status, elapsed) => Post(() => WriteProgress(new ProgressRecord(ProgressId, "Creating server " + Name, status + " after " + (int)elapsed.TotalSeconds + " s")));
            var servers = Run(ct => client.WaitForReservationAsync(reservation, Count, waitOptions, ct));
            WriteProgress(new ProgressRecord(ProgressId, "Creating server " + Name, "done") { RecordType = ProgressRecordType.Completed });
            foreach (var s in servers)
            {
                var failure = ComputeClient.FailureOf(s, waitOptions);
                if (failure == null) WriteObject(s);
                else WriteOpenStackError(failure, s.Name);
            }
        }
    }
}
