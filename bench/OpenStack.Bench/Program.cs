using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.Bench
{
    /// <summary>
    /// bench: the module, the client library, the openstack CLI and raw HTTP side by side on the local cloud.
    /// Usage: dotnet run --project bench/OpenStack.Bench -c Release -- [--rounds 5] [--servers 20] [--pipeline 20] [--no-serial] [--throttle N]
    ///        [--volumes 0] [--no-cli] [--memory [--ports 10000] [--image-mib 1024]] [--objects [--object-mib 1024] [--segment-mib 100]]
    ///        [--small-objects 5000] [--list-objects 20000] [--members 50]
    ///        [--out docs/benchmarks-latest.md]
    /// </summary>
    internal static class Program
    {
        private const string Cloud = "testcloud-admin";

        /// <summary>The admin cloud's settings, for the rows that talk to it without the module.</summary>
        public static CloudConfig? Config { get; private set; }

        private static async Task<int> Main(string[] args)
        {
            if (args.Contains("--raw-runbook"))
            {
                // The raw HTTP column of the fresh-process row: this program started anew for nothing but the calls.
                await Scenarios.RawFiftyFromInputAsync();
                return 0;
            }
            var rounds = IntArg(args, "--rounds", 5);
            var servers = IntArg(args, "--servers", 20);
            var pipeline = Math.Min(servers, IntArg(args, "--pipeline", 20));
            var volumes = IntArg(args, "--volumes", 0);
            var useCli = !args.Contains("--no-cli") && Cli.Available;
            var output = StringArg(args, "--out");
            Engine.Manifest = Engine.FindManifest();
            var clouds = Environment.GetEnvironmentVariable("OS_CLIENT_CONFIG_FILE") ?? "/var/lib/testcloud/clouds.yaml";
            Environment.SetEnvironmentVariable("OS_CLIENT_CONFIG_FILE", clouds);
            var config = new CloudConfigLoader(new Dictionary<string, string?> { ["OS_CLIENT_CONFIG_FILE"] = clouds }, Environment.CurrentDirectory,
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), false).Resolve(Cloud, null);
            Config = config;

            var fixtures = await Fixtures.ReportAsync(config);
            Console.Error.WriteLine("bench: " + fixtures);
            var rows = new List<Row>();
            Console.Error.WriteLine("bench: " + rounds + " rounds, " + servers + " servers listed, " + pipeline + " stopped and started, " + volumes +
                                    " volumes, CLI " + (useCli ? "on" : "off"));
            rows.Add(await Scenarios.ConnectAsync(config, rounds, useCli));
            rows.Add(await Scenarios.ImportAndConnectAsync(rounds));
            rows.AddRange(await Scenarios.RunbookAsync(config, rounds, useCli));
            if (servers > 0) rows.AddRange(await Servers.MeasureAsync(config, rounds, servers, pipeline, useCli, !args.Contains("--no-serial"), IntArg(args, "--throttle", 0)));
            if (volumes > 0) rows.Add(await Volumes.MeasureAsync(volumes, useCli));
            if (args.Contains("--memory")) rows.AddRange(Memory.Measure(IntArg(args, "--ports", 10000), IntArg(args, "--image-mib", 1024), useCli));
            if (args.Contains("--objects")) rows.Add(Objects.Measure(IntArg(args, "--object-mib", 1024), IntArg(args, "--segment-mib", 100), useCli));
            var small = IntArg(args, "--small-objects", 0);
            if (small > 0) rows.AddRange(SmallObjects.Measure(small, useCli));
            var listed = IntArg(args, "--list-objects", 0);
            if (listed > 0) rows.Add(SmallObjects.MeasureListing(listed, useCli));
            var members = IntArg(args, "--members", 0);
            if (members > 0) rows.Add(await LoadBalancerMembers.MeasureAsync(members, useCli));

            var table = Render(rows, rounds, servers) + Environment.NewLine + "Before the run: " + fixtures + "." + Environment.NewLine;
            Console.WriteLine(table);
            if (output != null) File.WriteAllText(output, table);
            return 0;
        }

        private static string Render(List<Row> rows, int rounds, int servers)
        {
            var sb = new StringBuilder();
            sb.AppendLine("Run " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC on " + Environment.MachineName + ", " +
                Environment.ProcessorCount + " CPUs, .NET " + Environment.Version + "; " + rounds + " rounds, min / median / max.");
            sb.AppendLine();
            sb.AppendLine("| scenario | this module (PowerShell 7.6 engine) | client library | `openstack` CLI | raw HTTP | note |");
            sb.AppendLine("|---|---|---|---|---|---|");
            foreach (var r in rows)
                sb.AppendLine("| " + r.Scenario + " | " + Cell(r.Module) + " | " + Cell(r.Library) + " | " + Cell(r.Cli) + " | " + Cell(r.Raw) + " | " + r.Note + " |");
            return sb.ToString();
        }

        private static string Cell(Timing? t) => t?.ToString() ?? "—";

        private static int IntArg(string[] args, string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }

        private static string? StringArg(string[] args, string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
    }
}
