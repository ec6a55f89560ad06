using System;
using System.Threading;

namespace OpenStack.Client.Http
{
    public enum TraceLevel { Verbose, Debug }

    /// <summary>Receives redacted HTTP trace lines. Called from any thread.</summary>
    public interface IHttpTraceSink
    {
        void Trace(TraceLevel level, string message);

        /// <summary>Whether anyone listens at that level; headers and bodies are only formatted for Debug.</summary>
        bool IsEnabled(TraceLevel level);
    }

    /// <summary>
    /// The sink for the current logical call. The caller (a cmdlet) sets it before starting async work;
    /// it flows into the handlers through the ExecutionContext, so one session serves many callers.
    /// </summary>
    public static class HttpTrace
    {
        private static readonly AsyncLocal<IHttpTraceSink?> CurrentSink = new AsyncLocal<IHttpTraceSink?>();

        public static IHttpTraceSink? Current
        {
            get => CurrentSink.Value;
            set => CurrentSink.Value = value;
        }

        internal static void Write(TraceLevel level, string message) => CurrentSink.Value?.Trace(level, message);

        internal static bool IsEnabled(TraceLevel level) => CurrentSink.Value?.IsEnabled(level) == true;
    }

    /// <summary>A sink that forwards to a delegate.</summary>
    public sealed class DelegateTraceSink : IHttpTraceSink
    {
        private readonly Action<TraceLevel, string> _write;
        private readonly bool _debug;
        public DelegateTraceSink(Action<TraceLevel, string> write, bool debug = true) { _write = write; _debug = debug; }
        public void Trace(TraceLevel level, string message) => _write(level, message);
        public bool IsEnabled(TraceLevel level) => level == TraceLevel.Verbose || _debug;
    }
}
