using System;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Http;

namespace OpenStack.Client.Identity
{
    /// <summary>
    /// Holds the session's current token. Refreshes it before expiry, and re-authenticates at most once for
    /// any number of concurrent callers that found the same token rejected.
    /// </summary>
    internal sealed class TokenProvider
    {
        private readonly KeystoneAuthenticator _authenticator;
        private readonly TimeSpan _refreshMargin;
        private readonly SemaphoreSlim _lock = new SemaphoreSlim(1, 1);
        private AuthToken? _current;

        public TokenProvider(KeystoneAuthenticator authenticator, TimeSpan refreshMargin)
        {
            _authenticator = authenticator;
            _refreshMargin = refreshMargin;
        }

        public AuthToken? Current => Volatile.Read(ref _current);

        /// <summary>Raised after every new token (first login, refresh, re-authentication).</summary>
        public event Action<AuthToken>? TokenChanged;

        /// <summary>How many times Keystone was asked for a token; shows that concurrent 401s share one re-auth.</summary>
        public int AuthenticationCount => Volatile.Read(ref _authCount);
        private int _authCount;

        public async Task<AuthToken> GetValidTokenAsync(CancellationToken ct)
        {
            var token = Current;
            if (token != null && token.ExpiresAt - DateTimeOffset.UtcNow > MarginFor(token)) return token;
            return await RenewAsync(token, "the token expires at " + token?.ExpiresAt.ToString("u"), ct).ConfigureAwait(false);
        }

        /// <summary>
        /// The configured margin, but at most a quarter of the token's lifetime: a cloud that issues two-minute tokens
        /// would otherwise have every call fetch a new one.
        /// </summary>
        private TimeSpan MarginFor(AuthToken token)
        {
            var quarter = TimeSpan.FromTicks((token.ExpiresAt - token.ReceivedAt).Ticks / 4);
            return quarter < _refreshMargin ? quarter : _refreshMargin;
        }

        public Task<AuthToken> ReauthenticateAsync(AuthToken stale, CancellationToken ct) => RenewAsync(stale, "the service rejected the token", ct);

        private async Task<AuthToken> RenewAsync(AuthToken? stale, string why, CancellationToken ct)
        {
            await _lock.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var current = Current;
                // Someone else already replaced the token we saw: use theirs.
                if (current != null && !ReferenceEquals(current, stale)) return current;
                if (stale != null) HttpTrace.Write(TraceLevel.Verbose, "Authenticating again with Keystone: " + why);
                var fresh = await _authenticator.AuthenticateAsync(ct).ConfigureAwait(false);
                Interlocked.Increment(ref _authCount);
                Volatile.Write(ref _current, fresh);
                TokenChanged?.Invoke(fresh);
                return fresh;
            }
            finally
            {
                _lock.Release();
            }
        }

        /// <summary>
        /// Replaces the token with one for another scope, under the same lock as re-authentication: no refresh can
        /// interleave and put back a token of the old scope. <paramref name="commit"/> runs before the new token is
        /// published (it records the new scope for later re-authentication).
        /// </summary>
        public async Task<AuthToken> SwitchAsync(Func<AuthToken, CancellationToken, Task<AuthToken>> rescope, Action<AuthToken> commit, CancellationToken ct)
        {
            await _lock.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var current = Current;
                if (current == null || current.ExpiresAt - DateTimeOffset.UtcNow <= MarginFor(current))
                {
                    current = await _authenticator.AuthenticateAsync(ct).ConfigureAwait(false);
                    Interlocked.Increment(ref _authCount);
                    Volatile.Write(ref _current, current);
                    TokenChanged?.Invoke(current);
                }
                var fresh = await rescope(current, ct).ConfigureAwait(false);
                Interlocked.Increment(ref _authCount);
                commit(fresh);
                Volatile.Write(ref _current, fresh);
                TokenChanged?.Invoke(fresh);
                return fresh;
            }
            finally
            {
                _lock.Release();
            }
        }

        public void Clear() => Volatile.Write(ref _current, null);
    }
}
