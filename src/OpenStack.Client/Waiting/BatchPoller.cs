using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Paging;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Waiting
{
    /// <summary>
    /// Answers the polls of many waits on one kind of resource with one listing of what changed (paged through), instead
    /// of one GET each. A poll asked for is answered by a read that starts after it was asked, as a GET of its own would
    /// be; polls asked for close together share one read, no sooner than <see cref="MinGap"/> after the last. While only one
    /// or two waits run, their polls are GETs. A resource absent from the listing has not changed since the listing's
    /// time, which lies <see cref="WaitBatch.Margin"/> before the last time it was seen (on the service's clock, learnt from the
    /// Date header): its last state stands. Read with a GET instead: a resource the listing has never shown (another
    /// project's, seen by an admin), one the listing shows in a <see cref="ChangeListing.ReadAgain"/> status, one last
    /// seen in a <see cref="ChangeListing.MayVanishFrom"/> status where the service cannot list those, and every one on
    /// the first listing, before the service's clock is known.
    /// </summary>
    internal sealed class BatchPoller<T> where T : class
    {
        /// <summary>While no more waits than this are running, polls are GETs: a listing would cost as much.</summary>
        internal const int SingleGetLimit = 2;
        /// <summary>A wait not tracked (<see cref="Track"/>) that asked within this time is still running (its longest pause is 2 s).</summary>
        internal static readonly TimeSpan Active = TimeSpan.FromSeconds(5);
        /// <summary>Reads start at least this far apart: the first pause of a wait (0.5 s), so no wait is slowed.</summary>
        internal static readonly TimeSpan MinGap = WaitBatch.SharedPause;
        /// <summary>How long a read waits for other polls asked for at about the same time.</summary>
        internal static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(50);

        private sealed class Entry
        {
            public DateTimeOffset Since;
            public DateTimeOffset Asked;
            // Waits on it begun and not ended (see Track); a resource never tracked counts while it is asked about.
            public int Waits;
            public bool Tracked;
            public DateTimeOffset? Seen;
            public bool Listed;
            public T? Last;
        }

        private sealed class Request
        {
            public Request(string id) { Id = id; }
            public string Id { get; }
            public TaskCompletionSource<T?> Answer { get; } = new TaskCompletionSource<T?>(TaskCreationOptions.RunContinuationsAsynchronously);
            public CancellationTokenRegistration Cancel;
        }

        private readonly ResourceClient _client;
        private readonly ResourceDescriptor<T> _d;
        private readonly ChangeListing _changes;
        private readonly TimeSpan _margin;
        private readonly CancellationToken _lifetime;
        private readonly object _gate = new object();
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private List<Request> _pending = new List<Request>();
        private bool _running;
        private DateTimeOffset _lastStart = DateTimeOffset.MinValue;
        // The service's clock minus ours, never more than it really is: its Date was stamped before we read the answer.
        private TimeSpan? _offset;
        private bool? _supported;
        private volatile bool _listing;

        /// <summary>Whether the last read was a listing for every wait (not GETs for one or two).</summary>
        public bool Listing => _listing;

        public BatchPoller(ResourceClient client, ResourceDescriptor<T> d, TimeSpan margin, CancellationToken lifetime)
        {
            _client = client; _d = d; _changes = d.Changes!; _margin = margin; _lifetime = lifetime;
        }

        /// <summary>The resource as a read started after this call sees it; null when it is gone.</summary>
        /// <param name="since">When the operation on it began (this machine's clock), or null for now.</param>
        public Task<T?> PollAsync(string id, DateTimeOffset? since, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            var request = new Request(id);
            lock (_gate)
            {
                if (!_entries.TryGetValue(id, out var entry)) _entries[id] = entry = new Entry { Since = since ?? DateTimeOffset.UtcNow };
                entry.Asked = DateTimeOffset.UtcNow;
                _pending.Add(request);
                if (!_running)
                {
                    _running = true;
                    // Started from a wait's own context: the reads count against its request limit and trace where it does.
                    _ = Task.Run(LoopAsync);
                }
            }
            if (ct.CanBeCanceled)
                request.Cancel = ct.Register(() =>
                {
                    lock (_gate) _pending.Remove(request);
                    request.Answer.TrySetCanceled(ct);
                });
            return request.Answer.Task;
        }

        /// <summary>Counts a wait on the resource as running until the result is disposed, so one that ended no longer counts.</summary>
        public IDisposable Track(string id)
        {
            Entry entry;
            lock (_gate)
            {
                if (!_entries.TryGetValue(id, out var found)) _entries[id] = found = new Entry { Since = WaitBatch.OperationStart ?? DateTimeOffset.UtcNow };
                entry = found;
                entry.Tracked = true;
                entry.Waits++;
            }
            return new Ending(() => { lock (_gate) entry.Waits--; });
        }

        private sealed class Ending : IDisposable
        {
            private Action? _end;
            public Ending(Action end) { _end = end; }
            public void Dispose() => Interlocked.Exchange(ref _end, null)?.Invoke();
        }

        private async Task LoopAsync()
        {
            while (true)
            {
                var wait = MinGap - (DateTimeOffset.UtcNow - _lastStart);
                if (wait < Gather) wait = Gather;
                List<Request> batch;
                try { await Task.Delay(wait, _lifetime).ConfigureAwait(false); }
                catch (OperationCanceledException) { }
                lock (_gate)
                {
                    if (_pending.Count == 0) { _running = false; return; }
                    batch = _pending;
                    _pending = new List<Request>();
                }
                _lastStart = DateTimeOffset.UtcNow;
                Dictionary<string, (T? Value, Exception? Error)> answers;
                try
                {
                    _lifetime.ThrowIfCancellationRequested();
                    answers = await ReadAsync(batch.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList()).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    answers = batch.ToDictionary(r => r.Id, _ => ((T?)null, (Exception?)ex), StringComparer.Ordinal);
                }
                foreach (var r in batch)
                {
                    var (value, error) = answers[r.Id];
                    if (error != null) r.Answer.TrySetException(error);
                    else r.Answer.TrySetResult(value);
                    r.Cancel.Dispose();
                }
            }
        }

        private async Task<Dictionary<string, (T? Value, Exception? Error)>> ReadAsync(List<string> ids)
        {
            var now = DateTimeOffset.UtcNow;
            List<(string Id, Entry Entry)> wanted;
            int waiting;
            lock (_gate)
            {
                wanted = ids.Select(id => (id, _entries[id])).ToList();
                // A wait between two polls (or one a little late for this one) is still being waited on.
                waiting = _entries.Values.Count(e => e.Waits > 0 || (!e.Tracked && now - e.Asked < Active));
            }
            _listing = waiting > SingleGetLimit && await SupportedAsync().ConfigureAwait(false);
            if (!_listing) return await GetEachAsync(ids, now).ConfigureAwait(false);
            // Absence proves nothing until the service's clock is known: the listing's time could lie in its future.
            var trusted = _offset.HasValue;
            var from = wanted.Min(w => w.Entry.Seen ?? w.Entry.Since) + (_offset ?? TimeSpan.Zero) - _margin;
            // Read first: one that has left that status since shows in the listing of changes read after it.
            var vanishing = trusted && _changes.Vanishing != null && wanted.Any(w => w.Entry.Listed && w.Entry.Last != null && IsIn(w.Entry.Last, _changes.MayVanishFrom))
                ? await ListAsync(_changes.Vanishing).ConfigureAwait(false)
                : null;
            var listed = await ListAsync(_changes.Since(from)).ConfigureAwait(false);
            var answers = new Dictionary<string, (T?, Exception?)>(StringComparer.Ordinal);
            var again = new List<string>();
            foreach (var (id, e) in wanted)
            {
                if (listed.TryGetValue(id, out var item))
                {
                    e.Listed = true;
                    if (IsIn(item, _changes.ReadAgain)) { again.Add(id); continue; }
                    e.Last = item;
                    e.Seen = now;
                    answers[id] = (item, null);
                }
                // Last seen in a ReadAgain status: Nova lists a server as DELETED once, then removes its record seconds later
                // without a change a listing shows; only a GET tells when it is gone.
                else if (trusted && e.Listed && e.Last != null && !IsIn(e.Last, _changes.MayVanishFrom) && !IsIn(e.Last, _changes.ReadAgain))
                {
                    e.Seen = now;
                    answers[id] = (e.Last, null);
                }
                else if (vanishing != null && e.Listed && e.Last != null && IsIn(e.Last, _changes.MayVanishFrom))
                {
                    // In neither listing: it is gone, as a GET's 404 would say.
                    e.Last = vanishing.TryGetValue(id, out var still) ? still : null;
                    e.Seen = now;
                    answers[id] = (e.Last, null);
                }
                else again.Add(id);
            }
            foreach (var kv in await GetEachAsync(again, now).ConfigureAwait(false)) answers[kv.Key] = kv.Value;
            return answers;
        }

        private bool IsIn(T item, string[] statuses) =>
            statuses.Length > 0 && statuses.Contains(_d.Status!.Read(item) ?? "", StringComparer.OrdinalIgnoreCase);

        private async Task<bool> SupportedAsync()
        {
            if (_supported.HasValue) return _supported.Value;
            var needed = _changes.MinMicroversion;
            var have = needed == null ? null : await _client.Session.GetMicroversionAsync(_d.ServiceType, _lifetime).ConfigureAwait(false);
            _supported = needed == null || (have != null && have.Value >= Microversion.Parse(needed));
            return _supported.Value;
        }

        private async Task<Dictionary<string, (T? Value, Exception? Error)>> GetEachAsync(List<string> ids, DateTimeOffset now)
        {
            var reads = ids.Select(async id =>
            {
                try
                {
                    var item = await _client.GetAsync(_d, id, _lifetime).ConfigureAwait(false);
                    Entry e;
                    lock (_gate) e = _entries[id];
                    e.Last = item;
                    e.Seen = now;
                    return (id, (item, (Exception?)null));
                }
                catch (Exception ex)
                {
                    return (id, ((T?)null, (Exception?)ex));
                }
            }).ToList();
            var done = await Task.WhenAll(reads).ConfigureAwait(false);
            return done.ToDictionary(d => d.id, d => d.Item2, StringComparer.Ordinal);
        }

        /// <summary>Every resource the filter lists, by id, every page read.</summary>
        private async Task<Dictionary<string, T>> ListAsync(Query filter)
        {
            var path = _d.ListFrom + filter.ToQueryString();
            var items = new Dictionary<string, T>(StringComparer.Ordinal);
            var asked = new HashSet<string>(StringComparer.Ordinal);
            string? next = path;
            while (next != null)
            {
                if (!asked.Add(next))
                    throw new OpenStackException("The " + _d.ServiceType + " service sent the same next-page link twice (" + next + "); stopped to avoid an endless listing.");
                using var response = await _client.Session.SendAsync(new ServiceRequest(HttpMethod.Get, _d.ServiceType, next), _lifetime).ConfigureAwait(false);
                if (response.Headers.Date is DateTimeOffset date) _offset = date - DateTimeOffset.UtcNow;
                var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                using var doc = JsonDocument.Parse(bytes);
                if (!doc.RootElement.TryGetProperty(_d.Plural, out var list) || list.ValueKind != JsonValueKind.Array)
                    throw new OpenStackException("The " + _d.ServiceType + " service answered GET " + next + " without a '" + _d.Plural + "' list.");
                var count = 0;
                foreach (var element in list.EnumerateArray())
                {
                    count++;
                    if (element.Deserialize(_d.Type) is T item) items[_d.IdOf(item)] = item;
                }
                var link = Pager.NextLink(doc.RootElement, _d.Plural);
                next = count == 0 || link == null ? null : Pager.ContinueFrom(path, link);
            }
            return items;
        }
    }
}
