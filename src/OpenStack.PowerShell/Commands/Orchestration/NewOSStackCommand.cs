using System.Management.Automation;
using OpenStack.Client.Orchestration;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>
    /// New-OSStack: a stack from a template file, text or URL, with parameters and environment files; the files the
    /// template refers to are sent with it. With -Wait, follows the stack's events to CREATE_COMPLETE; CREATE_FAILED is
    /// an error with Heat's reason and the first failed resource's.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSStack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = FileSet)]
    [OutputType(typeof(Stack))]
    public sealed class NewOSStackCommand : StackTemplateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>Minutes Heat gives the create before it fails it.</summary>
        [Parameter] [ValidateRange(1, 10080)] public int? Timeout { get; set; }

        [Parameter] public string[]? Tag { get; set; }

        /// <summary>Roll the stack back (delete what was built) when the create fails; by default a failed stack stays, to be looked at.</summary>
        [Parameter] public SwitchParameter EnableRollback { get; set; }

        [Parameter] public SwitchParameter Wait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 3600;

        protected override void ProcessRecord()
        {
            StackOptions options = null!;
            if (!Try(Name, () =>
                {
                    options = ReadTemplate();
                    options.Name = Name; options.TimeoutMinutes = Timeout; options.Tags = Tag; options.DisableRollback = !EnableRollback.IsPresent;
                    options.Check();
                })) return;
            if (!ShouldProcess(Name, "Create stack")) return;
            Stack? made = null;
            Try(() => (object?)made ?? Name, () => WriteObject(Run(async ct =>
            {
                made = await Client.CreateAsync(options, ct).ConfigureAwait(false);
                return Wait ? await FollowAsync(made, "CREATE", null, TimeoutSec, ct).ConfigureAwait(false) ?? made : made;
            })));
        }
    }
}
