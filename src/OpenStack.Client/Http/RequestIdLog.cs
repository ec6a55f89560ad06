using System.Collections.Generic;
using System.Threading;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// Collects the request ids of the responses received within a scope (the flow of one async call and what it awaits),
    /// for an error that no single response explains: a name or id that no lookup found.
    /// </summary>
    public sealed class RequestIdLog
    {
        private static readonly AsyncLocal<RequestIdLog?> CurrentLog = new AsyncLocal<RequestIdLog?>();
        private readonly List<string> _ids = new List<string>();

        /// <summary>Starts collecting for the rest of the calling async method (an AsyncLocal set there does not flow back to its caller).</summary>
        public static RequestIdLog Begin() => CurrentLog.Value = new RequestIdLog();

        /// <summary>The ids collected so far, in the order the responses came.</summary>
        public IReadOnlyList<string> Ids
        {
            get { lock (_ids) return _ids.ToArray(); }
        }

        internal static void Record(string? requestId)
        {
            var log = CurrentLog.Value;
            if (log == null || string.IsNullOrEmpty(requestId)) return;
            lock (log._ids) if (!log._ids.Contains(requestId!)) log._ids.Add(requestId!);
        }
    }
}
