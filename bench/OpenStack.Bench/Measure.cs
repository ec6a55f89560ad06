using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace OpenStack.Bench
{
    /// <summary>Rounds of one measurement, shown as min / median / max seconds so the machine's noise stays visible.</summary>
    internal sealed class Timing
    {
        private readonly List<double> _seconds = new List<double>();
        // CPU time this process spent in each round: the client's own cost, whatever the services' speed that round.
        private readonly List<double> _cpuSeconds = new List<double>();

        public static async Task<Timing> OfAsync(int rounds, Func<Task> action)
        {
            var t = new Timing();
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                await action().ConfigureAwait(false);
                t._seconds.Add(watch.Elapsed.TotalSeconds);
            }
            return t;
        }

        public static Task<Timing> Of(int rounds, Action action) => OfAsync(rounds, () => { action(); return Task.CompletedTask; });

        /// <summary>
        /// Columns measured in turn within each round, the order rotating from round to round, after one unmeasured
        /// warm-up of each: a drift in the cloud's speed falls on every column alike, and no column pays for JIT or
        /// first connections. A null column is not measured (null in the result).
        /// </summary>
        public static async Task<Timing?[]> SideBySideAsync(int rounds, params Func<Task>?[] columns)
        {
            var result = columns.Select(c => c == null ? null : new Timing()).ToArray();
            foreach (var column in columns)
                if (column != null) await column().ConfigureAwait(false);
            for (var round = 0; round < rounds; round++)
                for (var k = 0; k < columns.Length; k++)
                {
                    var i = (k + round) % columns.Length;
                    if (columns[i] == null) continue;
                    var cpu = CpuSeconds();
                    var watch = Stopwatch.StartNew();
                    await columns[i]!().ConfigureAwait(false);
                    result[i]!._seconds.Add(watch.Elapsed.TotalSeconds);
                    result[i]!._cpuSeconds.Add(CpuSeconds() - cpu);
                }
            return result;
        }

        private static double CpuSeconds()
        {
            using var self = Process.GetCurrentProcess();
            return self.TotalProcessorTime.TotalSeconds;
        }

        /// <summary>The median CPU time of this process per round, in milliseconds ("—" when not measured in-process).</summary>
        public string CpuMilliseconds
        {
            get
            {
                if (_cpuSeconds.Count == 0) return "—";
                var s = _cpuSeconds.OrderBy(x => x).ToList();
                return (s[s.Count / 2] * 1000).ToString("0", CultureInfo.InvariantCulture) + " ms";
            }
        }

        /// <summary>One figure measured elsewhere (by the process itself, say).</summary>
        public static Timing Once(double seconds)
        {
            var t = new Timing();
            t._seconds.Add(seconds);
            return t;
        }

        /// <summary>A synchronous column for <see cref="SideBySideAsync"/>.</summary>
        public static Func<Task> Sync(Action action) => () => { action(); return Task.CompletedTask; };

        public double Median
        {
            get
            {
                var s = _seconds.OrderBy(x => x).ToList();
                return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
            }
        }

        public override string ToString()
        {
            if (_seconds.Count == 0) return "—";
            string F(double v) => v.ToString(v < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture);
            return _seconds.Count == 1 ? F(_seconds[0]) + " s (1 round)" : F(_seconds.Min()) + " / " + F(Median) + " / " + F(_seconds.Max()) + " s";
        }
    }

    /// <summary>One row of the table: a scenario and its columns (null = not measured).</summary>
    internal sealed class Row
    {
        public Row(string scenario) { Scenario = scenario; }
        public string Scenario { get; }
        public Timing? Module { get; set; }
        public Timing? Library { get; set; }
        public Timing? Cli { get; set; }
        public Timing? Raw { get; set; }
        public string Note { get; set; } = "";

        /// <summary>What the client spent of this process's CPU per round, by column (the services' time is not in it).</summary>
        public string CpuNote() =>
            "Client CPU per round (median): module " + (Module?.CpuMilliseconds ?? "—") + ", library " + (Library?.CpuMilliseconds ?? "—") +
            ", raw " + (Raw?.CpuMilliseconds ?? "—") + ".";

        /// <summary>Sets the four columns from a side-by-side measurement, in table order: module, library, CLI, raw.</summary>
        public Row Columns(Timing?[] t)
        {
            Module = t[0]; Library = t[1]; Cli = t[2]; Raw = t[3];
            return this;
        }
    }
}
