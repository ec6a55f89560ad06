using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Bench
{
    /// <summary>
    /// The server rows: listing every server (detail) and stopping then starting many from a pipeline. The servers for
    /// the pipeline are booted for real; the rest of the listing's servers are asked for with a flavor no host can
    /// hold, so Nova records them in ERROR within a minute: the local cloud's fake hypervisor builds only a few servers
    /// a minute once it holds hundreds, and a listing reads ERROR servers (with their fault) like any other.
    /// All are removed at the end.
    /// </summary>
    internal static class Servers
    {
        private const string Cloud = "testcloud-admin";

        public static async Task<List<Row>> MeasureAsync(CloudConfig config, int rounds, int count, int pipeline, bool useCli, bool serial = true, int throttle = 0)
        {
            Console.Error.WriteLine("bench: booting " + count + " servers");
            var name = "bench-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            var vars = new Dictionary<string, object?> { ["name"] = name, ["count"] = count, ["pipeline"] = pipeline };
            using var rs = Engine.NewRunspace();
            Engine.Run(rs, Engine.ImportAndConnect(Cloud));
            try
            {
                if (pipeline > 0)
                    Engine.Run(rs, "New-OSServer -Name \"$name-up\" -Image testcloud-image -Flavor m1.nano -NoNetwork -Count $pipeline -Wait -TimeoutSec 3600 | Out-Null", vars);
                if (count > pipeline)
                {
                    Console.Error.WriteLine("bench: " + (count - pipeline) + " more servers that Nova cannot place");
                    Engine.Run(rs, @"
                        if (-not @(Get-OSFlavor | Where-Object Name -eq bench.unplaceable).Count) {
                            New-OSFlavor -Name bench.unplaceable -Vcpus 1 -Ram 64 -Disk 10000000 | Out-Null }
                        New-OSServer -Name ""$name-err"" -Image testcloud-image -Flavor bench.unplaceable -NoNetwork -Count ($count - $pipeline) | Out-Null
                        $deadline = [DateTime]::UtcNow.AddMinutes(30)
                        while (@(Get-OSServer -Name ""$name-err*"" | Where-Object Status -ne ERROR).Count) {
                            if ([DateTime]::UtcNow -gt $deadline) { throw 'the servers never reached ERROR' }
                            [Threading.Thread]::Sleep(5000)
                        }", vars);
                }
                using var session = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None);
                using var raw = new RawHttp(config);
                await raw.AuthenticateAsync();
                await raw.SameMicroversionsAsAsync(session);
                var total = Engine.Run(rs, "@(Get-OSServer).Count")[0].ToString();
                Console.Error.WriteLine("bench: listing " + total + " servers");
                var list = new Row("list all servers (" + total + ", detail)").Columns(await Timing.SideBySideAsync(rounds,
                    Timing.Sync(() => Engine.Run(rs, "Get-OSServer | Out-Null")),
                    async () => { await foreach (var _ in new ResourceClient(session).ListAsync(ComputeResources.Servers)) { } },
                    useCli ? Timing.Sync(() => Cli.Run(Cloud, "server list --long -f value --limit -1")) : null,
                    () => RawServerPagesAsync(raw)));
                list.Note = pipeline + " ACTIVE, the rest ERROR (see above). " + list.CpuNote();
                var rows = new List<Row> { list };
                if (pipeline > 0) rows.AddRange(await PipelineAsync(rs, vars, raw, name, pipeline, useCli, serial, throttle));
                // Written now too: removing hundreds of servers takes minutes, and the figures should outlive it.
                foreach (var r in rows)
                    Console.Error.WriteLine("bench: " + r.Scenario + ": module " + r.Module + ", library " + r.Library + ", CLI " + r.Cli + ", raw " + r.Raw + "; " + r.Note);
                return rows;
            }
            finally
            {
                Console.Error.WriteLine("bench: removing the servers");
                Engine.Run(rs, "Get-OSServer -Name \"$name*\" | Remove-OSServer -Force -Wait -TimeoutSec 3600; " +
                               "Get-OSFlavor | Where-Object Name -eq bench.unplaceable | Remove-OSFlavor -Force", vars);
            }
        }

        /// <summary>
        /// Stop then start <paramref name="count"/> servers, each until it reached its state: the module's pipeline at its
        /// default throttle, with `-ThrottleLimit 1` (one server at a time), and the CLI (one `server stop` and one `server start` for all ids,
        /// then `server list` until every one of them shows the state, as a CLI user waits).
        /// </summary>
        private static async Task<List<Row>> PipelineAsync(System.Management.Automation.Runspaces.Runspace rs, Dictionary<string, object?> vars,
            RawHttp raw, string name, int count, bool useCli, bool serial, int throttle)
        {
            var ids = Engine.Run(rs, "Get-OSServer -Name \"$name-up*\" | ForEach-Object Id", vars).Select(o => o.ToString()).ToList();
            vars["ids"] = ids.ToArray();
            const string cycle = "$ids | Stop-OSServer -Wait -TimeoutSec 3600 {0}; $ids | Start-OSServer -Wait -TimeoutSec 3600 {0}";
            Console.Error.WriteLine("bench: stop + start " + count + " servers, default throttle");
            // With -Verbose, to count the requests from the HTTP trace (a line per request: a small cost beside the waits).
            async Task<(Row Row, string Requests)> TracedAsync(string scenario, string parameters)
            {
                var trace = new List<string>();
                var row = new Row(scenario)
                {
                    Module = await Timing.Of(1, () => trace = Engine.RunVerbose(rs, string.Format(CultureInfo.InvariantCulture, cycle, "-Verbose" + parameters), vars)),
                };
                return (row, Requests(trace, row.Module!.Median));
            }
            var (parallel, requests) = await TracedAsync("stop + start " + count + " servers from a pipeline, `-Wait`, default throttle (32)", "");
            Timing? cli = null;
            if (useCli)
            {
                Console.Error.WriteLine("bench: stop + start " + count + " servers with the CLI");
                cli = await Timing.Of(1, () =>
                {
                    Cli.Run(Cloud, "server stop " + string.Join(" ", ids));
                    WaitWithCli(name + "-up", ids, "SHUTOFF");
                    Cli.Run(Cloud, "server start " + string.Join(" ", ids));
                    WaitWithCli(name + "-up", ids, "ACTIVE");
                });
                parallel.Cli = cli;
            }
            Console.Error.WriteLine("bench: stop + start " + count + " servers with raw HTTP");
            parallel.Raw = await Timing.OfAsync(1, async () =>
            {
                await RawActionsAsync(raw, ids, "os-stop");
                await RawWaitAsync(raw, name + "-up", ids, "SHUTOFF");
                await RawActionsAsync(raw, ids, "os-start");
                await RawWaitAsync(raw, name + "-up", ids, "ACTIVE");
            });
            // Against the floor: every action sent at once, then listed until done (the default throttle's row holds it).
            string OverRaw(Row row) => (row.Module!.Median / parallel.Raw!.Median).ToString("0.00", CultureInfo.InvariantCulture);
            Row? wide = null;
            if (throttle > 0)
            {
                Console.Error.WriteLine("bench: stop + start " + count + " servers, -ThrottleLimit " + throttle);
                string wideRequests;
                (wide, wideRequests) = await TracedAsync("the same with `-ThrottleLimit " + throttle + "`", " -ThrottleLimit " + throttle);
                wide.Note = wideRequests + "; module ÷ raw = " + OverRaw(wide);
            }
            Row? one = null;
            if (serial)
            {
                Console.Error.WriteLine("bench: stop + start " + count + " servers, one at a time");
                one = new Row("the same with `-ThrottleLimit 1` (one server at a time, each until it reached its state)")
                {
                    Module = await Timing.Of(1, () => Engine.Run(rs, string.Format(CultureInfo.InvariantCulture, cycle, "-ThrottleLimit 1"), vars)),
                };
            }
            parallel.Note = (one == null ? "" : "× " + Ratio(one.Module!, parallel.Module!) + " faster than `-ThrottleLimit 1`; ") + requests +
                "; raw HTTP (every action sent, 8 in flight, then a listing filtered by status every 0.5 s: what no client can beat): module ÷ raw = " +
                OverRaw(parallel) + (cli == null ? "" :
                "; CLI (`server stop`/`start` with all ids, then `server list` until done): " + (cli.Median <= parallel.Module!.Median
                    ? "× " + Ratio(parallel.Module!, cli) + " faster than the module"
                    : "× " + Ratio(cli, parallel.Module!) + " slower than the module"));
            var rows = new List<Row> { parallel };
            if (wide != null) rows.Add(wide);
            if (one != null) rows.Add(one);
            return rows;
        }

        /// <summary>The module's requests from its HTTP trace: the actions, and the polls by kind, per 2-second interval.</summary>
        private static string Requests(List<string> trace, double seconds)
        {
            var sent = trace.Where(v => v.StartsWith("HTTP GET ", StringComparison.Ordinal) || v.StartsWith("HTTP POST ", StringComparison.Ordinal)).ToList();
            var pages = sent.Count(v => v.StartsWith("HTTP GET ", StringComparison.Ordinal) && v.Contains("/servers/detail?changes-since=", StringComparison.Ordinal));
            var gets = sent.Count(v => v.StartsWith("HTTP GET ", StringComparison.Ordinal)) - pages;
            var posts = sent.Count - pages - gets;
            var intervals = seconds / 2;
            return string.Format(CultureInfo.InvariantCulture, "requests (from `-Verbose`): {0} actions, {1} listing pages and {2} single GETs, " +
                "{3:0.0} polling requests per 2-s interval", posts, pages, gets, (pages + gets) / intervals);
        }

        private static string Ratio(Timing slow, Timing fast) => (slow.Median / fast.Median).ToString("0.0", CultureInfo.InvariantCulture);

        private static void WaitWithCli(string name, List<string> ids, string status)
        {
            var wanted = new HashSet<string>(ids);
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromHours(1))
            {
                var done = Cli.Output(Cloud, "server list --name " + name + " --status " + status + " -f value -c ID --limit -1")
                    .Split('\n').Count(line => wanted.Contains(line.Trim()));
                if (done == wanted.Count) return;
            }
            throw new TimeoutException("The CLI never saw all " + ids.Count + " servers " + status);
        }

        /// <summary>
        /// The floor any client can reach: every action sent with 8 in flight (as the module's requests), no reads in between.
        /// </summary>
        private static async Task RawActionsAsync(RawHttp raw, List<string> ids, string action)
        {
            using var gate = new SemaphoreSlim(8);
            var body = "{\"" + action + "\": null}";
            await Task.WhenAll(ids.Select(async id =>
            {
                await gate.WaitAsync();
                try { await raw.PostAsync(raw.Endpoint("compute") + "/servers/" + id + "/action", body); }
                finally { gate.Release(); }
            }));
        }

        /// <summary>One plain listing (ids and names only) filtered by name and status, every half second, until it holds every id.</summary>
        private static async Task RawWaitAsync(RawHttp raw, string name, List<string> ids, string status)
        {
            var wanted = new HashSet<string>(ids);
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromHours(1))
            {
                var seen = 0;
                await RawServerPagesAsync(raw, "/servers?limit=1000&name=" + Uri.EscapeDataString(name) + "&status=" + status, s =>
                {
                    if (wanted.Contains(s.GetProperty("id").GetString()!)) seen++;
                });
                if (seen == wanted.Count) return;
                await Task.Delay(500);
            }
            throw new TimeoutException("Raw HTTP never saw all " + ids.Count + " servers " + status);
        }

        /// <summary>Every page of a server listing, following its next links; each server goes to <paramref name="each"/> when given.</summary>
        private static async Task RawServerPagesAsync(RawHttp raw, string path = "/servers/detail", Action<System.Text.Json.JsonElement>? each = null)
        {
            string? next = raw.Endpoint("compute") + path;
            while (next != null)
            {
                using var doc = await raw.GetAsync(next);
                next = null;
                if (each != null)
                    foreach (var s in doc.RootElement.GetProperty("servers").EnumerateArray()) each(s);
                if (doc.RootElement.TryGetProperty("servers_links", out var links))
                    foreach (var l in links.EnumerateArray())
                        if (l.GetProperty("rel").GetString() == "next") next = l.GetProperty("href").GetString();
            }
        }
    }
}
