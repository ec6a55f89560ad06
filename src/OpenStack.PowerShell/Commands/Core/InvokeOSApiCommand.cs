using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// Invoke-OSApi: any call to any service in the catalog, with the session's token, microversion, retries,
    /// tracing and errors. Returns the parsed JSON, or the whole response with -Raw.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "OSApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject), typeof(ApiResponse))]
    public sealed class InvokeOSApiCommand : OpenStackCmdlet
    {
        /// <summary>Service type or alias: compute, network, image, block-storage (volumev3), identity, container-infra, placement.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("ServiceType")]
        [ValidateNotNullOrEmpty]
        public string Service { get; set; } = null!;

        /// <summary>Relative to the service's versioned endpoint, e.g. "servers/detail?limit=5" or "/flavors".</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = null!;

        [Parameter]
        [ValidateSet("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")]
        public string Method { get; set; } = "GET";

        /// <summary>A hashtable or object (sent as JSON) or a JSON string.</summary>
        [Parameter(ValueFromPipeline = true)]
        public object? Body { get; set; }

        /// <summary>Microversion for this call only, e.g. 2.79.</summary>
        [Parameter]
        public string? ApiVersion { get; set; }

        /// <summary>Sends this file as the body, streamed (image data, for example). Content type defaults to application/octet-stream.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? InFile { get; set; }

        [Parameter]
        public string? ContentType { get; set; }

        [Parameter]
        public Hashtable? Header { get; set; }

        [Parameter]
        public SwitchParameter Raw { get; set; }

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var method = new HttpMethod(Method.ToUpperInvariant());
            if (ApiVersion != null && !Microversion.TryParse(ApiVersion, out _))
            {
                WriteOpenStackError(new ArgumentException("-ApiVersion '" + ApiVersion + "' is not a microversion like 2.79."), ApiVersion);
                return;
            }
            // Checked before anything is built or sent: a line break in a value would smuggle a second request.
            if (Header != null)
                foreach (DictionaryEntry h in Header)
                {
                    var problem = HeaderRules.Problem(h.Key?.ToString(), h.Value?.ToString());
                    if (problem == null) continue;
                    WriteError(new ErrorRecord(new ArgumentException(problem), "OpenStack.InvalidHeader", ErrorCategory.InvalidArgument, h.Key?.ToString()));
                    return;
                }
            if (InFile != null && Body != null)
            {
                WriteOpenStackError(new ArgumentException("Give -Body or -InFile, not both."), InFile);
                return;
            }
            ServiceRequest request = null!;
            if (!Try((object?)InFile ?? Body, () => request = InFile != null ? FileRequest(method) : JsonRequest(method))) return;
            request.Microversion = ApiVersion;
            request.AllowErrorStatus = Raw;
            if (Header != null)
                foreach (DictionaryEntry h in Header) request.Headers[h.Key.ToString()!] = h.Value?.ToString() ?? "";

            if (method != HttpMethod.Get && method != HttpMethod.Head && !ShouldProcess(Service + " " + Path, Method))
            {
                request.Content?.Dispose();
                return;
            }
            try
            {
                Try(Service + " " + Path, () =>
                {
                    if (Raw) WriteObject(Run(ct => ReadRaw(session, request, ct)));
                    else
                    {
                        using var doc = Run(ct => session.SendForDocumentAsync(request, ct));
                        if (doc != null) WriteObject(PSJson.ToPS(doc.RootElement), enumerateCollection: true);
                    }
                });
            }
            finally
            {
                request.Content?.Dispose();
            }
        }

        private ServiceRequest JsonRequest(HttpMethod method)
        {
            if (Body == null) return new ServiceRequest(method, Service, Path);
            return ServiceRequest.Json(method, Service, Path, PSJson.ToJson(Body), ContentType ?? "application/json");
        }

        private ServiceRequest FileRequest(HttpMethod method)
        {
            var path = GetUnresolvedProviderPathFromPSPath(InFile);
            var stream = new System.IO.FileStream(path, System.IO.FileMode.Open, System.IO.FileAccess.Read, System.IO.FileShare.Read, 81920, useAsync: true);
            var content = new StreamContent(stream, 81920);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(ContentType ?? "application/octet-stream");
            content.Headers.ContentLength = stream.Length;
            // A stream can be sent once: no retry and no re-authentication resend.
            return new ServiceRequest(method, Service, Path) { Content = content, NotReplayable = true };
        }

        private static async System.Threading.Tasks.Task<ApiResponse> ReadRaw(OpenStackSession session, ServiceRequest request, System.Threading.CancellationToken ct)
        {
            using var response = await session.SendAsync(request, ct).ConfigureAwait(false);
            var content = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in response.Headers.Concat(response.Content.Headers))
                headers[h.Key] = Redactor.Header(h.Key, string.Join(", ", h.Value));
            return new ApiResponse((int)response.StatusCode, response.ReasonPhrase, headers, content, RequestIds.From(response));
        }
    }
}
