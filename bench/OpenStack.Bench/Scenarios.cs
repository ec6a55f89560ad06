using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;

namespace OpenStack.Bench
{
    /// <summary>The rows of the table. Every column of a row runs in the same run, against the same cloud state.</summary>
    internal static class Scenarios
    {
        private const string Cloud = "testcloud-admin";

        public static async Task<Row> ConnectAsync(CloudConfig config, int rounds, bool useCli)
        {
            Console.Error.WriteLine("bench: connect");
            using var rs = Engine.NewRunspace();
            Engine.Run(rs, Engine.ImportAndConnect(Cloud));
            return new Row("connect (auth + catalog)") { Note = "module: warm engine, module loaded" }.Columns(await Timing.SideBySideAsync(rounds,
                Timing.Sync(() => Engine.Run(rs, "Connect-OpenStack -Cloud " + Cloud)),
                async () => { using var s = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None); },
                useCli ? Timing.Sync(() => Cli.Run(Cloud, "token issue -f value -c id")) : null,
                async () => { using var raw = new RawHttp(config); await raw.AuthenticateAsync(); }));
        }

        public static async Task<Row> ImportAndConnectAsync(int rounds)
        {
            Console.Error.WriteLine("bench: import + connect");
            var engineOnly = await Timing.Of(rounds, () => { using var rs = Engine.NewRunspace(); });
            var row = new Row("`Import-Module` + `Connect-OpenStack` in a new runspace")
            {
                Module = await Timing.Of(rounds, () => { using var rs = Engine.NewRunspace(); Engine.Run(rs, Engine.ImportAndConnect(Cloud)); }),
            };
            row.Note = "a new runspace alone: " + engineOnly;
            return row;
        }

        // The 50 calls: five kinds of list, ten times each, as a runbook gathering facts would make them.
        private static readonly (string Cmdlet, string Cli, string Service, string Path)[] Calls =
        {
            ("Get-OSFlavor", "flavor list", "compute", "/flavors/detail"),
            ("Get-OSImage", "image list", "image", "/v2/images"),
            ("Get-OSNetwork", "network list", "network", "/v2.0/networks"),
            ("Get-OSSubnet", "subnet list", "network", "/v2.0/subnets"),
            ("Get-OSVolume", "volume list", "volumev3", "/volumes/detail"),
        };

        private static IEnumerable<T> FiftyOf<T>(Func<(string Cmdlet, string Cli, string Service, string Path), T> f) =>
            Enumerable.Range(0, 10).SelectMany(_ => Calls.Select(f));

        public static async Task<List<Row>> RunbookAsync(CloudConfig config, int rounds, bool useCli)
        {
            Console.Error.WriteLine("bench: 50-call runbook");
            var script = string.Join(Environment.NewLine, FiftyOf(c => c.Cmdlet + " | Out-Null"));
            using var rs = Engine.NewRunspace();
            Engine.Run(rs, Engine.ImportAndConnect(Cloud));
            using var session = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None);
            using var raw = new RawHttp(config);
            await raw.AuthenticateAsync();
            await raw.SameMicroversionsAsAsync(session);
            var warm = new Row("a runbook of 50 calls, warm session")
                .Columns(await Timing.SideBySideAsync(rounds,
                    Timing.Sync(() => Engine.Run(rs, script)),
                    () => LibraryFiftyAsync(session),
                    null,
                    async () => { foreach (var c in FiftyOf(c => c)) (await raw.GetAsync(raw.Endpoint(c.Service) + c.Path)).Dispose(); }));
            warm.Note = "list flavors, images, networks, subnets, volumes; 10 times each. " + warm.CpuNote();

