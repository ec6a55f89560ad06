using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;
using OpenStack.Client.Waiting;

namespace OpenStack.Client.Compute
{
    /// <summary>Many identical servers from one request (min_count/max_count), followed as one reservation.</summary>
    public sealed partial class ComputeClient
    {
        /// <summary>Boots <see cref="ServerCreateOptions.Count"/> servers at once; returns the reservation id that groups them.</summary>
        public async Task<string> CreateServerBatchAsync(ServerCreateOptions options, CancellationToken ct = default)
        {
            if (options.Count < 2) throw new ArgumentException("A batch is two servers or more; use CreateServerAsync for one.");
            var body = CreateBody(options);
            using var doc = await _session.SendForDocumentAsync(ServiceRequest.Json(HttpMethod.Post, Service, "servers", body), ct).ConfigureAwait(false);
            if (doc != null && doc.RootElement.TryGetProperty("reservation_id", out var id) && id.GetString() is { Length: > 0 } reservation)
                return reservation;
            throw new OpenStackException("Nova accepted " + options.Count + " servers named '" + options.Name + "' but returned no reservation id to find them by.");
        }

        /// <summary>The servers of one reservation, as they are now.</summary>
        public async Task<IReadOnlyList<Server>> ListReservationAsync(string reservationId, CancellationToken ct = default)
        {
            var servers = new List<Server>();
            await foreach (var s in _resources.ListAsync(Servers, new ServerListOptions { ReservationId = reservationId }.ToQuery(), null, ct).ConfigureAwait(false))
                servers.Add(s);
            return servers;
        }

        /// <summary>
        /// Polls the reservation with one list request per interval until each of its <paramref name="expected"/> servers
        /// has reached a target or a failure status. Failed servers are returned too: the caller reports each one.
        /// </summary>
        public async Task<IReadOnlyList<Server>> WaitForReservationAsync(string reservationId, int expected, WaitOptions options, CancellationToken ct = default)
        {
            var watch = Stopwatch.StartNew();
            var targets = new HashSet<string>(options.Targets, StringComparer.OrdinalIgnoreCase);
            var failures = new HashSet<string>(options.Failures, StringComparer.OrdinalIgnoreCase);
            for (var polls = 1; ; polls++)
            {
                var servers = await ListReservationAsync(reservationId, ct).ConfigureAwait(false);
                var done = servers.Count(s => targets.Contains(s.Status ?? ""));
                var failed = servers.Count(s => StatusWaiter.IsFailure(s.Status ?? "", failures));
                options.Progress?.Invoke(done.ToString(CultureInfo.InvariantCulture) + " of " + expected.ToString(CultureInfo.InvariantCulture) + " " +
                    string.Join("/", options.Targets) + (failed > 0 ? ", " + failed.ToString(CultureInfo.InvariantCulture) + " failed" : ""), watch.Elapsed);
                if (servers.Count >= expected && done + failed == servers.Count) return servers;
                if (watch.Elapsed >= options.Timeout)
                    throw new ServiceTimeoutException("Only " + done + " of the " + expected + " servers of reservation " + reservationId + " reached " +
                        string.Join("/", options.Targets) + " within " + options.Timeout.TotalSeconds + " s" + (failed > 0 ? "; " + failed + " failed." : "."));
                await Task.Delay(options.PauseAfter(polls, watch.Elapsed), ct).ConfigureAwait(false);
            }
        }

        /// <summary>Whether a server the batch wait returned ended in a failure status, and if so the error to report.</summary>
        public static ResourceFailedException? FailureOf(Server server, WaitOptions options)
        {
            var status = server.Status ?? "";
            var failures = new HashSet<string>(options.Failures, StringComparer.OrdinalIgnoreCase);
            return StatusWaiter.IsFailure(status, failures)
                ? StatusWaiter.Failed("server " + server.Name + " (" + server.Id + ")", status, server.Fault?.Message)
                : null;
        }
    }
}
