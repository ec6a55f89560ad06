using System.Collections;
using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>
    /// New-OSClusterTemplate: a Magnum cluster template. Image, keypair, networks and flavors are given by name or
    /// id and resolved through Glance, Nova and Neutron first, so a typo is a clear error before Magnum is asked.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSClusterTemplate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ClusterTemplate))]
    public sealed class NewOSClusterTemplateCommand : NewResourceCmdlet<ClusterTemplate, ClusterTemplateCreateOptions>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The container orchestration engine.</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("kubernetes", "swarm", "swarm-mode", "mesos", "dcos")]
        public string Coe { get; set; } = null!;

        [Parameter(Mandatory = true)] [ResourceRef] [ArgumentCompleter(typeof(ImageNameCompleter))] public string Image { get; set; } = null!;
        [Parameter(Mandatory = true)] [ResourceRef] [ArgumentCompleter(typeof(NetworkNameCompleter))] public string ExternalNetwork { get; set; } = null!;
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(KeypairNameCompleter))] public string? Keypair { get; set; }
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(NetworkNameCompleter))] public string? FixedNetwork { get; set; }
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(SubnetNameCompleter))] public string? FixedSubnet { get; set; }
        [Parameter] public string? DnsNameserver { get; set; }
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(FlavorNameCompleter))] public string? Flavor { get; set; }
        [Parameter] [ResourceRef] [ArgumentCompleter(typeof(FlavorNameCompleter))] public string? MasterFlavor { get; set; }
        [Parameter] [ValidateRange(1, 10000)] public int? DockerVolumeSize { get; set; }
        [Parameter] public string? DockerStorageDriver { get; set; }
        [Parameter] public string? NetworkDriver { get; set; }
        [Parameter] public string? VolumeDriver { get; set; }
        /// <summary>@{ 'network-cidr' = '10.0.0.0/8'; backend = 'vxlan' }: values are sent as text.</summary>
        [Parameter] public Hashtable? Label { get; set; }
        /// <summary>Visible to every project (admin).</summary>
        [Parameter] public SwitchParameter Public { get; set; }
        [Parameter] public SwitchParameter Hidden { get; set; }
        [Parameter] public bool? FloatingIpEnabled { get; set; }
        [Parameter] public bool? MasterLbEnabled { get; set; }
        [Parameter] public SwitchParameter TlsDisabled { get; set; }
        [Parameter] [ValidateSet("vm", "bm")] public string? ServerType { get; set; }

        protected override ResourceDescriptor<ClusterTemplate> Resource => ContainerInfraResources.ClusterTemplates;
        protected override string PreparationTarget => Name;
        protected override string Target(ClusterTemplateCreateOptions o) => Name;
        protected override string ActionText(ClusterTemplateCreateOptions o) => "Create " + Coe + " cluster template";

        protected override ClusterTemplateCreateOptions BuildOptions()
        {
            var options = new ClusterTemplateCreateOptions
            {
                Name = Name, Coe = Coe, DnsNameserver = DnsNameserver, DockerVolumeSize = DockerVolumeSize, DockerStorageDriver = DockerStorageDriver,
                NetworkDriver = NetworkDriver, VolumeDriver = VolumeDriver, Public = Public.IsPresent ? true : (bool?)null,
                Hidden = Hidden.IsPresent ? true : (bool?)null, FloatingIpEnabled = FloatingIpEnabled, MasterLbEnabled = MasterLbEnabled,
                TlsDisabled = TlsDisabled.IsPresent ? true : (bool?)null, ServerType = ServerType,
                // Resolved to ids below; given here so that the options' own checks see them.
                ImageId = Image, ExternalNetworkId = ExternalNetwork,
            };
            Hashtables.CopyStrings(Label, options.Labels);
            return options;
        }

        protected override void Resolve(ResourceClient client, ClusterTemplateCreateOptions o) =>
            Run(ct => References.ResolveAsync(client, o, Image, ExternalNetwork, Keypair, FixedNetwork, FixedSubnet, Flavor, MasterFlavor, ct));
    }
}