            var file = Path.Combine(Path.GetTempPath(), "bench-runbook-" + Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(file, Engine.ImportAndConnect(Cloud) + " | Out-Null" + Environment.NewLine + script);
            var runner = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Engine.Manifest)))!,
                "tools", "OpenStack.Runner", "bin", "Release", "net10.0", "OpenStack.Runner.dll");
            var empty = Path.Combine(Path.GetTempPath(), "bench-empty-" + Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(empty, "");
            var connectOnly = Path.Combine(Path.GetTempPath(), "bench-connect-" + Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(connectOnly, Engine.ImportAndConnect(Cloud) + " | Out-Null");
            var bench = typeof(Scenarios).Assembly.Location;
            // What users start: pwsh 7.6.9, as tools/install-test-tools.sh installs it into .tools/ (not measured without it).
            var pwsh = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Engine.Manifest)))!, ".tools", "pwsh", "pwsh");
            var hasPwsh = File.Exists(pwsh);
            Func<string, Func<Task>?> inPwsh = script => hasPwsh ? Timing.Sync(() => Cli.RunProcess(pwsh, "-NoProfile -NonInteractive -File \"" + script + "\"")) : null;
            // All columns are fresh processes: the module's runbook in the runner and in pwsh, raw HTTP in this program's --raw-runbook mode.
            var t = await Timing.SideBySideAsync(Math.Min(rounds, 5),
                Timing.Sync(() => Cli.RunProcess("dotnet", "\"" + runner + "\" \"" + file + "\"")),
                Timing.Sync(() => Cli.RunProcess("dotnet", "\"" + runner + "\" \"" + empty + "\"")),
                Timing.Sync(() => RawProcess(bench, config)),
                () => RawFiftyAsync(config),
                Timing.Sync(() => Cli.RunProcess("dotnet", "\"" + runner + "\" \"" + connectOnly + "\"")),
                inPwsh(file),
                inPwsh(empty),
                inPwsh(connectOnly));
            var fresh = new Row("the same runbook as a fresh process, import + connect included")
            {
                Module = t[0],
                Cli = useCli ? await Timing.Of(1, () => { foreach (var c in FiftyOf(c => c.Cli)) Cli.Run(Cloud, c + " -f value"); }) : null,
                Raw = t[2],
                Note = "module: `dotnet OpenStack.Runner.dll runbook.ps1`; CLI: 50 `openstack` processes; raw: a fresh .NET process making one POST " +
                       "and the 50 GETs with HttpClient. The runner with an empty script (the engine's start): " + t[1] + "; raw HTTP in this " +
                       "process with a new client: " + t[3] + ". Module ÷ (raw process + engine start) = " +
                       (t[0]!.Median / (t[2]!.Median + t[1]!.Median)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            };
            File.Delete(empty);
            File.Delete(connectOnly);
            var importConnect = new Row("`Import-Module` + `Connect-OpenStack` as a fresh process")
            {
                Module = t[4],
                Note = "the runner with only these two lines; with an empty script: " + t[1] + " (+" +
                       ((t[4]!.Median - t[1]!.Median) * 1000).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms for import and connect)",
            };
            var freshPwsh = new Row("the same runbook in a fresh `pwsh`, import + connect included")
            {
                Module = t[5],
                Raw = t[2],
                Note = hasPwsh
                    ? "module: `pwsh -NoProfile -File runbook.ps1` (pwsh 7.6.9, what users start); raw: as above. pwsh with an empty script: " + t[6] +
                      "; with only `Import-Module` + `Connect-OpenStack`: " + t[7] + ". Module ÷ (raw process + pwsh start) = " +
                      (t[5]!.Median / (t[2]!.Median + t[6]!.Median)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
                    : "not measured: no .tools/pwsh/pwsh (bash tools/install-test-tools.sh pwsh installs it)",
            };
            File.Delete(file);
            return new List<Row> { warm, fresh, importConnect, freshPwsh };
        }

        /// <summary>
        /// This program started anew in --raw-runbook mode. The credentials go through its standard input, so that it
        /// reads no clouds.yaml (the module's column pays for that, raw HTTP would not).
        /// </summary>
        private static void RawProcess(string bench, CloudConfig config)
        {
            var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add(bench);
            psi.ArgumentList.Add("--raw-runbook");
            using var p = System.Diagnostics.Process.Start(psi)!;
            p.StandardInput.WriteLine(config.AuthUrl);
            p.StandardInput.WriteLine(config.Username);
            p.StandardInput.WriteLine(config.Password!.Reveal());
            p.StandardInput.WriteLine(config.ProjectName);
            p.StandardInput.Close();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException("the raw HTTP process failed");
        }

        /// <summary>The --raw-runbook mode: credentials from standard input, then <see cref="RawFiftyAsync"/>.</summary>
        public static Task RawFiftyFromInputAsync()
        {
            var config = new CloudConfig
            {
                AuthUrl = Console.ReadLine(), Username = Console.ReadLine(), Password = new Secret(Console.ReadLine() ?? ""), ProjectName = Console.ReadLine(),
                UserDomainName = "Default", ProjectDomainName = "Default",
            };
            return RawFiftyAsync(config);
        }

        /// <summary>One POST and the 50 GETs with a new HttpClient: the raw column of the fresh-process row, also run as a process of its own.</summary>
        public static async Task RawFiftyAsync(CloudConfig config)
        {
            using var cold = new RawHttp(config);
            await cold.AuthenticateAsync();
            foreach (var c in FiftyOf(c => c)) (await cold.GetAsync(cold.Endpoint(c.Service) + c.Path)).Dispose();
        }

        private static async Task LibraryFiftyAsync(OpenStackSession s)
        {
            for (var i = 0; i < 10; i++)
            {
                var client = new ResourceClient(s);
                await foreach (var _ in client.ListAsync(ComputeResources.Flavors)) { }
                await foreach (var _ in client.ListAsync(ImageResources.Images)) { }
                await foreach (var _ in client.ListAsync(NetworkResources.Networks)) { }
                await foreach (var _ in client.ListAsync(NetworkResources.Subnets)) { }
                await foreach (var _ in client.ListAsync(BlockStorageResources.Volumes)) { }
            }
        }
    }
}
