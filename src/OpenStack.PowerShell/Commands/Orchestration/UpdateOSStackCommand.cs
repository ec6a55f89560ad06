using System.Management.Automation;
using OpenStack.Client.Orchestration;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>
    /// Update-OSStack: a stack rebuilt from a new template or parameters. -Existing keeps the stack's template and
    /// parameters and changes only what is given (Heat's PATCH); -DryRun asks Heat what would be added, replaced,
    /// updated or deleted and changes nothing. With -Wait, follows the events to UPDATE_COMPLETE.
    /// </summary>
    [Cmdlet(VerbsData.Update, "OSStack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = KeepSet)]
    [OutputType(typeof(Stack), typeof(StackUpdatePreview))]
    public sealed class UpdateOSStackCommand : StackTemplateCmdlet
    {
        private const string KeepSet = "ExistingTemplate";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("StackId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.StackNameCompleter))]
        public string Id { get; set; } = null!;

        /// <summary>Keep the stack's template, parameters and environment; change only what is given.</summary>
        [Parameter(ParameterSetName = KeepSet, Mandatory = true)]
        [Parameter(ParameterSetName = FileSet)]
        [Parameter(ParameterSetName = TextSet)]
        [Parameter(ParameterSetName = UrlSet)]
        public SwitchParameter Existing { get; set; }

        /// <summary>Only show what Heat would change (its update preview).</summary>
        [Parameter] [Alias("Preview")] public SwitchParameter DryRun { get; set; }

        [Parameter] [ValidateRange(1, 10080)] public int? Timeout { get; set; }

        [Parameter] public string[]? Tag { get; set; }

        [Parameter] public SwitchParameter Wait { get; set; }

        [Parameter] [ValidateRange(1, 86400)] public int TimeoutSec { get; set; } = 3600;

        protected override void ProcessRecord()
        {
            StackOptions options = null!;
            Stack stack = null!;
            if (!Try(Id, () =>
                {
                    options = ReadTemplate(templateOptional: Existing.IsPresent);
                    options.TimeoutMinutes = Timeout; options.Tags = Tag;
                    options.Check();
                    stack = Find(Id);
                })) return;
            if (DryRun)
            {
                Try(stack, () => WriteObject(Run(ct => Client.PreviewUpdateAsync(stack, options, Existing, ct))));
                return;
            }
            if (!ShouldProcess(stack.ToString(), Existing ? "Update stack, keeping what is not given" : "Update stack")) return;
            Try(stack, () => WriteObject(Run(async ct =>
            {
                var marker = Wait ? await Client.LatestEventIdAsync(stack, ct).ConfigureAwait(false) : null;
                await Client.UpdateAsync(stack, options, Existing, ct).ConfigureAwait(false);
                if (Wait) return await FollowAsync(stack, "UPDATE", marker, TimeoutSec, ct).ConfigureAwait(false) ?? stack;
                return await Client.GetAsync(stack.Id, ct).ConfigureAwait(false) ?? stack;
            })));
        }
    }
}
