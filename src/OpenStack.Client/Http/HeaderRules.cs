using System;
using System.Collections.Generic;

namespace OpenStack.Client.Http
{
    /// <summary>
    /// What a caller may add as a request header: a valid name (an HTTP token), a value without line breaks or other
    /// control characters, and none of the headers the session itself owns (the token, the framing, the host, the
    /// microversion), which a caller's copy could forge or contradict.
    /// </summary>
    public static class HeaderRules
    {
        private static readonly HashSet<string> SessionOwned = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "X-Auth-Token", "Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Proxy-Connection", "Upgrade",
            "TE", "Trailer", "Expect",
        };

        private static readonly HashSet<string> Microversion = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "OpenStack-API-Version", "X-OpenStack-Nova-API-Version",
        };

        /// <summary>Why the header cannot be sent, or null when it can. The message never repeats the value.</summary>
        public static string? Problem(string? name, string? value)
        {
            if (string.IsNullOrEmpty(name) || !IsToken(name!))
                return "'" + Printable(name ?? "") + "' is not a valid header name: use letters, digits and !#$%&'*+-.^_`|~ only.";
            if (SessionOwned.Contains(name!))
                return "The header '" + name + "' is set by the session (the token, the host and the body's framing are its own), not by -Header.";
            if (Microversion.Contains(name!))
                return "The header '" + name + "' carries the microversion: give it with -ApiVersion (e.g. -ApiVersion 2.79) instead.";
            foreach (var c in value ?? "")
            {
                if (c == '\r' || c == '\n')
                    return "The value of header '" + name + "' holds a CR or LF, which would end the header and start another: it was not sent.";
                if ((c < ' ' && c != '\t') || c == '\u007f')
                    return "The value of header '" + name + "' holds a control character: it was not sent.";
                if (c > '\u007e')
                    return "The value of header '" + name + "' holds a character outside ASCII: HTTP headers carry ASCII only.";
            }
            return null;
        }

        private static bool IsToken(string name)
        {
            foreach (var c in name)
            {
                var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
                if (!ok) return false;
            }
            return true;
        }

        private static string Printable(string s) =>
            s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
    }
}
