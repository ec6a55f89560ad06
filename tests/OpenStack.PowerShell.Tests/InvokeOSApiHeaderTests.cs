using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>Invoke-OSApi -Header: what cannot be a header, or belongs to the session, is refused before anything is sent.</summary>
    public sealed class InvokeOSApiHeaderTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();

        public InvokeOSApiHeaderTests()
        {
            TestCloud.Require();
            _ps.Run("Connect-OpenStack -Cloud testcloud-demo").ThrowIfFailed();
        }

        public void Dispose() => _ps.Dispose();

        public static IEnumerable<object[]> BadHeaders() => new[]
        {
            new object[] { "X-Trace", "a\r\nDELETE /v2.1/servers/x HTTP/1.1\r\nX-Smuggled: 1", "CR or LF" },
            new object[] { "X-Trace", "a\nb", "CR or LF" },
            new object[] { "X-Trace", "a\rb", "CR or LF" },
            new object[] { "X-Bad\r\nHost", "x", "not a valid header name" },
            new object[] { "X Space", "x", "not a valid header name" },
            new object[] { "", "x", "not a valid header name" },
            new object[] { "X-Auth-Token", "forged", "set by the session" },
            new object[] { "x-auth-token", "forged", "set by the session" },
            new object[] { "Host", "evil.example", "set by the session" },
            new object[] { "Content-Length", "5", "set by the session" },
            new object[] { "Transfer-Encoding", "chunked", "set by the session" },
            new object[] { "OpenStack-API-Version", "compute 2.1", "-ApiVersion" },
            new object[] { "X-OpenStack-Nova-API-Version", "2.1", "-ApiVersion" },
        };

        [Theory]
        [MemberData(nameof(BadHeaders))]
        public void A_bad_or_reserved_header_is_an_InvalidArgument_error_and_nothing_is_sent(string name, string value, string why)
        {
            var r = _ps.Run("Invoke-OSApi compute flavors -Header @{ $name = $value }",
                new Dictionary<string, object?> { ["name"] = name, ["value"] = value });
            var error = Assert.Single(r.AllErrors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.StartsWith("OpenStack.InvalidHeader", error.FullyQualifiedErrorId);
            Assert.Contains(why, error.Exception.Message);
            Assert.DoesNotContain(r.Verbose, v => v.StartsWith("HTTP ", StringComparison.Ordinal));
            Assert.Empty(r.Output);
        }

        [Fact]
        public void An_ordinary_header_is_sent()
        {
            var r = _ps.Run("(Invoke-OSApi compute flavors -Header @{ 'X-Test-Note' = 'hello world'; 'Accept-Language' = 'en' }).flavors.Count")
                .ThrowIfFailed();
            Assert.True(int.Parse(Assert.Single(r.Output).ToString()) > 0);
        }
    }
}
