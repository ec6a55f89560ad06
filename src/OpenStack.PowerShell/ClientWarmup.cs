using System.Runtime.CompilerServices;
using System.Threading;
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
        public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(_ => Run(), null);

        private static void Run()
        {
            try
            {
                SessionWarmup.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
            catch
            {
                // Only a head start: whatever went wrong here, the real connect does the same work and reports its own errors.
            }
        }
    }
}
