using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Http;
using OpenStack.Client.Identity;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// An authenticated connection to one cloud: token (never shown), catalog, region, interface and negotiated
    /// microversions, with one HttpClient whose handlers add auth, retry and trace. Safe for concurrent use.
    /// </summary>
    public sealed partial class OpenStackSession : IDisposable
    {
        private readonly CloudConfig _config;
        private readonly HttpClient _http;
        private readonly HttpMessageInvoker _unauthenticated;
        private readonly HttpMessageHandler _transport;
        private readonly bool _ownsTransport;
        private readonly TokenProvider _tokens;
        private readonly KeystoneAuthenticator _authenticator;
        private ScopeState? _state;
        private bool _disposed;

        private OpenStackSession(CloudConfig config, OpenStackSessionOptions options)
        {
            _config = config;
            Options = options;
            _ownsTransport = options.TransportHandler == null;
            _transport = options.TransportHandler ?? TlsSettings.CreateHandler(config, options);
            // auth → retry → request limit → redirect → trace → timeout → network; Keystone's own calls skip the auth step.
            var inner = new RetryHandler(options, new RequestLimitHandler(new RedirectHandler(new TraceHandler(new TimeoutHandler(options.RequestTimeout, _transport)))));
            _unauthenticated = new HttpMessageInvoker(inner, disposeHandler: false);
            _authenticator = new KeystoneAuthenticator(_unauthenticated, config);
            _tokens = new TokenProvider(_authenticator, options.TokenRefreshMargin);
            _http = new HttpClient(new AuthHandler(_tokens, inner), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
            _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
            _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        }

        /// <summary>Authenticates and returns a ready session. The config must be resolved (see <see cref="CloudConfigLoader"/>).</summary>
        public static async Task<OpenStackSession> ConnectAsync(CloudConfig config, OpenStackSessionOptions? options, CancellationToken ct)
        {
            config.Validate();
            var session = new OpenStackSession(config, options ?? new OpenStackSessionOptions());
            try
            {
                await session._tokens.GetValidTokenAsync(ct).ConfigureAwait(false);
                return session;
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        public OpenStackSessionOptions Options { get; }
        /// <summary>What the caller keeps this connection under (by default the cloud's name); null until it is named.</summary>
        public string? Name { get; set; }
        public string? CloudName => _config.CloudName;
        /// <summary>Where the settings came from: a clouds.yaml path, the OS_* variables or parameters.</summary>
        public string? ConfigSource => _config.Source;
        public Uri AuthUrl => _authenticator.IdentityUrl;
        public AuthType AuthType => _config.AuthType ?? AuthType.Password;
        private TokenBody Token => (_tokens.Current ?? throw new ObjectDisposedException(nameof(OpenStackSession))).Body;
        public string? UserName => Token.User?.Name;
        public string? UserId => Token.User?.Id;
        public string? UserDomainName => Token.User?.Domain?.Name;
        public string? ProjectName => Token.Project?.Name;
        public string? ProjectId => Token.Project?.Id;
        public string? ProjectDomainName => Token.Project?.Domain?.Name;
        /// <summary>The domain of a domain-scoped token.</summary>
        public string? DomainName => Token.Domain?.Name;
        public bool SystemScope => Token.System.HasValue;
        public IReadOnlyList<string> Roles => Token.Roles?.Select(r => r.Name ?? r.Id ?? "").ToList() ?? new List<string>();
        public string? Region => _config.RegionName;
        public string Interface => ServiceCatalog.NormalizeInterface(_config.Interface ?? "public");
        public DateTimeOffset TokenExpiresAt => (_tokens.Current ?? throw new ObjectDisposedException(nameof(OpenStackSession))).ExpiresAt;
        public ServiceCatalog Catalog => (_tokens.Current ?? throw new ObjectDisposedException(nameof(OpenStackSession))).Catalog;
        /// <summary>How many tokens this session has obtained (first login included).</summary>
        public int AuthenticationCount => _tokens.AuthenticationCount;
        public bool IsDisposed => _disposed;

        /// <summary>The microversions agreed so far, by service type. Services are negotiated on first use.</summary>
        public IReadOnlyDictionary<string, string> Microversions
        {
            get
            {
                var result = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var kv in State().Microversions)
                    if (kv.Value.Status == TaskStatus.RanToCompletion && kv.Value.Result.HasValue) result[kv.Key] = kv.Value.Result.Value.ToString();
                return result;
            }
        }

        public override string ToString() =>
            (UserName ?? UserId) + "@" + (ProjectName ?? DomainName ?? (SystemScope ? "system" : "unscoped")) + " on " + AuthUrl +
            (Region != null ? " (" + Region + ")" : "");

        /// <summary>The versioned endpoint of a service: override, else the catalog for this interface and region.</summary>
        public Uri GetEndpoint(string serviceType) => GetEndpoint(serviceType, State());

        private Uri GetEndpoint(string serviceType, ScopeState state)
        {
            var canonical = ServiceTypes.Canonical(serviceType);
            return state.Endpoints.GetOrAdd(canonical, type =>
            {
                // Keystone is the auth URL itself: an unscoped token has no catalog, yet its user may change their password.
                if (type == ServiceTypes.Identity && !_config.EndpointOverrides.ContainsKey(type)) return AuthUrl;
                var url = _config.EndpointOverrides.TryGetValue(type, out var o) ? o : state.Token.Catalog.Find(type, Interface, Region).Url;
                return type == ServiceTypes.Identity ? AuthUrl : EndpointVersion.Versioned(url, type, state.Token.Body.Project?.Id);
            });
        }

        /// <summary>
        /// What was derived from one token: endpoints from its catalog and project, and the microversions agreed in its
        /// project. Kept together with the token it came from, so a reader never mixes one project's token with another's
        /// catalog: a new token (refresh) gets new endpoints; a token of another project (a switch) new microversions too.
        /// </summary>
        private sealed class ScopeState
        {
            public ScopeState(AuthToken token, ConcurrentDictionary<string, Task<Microversion?>>? microversions)
            {
                Token = token;
                Microversions = microversions ?? new ConcurrentDictionary<string, Task<Microversion?>>(StringComparer.OrdinalIgnoreCase);
            }

            public AuthToken Token { get; }
            public ConcurrentDictionary<string, Uri> Endpoints { get; } = new ConcurrentDictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
            public ConcurrentDictionary<string, Task<Microversion?>> Microversions { get; }
        }

        private ScopeState State() => StateFor(_tokens.Current ?? throw new ObjectDisposedException(nameof(OpenStackSession)));

        private ScopeState StateFor(AuthToken token)
        {
            while (true)
            {
                var state = Volatile.Read(ref _state);
                if (state != null && ReferenceEquals(state.Token, token)) return state;
                var sameProject = state != null && state.Token.Body.Project?.Id == token.Body.Project?.Id;
                var fresh = new ScopeState(token, sameProject ? state!.Microversions : null);
                if (Interlocked.CompareExchange(ref _state, fresh, state) == state) return fresh;
            }
        }

        /// <summary>
        /// Re-scopes the session to another project of the same user with token authentication (no password): one new
        /// token whose catalog, project and (renegotiated on first use) microversions every later call uses. Concurrent
        /// callers see either the old scope or the new one, never a mix. An application credential is bound to its project
        /// and cannot switch.
        /// </summary>
        public async Task SwitchProjectAsync(string projectId, CancellationToken ct)
        {
            if (_disposed) throw new ObjectDisposedException(nameof(OpenStackSession), "This session was disconnected; run Connect-OpenStack again.");
            if (AuthType == AuthType.ApplicationCredential)
                throw new ConfigurationException("This session authenticates with an application credential, which is bound to the project it was made in: " +
                    "it cannot switch project. Connect with an application credential of the other project, or with a password.");
            await _tokens.SwitchAsync((current, c) => _authenticator.RescopeAsync(current, projectId, c),
                fresh => _authenticator.ProjectScope = fresh.Body.Project?.Id ?? projectId, ct).ConfigureAwait(false);
        }

        /// <summary>The microversion sent to a service: pinned by config, else negotiated once per session.</summary>
        public Task<Microversion?> GetMicroversionAsync(string serviceType, CancellationToken ct)
        {
            var type = ServiceTypes.Canonical(serviceType);
            if (ServiceTypes.MicroversionName(type) == null) return Task.FromResult<Microversion?>(null);
            var microversions = State().Microversions;
            var task = microversions.GetOrAdd(type, t => NegotiateAsync(t, CancellationToken.None));
            // A failed negotiation is not cached, so the next call tries again.
            if (task.IsFaulted || task.IsCanceled) microversions.TryRemove(type, out _);
            return ct.CanBeCanceled ? WithCancellation(task, ct) : task;
        }

        private async Task<Microversion?> NegotiateAsync(string type, CancellationToken ct)
        {
            _config.ApiVersions.TryGetValue(type, out var requested);
            if (requested != null && !string.Equals(requested, "latest", StringComparison.OrdinalIgnoreCase) && Microversion.TryParse(requested, out var pinned))
                return pinned;
            var endpoint = GetEndpoint(type);
            VersionRange? range = null;
            // Cinder's versioned URL ends in the project and has no version document; the root lists versions.
            var candidates = type == ServiceTypes.BlockStorage ? new[] { EndpointVersion.Root(endpoint) } : new[] { endpoint, EndpointVersion.Root(endpoint) };
            foreach (var candidate in candidates)
            {
                using var response = await SendAsync(new ServiceRequest(HttpMethod.Get, type, candidate.ToString()) { AllowErrorStatus = true, Microversion = "" }, ct).ConfigureAwait(false);
                // Version lists often come as 300 Multiple Choices.
                if (!response.IsSuccessStatusCode && (int)response.StatusCode != 300) continue;
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                try { range = VersionDiscovery.Parse(body, EndpointVersion.MajorVersion(endpoint)); }
                catch (System.Text.Json.JsonException) { range = null; }
                if (range?.Max != null) break;
            }
            var chosen = Microversion.Negotiate(type, requested, range?.Min, range?.Max);
            HttpTrace.Write(TraceLevel.Verbose, type + " API: server supports " + (range?.Min?.ToString() ?? "?") + " to " + (range?.Max?.ToString() ?? "?") +
                "; using " + (chosen?.ToString() ?? "no microversion"));
            return chosen;
        }

        private static async Task<T> WithCancellation<T>(Task<T> task, CancellationToken ct)
        {
            if (task.IsCompleted) return await task.ConfigureAwait(false);
            var cancelled = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (ct.Register(() => cancelled.TrySetCanceled(ct)))
                return await (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false)).ConfigureAwait(false);
        }

        /// <summary>Revokes the session's token at Keystone. Later calls would authenticate again.</summary>
        public async Task RevokeAsync(CancellationToken ct)
        {
            var token = _tokens.Current;
            if (token == null) return;
            await _authenticator.RevokeAsync(token, ct).ConfigureAwait(false);
        }

        /// <summary>
        /// After the user changed their own password, which makes Keystone revoke their tokens: a session that
        /// authenticates with a password takes the new one and authenticates again; one with an application credential
        /// (which outlives the change) authenticates again as it was. False for a token session, which cannot: the user
        /// connects again. Nothing is written to clouds.yaml or elsewhere.
        /// </summary>
        public async Task<bool> RenewAfterPasswordChangeAsync(Secret newPassword, CancellationToken ct)
        {
            if (newPassword == null) throw new ArgumentNullException(nameof(newPassword));
            if (AuthType == AuthType.Token) return false;
            if (AuthType == AuthType.Password) _config.Password = newPassword;
            // Keystone's revocation covers every token issued up to the change's second, and a token records its issue time in
            // whole seconds: one issued within that second would be refused too, so the new one is asked for after it.
            await Task.Delay(TimeSpan.FromMilliseconds(1100), ct).ConfigureAwait(false);
            var stale = _tokens.Current;
            if (stale == null) await _tokens.GetValidTokenAsync(ct).ConfigureAwait(false);
            else await _tokens.ReauthenticateAsync(stale, ct).ConfigureAwait(false);
            return true;
        }

        /// <summary>
        /// What this session connects with, as a new config: auth URL, auth type, user, the project it is scoped to now,
        /// region, interface, TLS and endpoint settings. The password, application credential secret and token are left
        /// out unless <paramref name="includeSecrets"/>.
        /// </summary>
        public CloudConfig ExportSettings(bool includeSecrets)
        {
            var copy = new CloudConfig().MergeFrom(_config);
            copy.Source = null;
            var project = _tokens.Current?.Body.Project;
            if (project?.Id != null && project.Id != _config.ProjectId && project.Name != _config.ProjectName)
            {
                // Switched project since connecting: export the project in use, by id.
                copy.ProjectId = project.Id;
                copy.ProjectName = project.Name;
                copy.ProjectDomainId = project.Domain?.Id;
                copy.ProjectDomainName = project.Domain?.Name;
            }
            if (!includeSecrets)
            {
                copy.Password = null;
                copy.ApplicationCredentialSecret = null;
                copy.Token = null;
            }
            return copy;
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            _http.Dispose();
            _unauthenticated.Dispose();
            if (_ownsTransport) _transport.Dispose();
        }
    }
}
