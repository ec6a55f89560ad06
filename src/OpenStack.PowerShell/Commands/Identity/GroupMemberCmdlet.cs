using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Identity;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Identity
{
    /// <summary>What Add- and Remove-OSGroupMember share: one group, several users, each change confirmed on its own.</summary>
    public abstract class GroupMemberCmdlet : BulkCmdlet
    {
        private string? _groupRef, _groupId;

        /// <summary>The group: name, id, or a group from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("GroupId")]
        [ReferenceTo(typeof(Client.Identity.Group))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(GroupNameCompleter))] public NameOrId Group { get; set; } = null!;

        /// <summary>The users: names, ids, or users from the pipeline (Get-OSGroupMember's too, by their Id).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "Id")]
        [ReferenceTo(typeof(Client.Identity.User))]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserNameCompleter))] public NameOrId[] User { get; set; } = null!;

        protected abstract string ActionText { get; }

        protected abstract Task ChangeAsync(IdentityClient identity, string groupId, string userId, CancellationToken ct);

        protected override void ProcessRecord()
        {
            var resources = new ResourceClient(ActiveSession);
            var identity = new IdentityClient(resources.Session);
            // The group is looked up once, not per user; a group from the pipeline is looked up as it comes.
            if (_groupRef != Group.Value)
            {
                _groupId = null;
                if (!Try(Group.Value, () => _groupId = Run(ct => resources.FindIdAsync(IdentityResources.Groups, Group.Value, ct)))) return;
                _groupRef = Group.Value;
            }
            var groupId = _groupId!;
            foreach (var user in User)
                Enqueue(user.Value, ActionText + " group " + Group, user.Value, async ct =>
                {
                    var userId = await resources.FindIdAsync(IdentityResources.Users, user.Value, ct).ConfigureAwait(false);
                    await ChangeAsync(identity, groupId, userId, ct).ConfigureAwait(false);
                    return null;
                });
        }
    }
}
