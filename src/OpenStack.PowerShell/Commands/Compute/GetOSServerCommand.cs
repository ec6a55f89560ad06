using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Management.Automation;
using OpenStack.Client.Compute;
using OpenStack.Client.Identity;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSServer: servers with details, streamed page by page; filters go to Nova where it has them,
    /// name wildcards are also matched here. -Id gets given servers (a missing one is a non-terminating error).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSServer", DefaultParameterSetName = ParameterSets.List, SupportsPaging = true)]
    [OutputType(typeof(Server))]
    public sealed class GetOSServerCommand : GetResourceCmdlet<Server>
    {
        [Parameter(ParameterSetName = ParameterSets.Id, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = ParameterSets.List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string? Name { get; set; }

        /// <summary>ACTIVE, SHUTOFF, ERROR, BUILD, ...</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Status { get; set; }

        /// <summary>Flavor name or id.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Flavor { get; set; }

        /// <summary>Image name or id.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public string? Image { get; set; }

        /// <summary>Servers of every project (admin).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter AllProjects { get; set; }

        /// <summary>Servers changed at or after this time, deleted ones included (sent as ISO 8601 UTC).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public DateTime? ChangesSince { get; set; }

        /// <summary>Servers changed at or before this time (compute API 2.66+).</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public DateTime? ChangesBefore { get; set; }

        /// <summary>Deleted servers (admin): the project's, or with -AllProjects every project's.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        public SwitchParameter Deleted { get; set; }

        /// <summary>Servers on this compute host (admin). Named ComputeHost: a cmdlet's Host is PowerShell's own.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [Alias("Host")]
        [ValidateNotNullOrEmpty]
        public string? ComputeHost { get; set; }

        /// <summary>Another project's servers (admin), by name or id.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProjectNameCompleter))] public string? Project { get; set; }

        /// <summary>The servers a user created (admin for other users), by name or id.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserNameCompleter))] public string? User { get; set; }

        /// <summary>Servers per request; every page is read either way.</summary>
        [Parameter(ParameterSetName = ParameterSets.List)]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override ResourceDescriptor<Server> Resource => ComputeResources.Servers;
        protected override string[]? Wanted => ParameterSetName == ParameterSets.Id ? Id : null;
        protected override string? NamePattern => Name;
        protected override int? PageSizeValue => PageSize;

        private Task<Dictionary<string, string?>>? _imageNames;

        // Image names change rarely: one listing serves every Get-OSServer of a session for a minute, so a runbook
        // calling it in a loop pays for it once.
        private static readonly TimeSpan ImageNamesLife = TimeSpan.FromMinutes(1);
        private static readonly ConditionalWeakTable<OpenStackSession, StrongBox<(DateTime Taken, Task<Dictionary<string, string?>> Names)>> ImageNameCache =
            new ConditionalWeakTable<OpenStackSession, StrongBox<(DateTime, Task<Dictionary<string, string?>>)>>();

        protected override bool Decorates => true;

        /// <summary>
        /// The image's name for the table, as the CLI shows it: read from one image listing per command, never one request
        /// per server. An image that listing does not hold (deleted, or not visible to the user) keeps only its id.
        /// </summary>
        protected override async Task<Server> DecorateAsync(ResourceClient client, Server item, CancellationToken ct)
        {
            if (item.Image == null || item.Image.Id.Length == 0) return item;
            var names = await (_imageNames ??= CachedImageNames(client, ct)).ConfigureAwait(false);
            if (names.TryGetValue(item.Image.Id, out var name)) item.Image.Name = name;
            return item;
        }

        private Task<Dictionary<string, string?>> CachedImageNames(ResourceClient client, CancellationToken ct)
        {
            var box = ImageNameCache.GetValue(ActiveSession, _ => new StrongBox<(DateTime, Task<Dictionary<string, string?>>)>());
            lock (box)
            {
                var (taken, names) = box.Value;
                if (names == null || DateTime.UtcNow - taken > ImageNamesLife || names.IsFaulted || names.IsCanceled)
                    box.Value = (DateTime.UtcNow, names = ImageNamesAsync(client, CancellationToken.None));
                return names.IsCompleted || !ct.CanBeCanceled ? names : names.ContinueWith(t => t.Result, ct, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        private static async Task<Dictionary<string, string?>> ImageNamesAsync(ResourceClient client, CancellationToken ct)
        {
            var names = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            try
            {
                await foreach (var image in client.ListAsync(ImageResources.Images, null, 1000, ct).ConfigureAwait(false)) names[image.Id] = image.Name;
            }
            // The names only dress the table: without Glance (no endpoint, no right to list) the ids are shown.
            catch (OpenStackException) { }
            return names;
        }

        protected override Query Filters(ResourceClient client)
        {
            var options = new ServerListOptions
            {
                Status = Status,
                AllProjects = AllProjects,
                FlavorId = Flavor == null ? null : Run(ct => client.FindIdAsync(ComputeResources.Flavors, Flavor, ct)),
                ImageId = Image == null ? null : Run(ct => client.FindIdAsync(ImageResources.Images, Image, ct)),
                ChangesSince = ChangesSince.HasValue ? new DateTimeOffset(ChangesSince.Value.ToUniversalTime()) : (DateTimeOffset?)null,
                ChangesBefore = ChangesBefore.HasValue ? new DateTimeOffset(ChangesBefore.Value.ToUniversalTime()) : (DateTimeOffset?)null,
                Deleted = Deleted,
                Host = ComputeHost,
                ProjectId = Project == null ? null : Run(ct => client.FindIdAsync(IdentityResources.Projects, Project, ct)),
                UserId = User == null ? null : Run(ct => client.FindIdAsync(IdentityResources.Users, User, ct)),
            };
            // An older Nova ignores filters it does not know and would list everything: say so instead.
            if (options.MinMicroversion is string needed &&
                Run(ct => client.Session.GetMicroversionAsync(Resource.ServiceType, ct)) is Microversion have && have < Microversion.Parse(needed))
                throw new NotSupportedException("-ChangesBefore needs compute API microversion " + needed + " or later; this cloud's is " + have + ".");
            return options.ToQuery();
        }
    }
}
