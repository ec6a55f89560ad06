using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>
    /// Switch-OSProject: re-scopes the current session (or -Session) to another project of the same user without the
    /// password (Keystone's token method); every later cmdlet on that session works in the new project.
    /// </summary>
    [Cmdlet(VerbsCommon.Switch, "OSProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(OpenStackSession))]
    public sealed class SwitchOSProjectCommand : OpenStackCmdlet
    {
        /// <summary>The project: name, id, or a project object (Get-OSProject -My lists those the user has a role on).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "ProjectId")]
        [ReferenceTo(typeof(Project))]
        [ArgumentCompleter(typeof(MyProjectNameCompleter))] public NameOrId Project { get; set; } = null!;

        /// <summary>Write the session once switched.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private bool _done;

        protected override void ProcessRecord()
        {
            // One session has one project: a second piped project would only undo the first.
            if (_done) { WriteOpenStackError(new ArgumentException("Switch-OSProject takes one project; '" + Project.Value + "' was not switched to."), Project.Value); return; }
            _done = true;
            var session = ActiveSession;
            var client = new ResourceClient(session);
            string id = null!;
            if (!Try(Project.Value, () => id = Run(ct => ResolveAsync(client, Project.Value, ct)))) return;
            if (!ShouldProcess(session.ToString(), "Switch to project " + Project.Value + (Project.Value == id ? "" : " (" + id + ")"))) return;
            if (!Try(Project.Value, () => Run(ct => session.SwitchProjectAsync(id, ct)))) return;
            if (PassThru) WriteObject(session);
        }

        /// <summary>
        /// The user's own projects first (any user may list them); else, for an administrator, every project, so a
        /// project without a role is refused by Keystone itself with its message rather than said to be missing.
        /// </summary>
        private static async Task<string> ResolveAsync(ResourceClient client, string nameOrId, CancellationToken ct)
        {
            var session = client.Session;
            var mine = new List<Project>();
            if (session.UserId != null)
                await foreach (var p in client.ListAsync(IdentityResources.UserProjects.Under(session.UserId), null, null, ct).ConfigureAwait(false)) mine.Add(p);
            var byId = mine.FirstOrDefault(p => string.Equals(p.Id, nameOrId, StringComparison.OrdinalIgnoreCase));
            if (byId != null) return byId.Id;
            var byName = mine.Where(p => string.Equals(p.Name, nameOrId, StringComparison.Ordinal)).ToList();
            if (byName.Count == 1) return byName[0].Id;
            if (byName.Count > 1)
                throw new ArgumentException("The name '" + nameOrId + "' is shared by your projects " + string.Join(", ", byName.Select(p => p.Id)) + " (in different domains): give the id.");
            if (IsKeystoneId(nameOrId)) return nameOrId;
            try { return await client.FindIdAsync(IdentityResources.Projects, nameOrId, ct).ConfigureAwait(false); }
            catch (ForbiddenException) { throw new NotFoundException("No project named '" + nameOrId + "' among the projects " + session.UserName + " has a role on (Get-OSProject -My lists them)."); }
        }

        private static bool IsKeystoneId(string s) => s.Length == 32 && s.All(Uri.IsHexDigit);
    }
}
