using System;
using System.Collections;
using System.Management.Automation;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;
using OpenStack.Client.Waiting;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.ContainerInfra
{
    /// <summary>
    /// New-OSCluster: asks Magnum for a cluster from a template (name or uuid). With -Wait, follows CREATE_IN_PROGRESS
    /// to CREATE_COMPLETE; CREATE_FAILED is an error carrying Magnum's status_reason.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Cluster))]
    public sealed class NewOSClusterCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        [Alias("ClusterTemplateId")]
        [ResourceRef]
        [ValidateNotNullOrEmpty]
        public string ClusterTemplate { get; set; } = null!;

        [Parameter] [ValidateRange(1, 10000)] public int? NodeCount { get; set; }
        [Parameter] [ValidateRange(1, 100)] public int? MasterCount { get; set; }
        [Parameter] [ResourceRef] public string? Keypair { get; set; }
        /// <summary>Replaces the template's labels for this cluster.</summary>
        [Parameter] public Hashtable? Label { get; set; }
        /// <summary>Minutes the build may take (Heat's timeout).</summary>
        [Parameter] [ValidateRange(1, 10080)] public int? CreateTimeout { get; set; }
        [Parameter] public SwitchParameter Wait { get; set; }
        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 3600;

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var client = new ContainerInfraClient(session);
            var options = new ClusterCreateOptions
            {
                Name = Name, NodeCount = NodeCount, MasterCount = MasterCount, CreateTimeout = CreateTimeout,
                Labels = Label == null ? null : Hashtables.ToStrings(Label),
            };
            try
            {
                options.ClusterTemplateId = Run(ct => client.FindTemplateAsync(ClusterTemplate, ct)).Uuid;
                if (Keypair != null) options.Keypair = Run(ct => References.KeypairAsync(session, Keypair, ct));
                options.ToJson();
            }
            catch (Exception ex) when (ex is OpenStackException || ex is ArgumentException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, Name);
                return;
            }
            if (!ShouldProcess(Name, "Create cluster from template " + ClusterTemplate)) return;
            try
            {
                var cluster = Run(ct => client.CreateClusterAsync(options, ct));
                if (Wait)
                {
                    var wait = new WaitOptions("CREATE_COMPLETE")
                    {
                        Timeout = TimeSpan.FromSeconds(TimeoutSec),
                        Interval = TimeSpan.FromSeconds(5),
                        Progress = (status, elapsed) => Post(() => WriteProgress(new ProgressRecord(0x05F0, "Creating cluster " + Name, status + " after " + (int)elapsed.TotalSeconds + " s"))),
                    };
                    cluster = Run(ct => client.WaitForClusterAsync(cluster.Uuid, wait, ct))!;
                    WriteProgress(new ProgressRecord(0x05F0, "Creating cluster " + Name, "done") { RecordType = ProgressRecordType.Completed });
                }
                WriteObject(cluster);
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException) { WriteOpenStackError(ex, Name); }
        }
    }
}
