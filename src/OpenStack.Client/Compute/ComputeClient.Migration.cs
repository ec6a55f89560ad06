using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Compute
{
    /// <summary>How a server moves to another host.</summary>
    public enum MigrationKind
    {
        /// <summary>Cold: the server stops, moves, and waits in VERIFY_RESIZE for a confirmation.</summary>
        Cold,
        /// <summary>Live: the server keeps running while it moves.</summary>
        Live,
        /// <summary>Rebuilt on another host because its own host is down (or forced down).</summary>
        Evacuate,
    }

    /// <summary>Migrations: moving servers between hosts and following Nova's migration records (admin).</summary>
    public sealed partial class ComputeClient
    {
        /// <summary>Nova's migration_type for each kind.</summary>
        public static string MigrationType(MigrationKind kind) =>
            kind == MigrationKind.Cold ? "migration" : kind == MigrationKind.Live ? "live-migration" : "evacuation";

        /// <summary>The status a successful migration of that kind ends in (a cold one then awaits confirmation).</summary>
        public static string MigrationDone(MigrationKind kind) =>
            kind == MigrationKind.Cold ? "finished" : kind == MigrationKind.Live ? "completed" : "done";

        /// <summary>
        /// Asks Nova to move the server; <paramref name="host"/> null lets the scheduler choose. Live migration picks block
        /// or shared storage itself ("auto", 2.25+). The host is checked by the scheduler from 2.30/2.29 on (never forced).
        /// </summary>
        public Task MoveServerAsync(string serverId, MigrationKind kind, string? host, CancellationToken ct = default)
        {
            switch (kind)
            {
                case MigrationKind.Live:
                    return ActionAsync(serverId, "os-migrateLive", new JsonObject { ["host"] = host, ["block_migration"] = "auto" }, ct);
                case MigrationKind.Evacuate:
                    var evacuate = new JsonObject();
                    if (host != null) evacuate["host"] = host;
                    return ActionAsync(serverId, "evacuate", evacuate, ct);
                default:
                    // Before 2.56 a cold migration takes no host: the body is then null.
                    return ActionAsync(serverId, "migrate", host == null ? null : new JsonObject { ["host"] = host }, ct);
            }
        }

        /// <summary>Confirms a resize or cold migration waiting in VERIFY_RESIZE.</summary>
        public Task ConfirmMigrationAsync(string serverId, CancellationToken ct = default) => ActionAsync(serverId, "confirmResize", null, ct);

        /// <summary>The id of the server's newest migration of that type, or 0: what a new one must be newer than.</summary>
        public async Task<long> LastMigrationIdAsync(string serverId, MigrationKind kind, CancellationToken ct = default)
        {
            var newest = await NewestMigrationAsync(serverId, kind, ct).ConfigureAwait(false);
            return newest?.Id ?? 0;
        }

        private async Task<ServerMigration?> NewestMigrationAsync(string serverId, MigrationKind kind, CancellationToken ct)
        {
            var q = new Query().Add("instance_uuid", serverId).Add("migration_type", MigrationType(kind));
            var all = await AllAsync(_resources.ListAsync(ComputeAdminResources.Migrations, q, null, ct)).ConfigureAwait(false);
            return all.OrderByDescending(m => m.Id).FirstOrDefault();
        }

        /// <summary>
        /// Waits until the migration started after <paramref name="after"/> is over: its success status, or a failure with
        /// the server's fault as the reason (a live migration that fails leaves the server ACTIVE on its old host, so the
        /// server's status alone would not tell).
        /// </summary>
        public async Task<ServerMigration> WaitForMigrationAsync(string serverId, MigrationKind kind, long after, WaitOptions options, CancellationToken ct = default)
        {
            string? fault = null;
            var waited = new WaitOptions(MigrationDone(kind))
            {
                Failures = ServerMigration.Failures, FailureSuffix = null, Timeout = options.Timeout, Interval = options.Interval, Progress = options.Progress,
            };
            var done = await StatusWaiter.WaitAsync(async c =>
            {
                var newest = await NewestMigrationAsync(serverId, kind, c).ConfigureAwait(false);
                // Nova records the migration a moment after accepting the action.
                if (newest == null || newest.Id <= after) return new ServerMigration { Status = "accepted", ServerId = serverId };
                if (ServerMigration.Failures.Contains(newest.Status))
                    fault = (await _resources.GetAsync(Servers, serverId, c).ConfigureAwait(false))?.Fault?.Message;
                return newest;
            }, m => m.Status, _ => fault, MigrationType(kind) + " of server " + serverId, waited, ct).ConfigureAwait(false);
            return done!;
        }
    }
}
