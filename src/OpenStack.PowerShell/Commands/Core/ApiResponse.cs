using System.Collections.Generic;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>What Invoke-OSApi -Raw returns: the response as it came, with secret headers masked.</summary>
    public sealed class ApiResponse
    {
        public ApiResponse(int statusCode, string? reasonPhrase, IDictionary<string, string> headers, string content, string? requestId)
        {
            StatusCode = statusCode; ReasonPhrase = reasonPhrase; Headers = headers; Content = content; RequestId = requestId;
        }

        public int StatusCode { get; }
        public string? ReasonPhrase { get; }
        public IDictionary<string, string> Headers { get; }
        public string Content { get; }
        public string? RequestId { get; }

        public override string ToString() => StatusCode + " " + ReasonPhrase;
    }
}
