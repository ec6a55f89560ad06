using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>Select-OSSession: makes one of this runspace's connections the current one, by name or from the pipeline.</summary>
    [Cmdlet(VerbsCommon.Select, "OSSession", DefaultParameterSetName = ByName)]
    [OutputType(typeof(OpenStackSession))]
    public sealed class SelectOSSessionCommand : OpenStackCmdlet
    {
        private const string ByName = "Name";
        private const string ByObject = "InputObject";

        [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public string Name { get; set; } = null!;

        /// <summary>A session from Get-OSSession (-All) or Connect-OpenStack -PassThru.</summary>
        [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
        [SessionTransformation]
        public OpenStackSession InputObject { get; set; } = null!;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var registry = SessionStore.ForChange();
            var session = ParameterSetName == ByName ? registry.Find(Name) : InputObject;
            if (session == null || session.IsDisposed)
            {
                WriteError(session == null ? ErrorRecords.SessionNotFound(Name, registry.All) : ErrorRecords.NotConnected());
                return;
            }
            registry.Select(session);
            WriteVerbose("Current connection: '" + session.Name + "' (" + session + ").");
            if (PassThru) WriteObject(session);
        }
    }
}
