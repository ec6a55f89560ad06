using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using OpenStack.Client.Image;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>
    /// Turns transfer callbacks (from any thread) into progress records at most four times a second:
    /// bytes, percent and rate. The records are handed to a writer that runs on the pipeline thread.
    /// </summary>
    internal sealed class TransferProgressReporter : IProgress<TransferProgress>
    {
        private readonly Action<ProgressRecord> _post;
        private readonly string _activity;
        private readonly int _id;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long _lastReport = -1000;

        public TransferProgressReporter(Action<ProgressRecord> post, string activity, int id)
        {
            _post = post;
            _activity = activity;
            _id = id;
        }

        public void Report(TransferProgress value)
        {
            var now = _watch.ElapsedMilliseconds;
            var finished = value.Total.HasValue && value.Bytes >= value.Total.Value;
            if (!finished && now - _lastReport < 250) return;
            _lastReport = now;
            var rate = now > 0 ? value.Bytes * 1000.0 / now : 0;
            var status = Size(value.Bytes) + (value.Total.HasValue ? " of " + Size(value.Total.Value) : "") + " at " + Size((long)rate) + "/s";
            var record = new ProgressRecord(_id, _activity, status);
            if (value.Total.HasValue && value.Total.Value > 0)
            {
                record.PercentComplete = (int)Math.Min(100, value.Bytes * 100 / value.Total.Value);
                if (rate > 0) record.SecondsRemaining = (int)((value.Total.Value - value.Bytes) / rate);
            }
            _post(record);
        }

        internal static string Size(long bytes)
        {
            string[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
            double v = bytes;
            var u = 0;
            while (v >= 1024 && u < units.Length - 1) { v /= 1024; u++; }
            return v.ToString(u == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " " + units[u];
        }
    }
}
