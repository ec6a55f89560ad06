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
            return new Row("connect (auth + catalog)")
            {
                Module = await Timing.Of(rounds, () => Engine.Run(rs, "Connect-OpenStack -Cloud " + Cloud)),
                Library = await Timing.OfAsync(rounds, async () => { using var s = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None); }),
                Cli = useCli ? await Timing.Of(rounds, () => Cli.Run(Cloud, "token issue -f value -c id")) : null,
                Raw = await Timing.OfAsync(rounds, async () => { using var raw = new RawHttp(config); await raw.AuthenticateAsync(); }),
                Note = "module: warm engine, module loaded",
            };
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
            var warm = new Row("a runbook of 50 calls, warm session")
            {
                Module = await Timing.Of(rounds, () => Engine.Run(rs, script)),
                Library = await Timing.OfAsync(rounds, () => LibraryFiftyAsync(session)),
                Raw = await Timing.OfAsync(rounds, async () => { foreach (var c in FiftyOf(c => c)) (await raw.GetAsync(raw.Endpoint(c.Service) + c.Path)).Dispose(); }),
                Note = "list flavors, images, networks, subnets, volumes; 10 times each",
            };

            var file = Path.Combine(Path.GetTempPath(), "bench-runbook-" + Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(file, Engine.ImportAndConnect(Cloud) + " | Out-Null" + Environment.NewLine + script);
            var runner = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Engine.Manifest)))!,
                "tools", "OpenStack.Runner", "bin", "Release", "net10.0", "OpenStack.Runner.dll");
            var fresh = new Row("the same runbook as a fresh process, import + connect included")
            {
                Module = await Timing.Of(Math.Min(rounds, 3), () => Cli.RunProcess("dotnet", "\"" + runner + "\" \"" + file + "\"")),
                Cli = useCli ? await Timing.Of(1, () => { foreach (var c in FiftyOf(c => c.Cli)) Cli.Run(Cloud, c + " -f value"); }) : null,
                Raw = await Timing.OfAsync(rounds, async () =>
                {
                    using var cold = new RawHttp(config);
                    await cold.AuthenticateAsync();
                    foreach (var c in FiftyOf(c => c)) (await cold.GetAsync(cold.Endpoint(c.Service) + c.Path)).Dispose();
                }),
                Note = "module: `dotnet OpenStack.Runner.dll runbook.ps1` (engine start included); CLI: 50 `openstack` processes; raw: one POST + 50 GETs in this process",
            };
            File.Delete(file);
            return new List<Row> { warm, fresh };
        }

        private static async Task LibraryFiftyAsync(OpenStackSession s)
        {
            for (var i = 0; i < 10; i++)
            {
                await foreach (var _ in new ComputeClient(s).ListFlavorsAsync()) { }
                await foreach (var _ in new ImageClient(s).ListImagesAsync()) { }
                await foreach (var _ in new NetworkClient(s).ListAsync(NeutronResource<OpenStack.Client.Network.Network>.Networks)) { }
                await foreach (var _ in new NetworkClient(s).ListAsync(NeutronResource<Subnet>.Subnets)) { }
                await foreach (var _ in new BlockStorageClient(s).ListVolumesAsync()) { }
            }
        }

        public static async Task<List<Row>> ServersAsync(CloudConfig config, int rounds, int count, bool useCli)
        {
            Console.Error.WriteLine("bench: booting " + count + " servers");
            var name = "bench-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            var vars = new Dictionary<string, object?> { ["name"] = name, ["count"] = count };
            using var rs = Engine.NewRunspace();
            Engine.Run(rs, Engine.ImportAndConnect(Cloud));
            try
            {
                Engine.Run(rs, "New-OSServer -Name $name -Image testcloud-image -Flavor m1.nano -NoNetwork -Count $count -Wait -TimeoutSec 1800 | Out-Null", vars);
                using var session = await OpenStackSession.ConnectAsync(config, null, CancellationToken.None);
                using var raw = new RawHttp(config);
                await raw.AuthenticateAsync();
                var total = Engine.Run(rs, "@(Get-OSServer).Count")[0].ToString();
                var list = new Row("list all servers (" + total + ", detail)")
                {
                    Module = await Timing.Of(rounds, () => Engine.Run(rs, "Get-OSServer | Out-Null")),
                    Library = await Timing.OfAsync(rounds, async () => { await foreach (var _ in new ComputeClient(session).ListServersAsync()) { } }),
                    Cli = useCli ? await Timing.Of(rounds, () => Cli.Run(Cloud, "server list --long -f value")) : null,
                    Raw = await Timing.OfAsync(rounds, () => RawServerPagesAsync(raw)),
                };
                Console.Error.WriteLine("bench: stop + start " + count + " servers");
                var cycle = "Get-OSServer -Name \"$name*\" | Stop-OSServer -Wait -TimeoutSec 1800 {0}; Get-OSServer -Name \"$name*\" | Start-OSServer -Wait -TimeoutSec 1800 {0}";
                var parallel = new Row("stop + start " + count + " servers from a pipeline, `-Wait`, default throttle (8)")
                {
                    Module = await Timing.Of(1, () => Engine.Run(rs, string.Format(cycle, ""), vars)),
                };
                var serial = new Row("the same with `-ThrottleLimit 1` (one at a time)")
                {
                    Module = await Timing.Of(1, () => Engine.Run(rs, string.Format(cycle, "-ThrottleLimit 1"), vars)),
                };
                parallel.Note = "× " + (serial.Module!.Median / parallel.Module!.Median).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " faster than one at a time";
                return new List<Row> { list, parallel, serial };
            }
            finally
            {
                Engine.Run(rs, "Get-OSServer -Name \"$name*\" | Remove-OSServer -Force -Wait -ThrottleLimit 16 -TimeoutSec 1800", vars);
            }
        }

        private static async Task RawServerPagesAsync(RawHttp raw)
        {
            string? next = raw.Endpoint("compute") + "/servers/detail";
            while (next != null)
            {
                using var doc = await raw.GetAsync(next);
                next = null;
                if (doc.RootElement.TryGetProperty("servers_links", out var links))
                    foreach (var l in links.EnumerateArray())
                        if (l.GetProperty("rel").GetString() == "next") next = l.GetProperty("href").GetString();
            }
        }
    }
}
