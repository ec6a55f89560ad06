using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;

namespace OpenStack.PowerShell
{
    /// <summary>
    /// Starts <see cref="SessionWarmup"/> on a pool thread once per process, when the module is imported. The import goes
    /// on meanwhile on the pipeline thread; the first Connect-OpenStack then finds most of its code compiled.
    /// </summary>
    internal static class ClientWarmup
    {
        // Not inlined: DependencyLoader calls this right after it can find the client, and must not name the client's
        // types before that. Unsafe: the import's execution context (a trace sink, a request log) stays out of the warm-up.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            // Only a head start: whatever goes wrong here (even the client failing to load, when Run is compiled), the
            // real connect does the same work and reports its own errors. An exception left on a pool thread would end
            // the process.
            try { Run(); }
            catch (Exception) { }
        }, null);

        // Not blocking on the task: its made-up answers come at once, so it runs to its end on this thread anyway, and
        // a pool thread held in a wait could delay the continuations of the user's first commands on a small machine.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Run() =>
            SessionWarmup.RunAsync(CancellationToken.None).ContinueWith(t => t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
