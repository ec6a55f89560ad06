using System;
using System.Globalization;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Waiting
{
    /// <summary>
    /// How a service lists only what changed since a time (Nova's <c>changes-since</c>, Cinder's <c>updated_at=gte:</c>):
    /// a resource absent from such a listing has not changed since, so one listing answers for every resource being
    /// waited on (see <see cref="BatchPoller{T}"/>).
    /// </summary>
    public sealed class ChangeListing
    {
        public ChangeListing(Func<DateTimeOffset, Query> since) { Since = since; }

        /// <summary>The filter for what changed at or after the time (the service's clock, whole seconds).</summary>
        public Func<DateTimeOffset, Query> Since { get; }

        /// <summary>The microversion the filter needs, or null; an older session polls with one GET each.</summary>
        public string? MinMicroversion { get; init; }

        /// <summary>
        /// Statuses a listing shows for what a GET may no longer find (Nova lists deleted servers as DELETED): such a
        /// resource is read again with a GET, so the wait ends as a wait by GETs would.
        /// </summary>
        public string[] ReadAgain { get; init; } = Array.Empty<string>();

        /// <summary>
        /// Statuses a resource may leave by vanishing, with no change the listing shows (Cinder lists no deleted volumes):
        /// one last seen so and absent from the listing is looked for in <see cref="Vanishing"/>, or read with a GET.
        /// </summary>
        public string[] MayVanishFrom { get; init; } = Array.Empty<string>();

        /// <summary>
        /// The filter that lists what is in a <see cref="MayVanishFrom"/> status ("status=deleting"), read before the
        /// listing of changes: a resource in neither listing has vanished. Null: such resources are read with GETs.
        /// </summary>
        public Query? Vanishing { get; init; }

        /// <summary>The time as services read it in queries: "2026-12-02T08:40:59Z".</summary>
        public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
