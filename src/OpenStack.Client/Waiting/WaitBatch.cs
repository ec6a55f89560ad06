using System;
using System.Collections.Concurrent;
using System.Threading;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Waiting
{
    /// <summary>
    /// Waits that run side by side (a cmdlet fed 200 servers with -Wait) and may share their polls: while one is current,
    /// <see cref="ResourceClient.PollAsync{T}"/> reads resources whose descriptor has <see cref="ResourceDescriptor{T}.Changes"/>
    /// through one <see cref="BatchPoller{T}"/> per kind, which asks the service once per poll for all of them. It flows
    /// through the ExecutionContext, like <see cref="Http.RequestLimit"/>.
    /// </summary>
    public sealed class WaitBatch
    {
        private static readonly AsyncLocal<WaitBatch?> CurrentBatch = new AsyncLocal<WaitBatch?>();
        private static readonly AsyncLocal<DateTimeOffset?> Started = new AsyncLocal<DateTimeOffset?>();
        private static readonly AsyncLocal<Func<bool>?> Shared = new AsyncLocal<Func<bool>?>();

        /// <summary>The pause between the polls of a wait whose polls a listing answers for every wait at once.</summary>
        internal static readonly TimeSpan SharedPause = TimeSpan.FromMilliseconds(500);

        private readonly CancellationToken _lifetime;
        private readonly ConcurrentDictionary<(OpenStackSession, object), object> _pollers = new ConcurrentDictionary<(OpenStackSession, object), object>();

        /// <param name="lifetime">Cancels the polls themselves (each wait is cancelled by its own token).</param>
        public WaitBatch(CancellationToken lifetime = default) { _lifetime = lifetime; }

        /// <summary>The batch the current call's waits share, or null: each wait polls with its own GETs.</summary>
        public static WaitBatch? Current
        {
            get => CurrentBatch.Value;
            set => CurrentBatch.Value = value;
        }

        /// <summary>
        /// When the current operation began, before its request was sent (this machine's clock): a listing of what changed
        /// since then shows the resource it acts on. Without it, the first poll's time stands in.
        /// </summary>
        public static DateTimeOffset? OperationStart
        {
            get => Started.Value;
            set => Started.Value = value;
        }

        /// <summary>
        /// True while the current wait's polls are answered by one listing for all the waits of its kind: asking often then
        /// costs the service nothing more, so its pauses need not grow (see <see cref="SharedPause"/>).
        /// </summary>
        internal static bool PollsShared => Shared.Value?.Invoke() == true;

        /// <summary>Tells the current wait (an async flow of its own) whether its polls are shared, asked at each pause.</summary>
        internal static void SharePollsWhile(Func<bool> listing) => Shared.Value = listing;

        /// <summary>
        /// How far before the last time a resource was seen a listing of changes starts: the services store update times
        /// in whole seconds, and a change may be recorded by a host whose clock is a little behind the API's.
        /// </summary>
        public TimeSpan Margin { get; init; } = TimeSpan.FromSeconds(10);

        internal BatchPoller<T>? PollerFor<T>(ResourceClient client, ResourceDescriptor<T> d) where T : class =>
            d.Changes == null || d.Status == null
                ? null
                : (BatchPoller<T>)_pollers.GetOrAdd((client.Session, d), _ => new BatchPoller<T>(client, d, Margin, _lifetime));
    }
}
