using System;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>The one translation point from client exceptions to ErrorRecords, exercised inside the loaded module.</summary>
    public sealed class ErrorRecordTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();

        public void Dispose() => _ps.Dispose();

        [Theory]
        [InlineData(400, "BadRequest", ErrorCategory.InvalidArgument)]
        [InlineData(401, "Unauthorized", ErrorCategory.AuthenticationError)]
        [InlineData(403, "Forbidden", ErrorCategory.PermissionDenied)]
        [InlineData(404, "NotFound", ErrorCategory.ObjectNotFound)]
        [InlineData(413, "QuotaExceeded", ErrorCategory.QuotaExceeded)]
        [InlineData(429, "RateLimited", ErrorCategory.LimitsExceeded)]
        [InlineData(500, "ServiceUnavailable", ErrorCategory.ResourceUnavailable)]
        [InlineData(503, "ServiceUnavailable", ErrorCategory.ResourceUnavailable)]
        [InlineData(504, "Timeout", ErrorCategory.OperationTimeout)]
        public void Category_and_id_follow_the_status(int status, string id, ErrorCategory category)
        {
            var record = Translate(status, "{\"itemNotFound\":{\"message\":\"the service said so\"}}");
            Assert.Equal("OpenStack." + id, record.FullyQualifiedErrorId);
            Assert.Equal(category, record.CategoryInfo.Category);
            Assert.Equal("web1", record.TargetObject);
            Assert.Contains("the service said so", record.Exception.Message);
            Assert.Contains("request req-42", record.Exception.Message);
        }

        [Theory]
        [InlineData("Server web1 already exists.", ErrorCategory.ResourceExists)]
        [InlineData("Cannot 'stop' instance while it is in task_state powering-off", ErrorCategory.ResourceBusy)]
        public void Conflict_is_exists_or_busy(string message, ErrorCategory category)
        {
            var record = Translate(409, "{\"conflictingRequest\":{\"message\":\"" + message + "\"}}");
            Assert.Equal(category, record.CategoryInfo.Category);
        }

        [Fact]
        public void Novas_quota_refusal_is_QuotaExceeded_not_Forbidden()
        {
            var record = Translate(403, "{\"forbidden\":{\"code\":403,\"message\":\"Quota exceeded for instances: Requested 1, but already used 1 of 1 instances\"}}");
            Assert.Equal("OpenStack.QuotaExceeded", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.QuotaExceeded, record.CategoryInfo.Category);
            Assert.StartsWith("Quota exceeded for instances", record.Exception.Message);
            Assert.Contains("Get-OSQuota -Usage", record.ErrorDetails.RecommendedAction);
        }

        private ErrorRecord Translate(int status, string body)
        {
            var r = _ps.Run(@"
                $assembly = (Get-Command Connect-OpenStack).ImplementingType.Assembly
                $records = $assembly.GetType('OpenStack.PowerShell.Internal.ErrorRecords')
                # The client as the cmdlets load it (the module's own load context): this test may run before any cmdlet did.
                $client = (Get-Command Get-OSServer).OutputType[0].Type.Assembly
                $ex = $client.GetType('OpenStack.Client.Core.OpenStackException')::FromStatus($status, 'GET', [uri]'http://nova/v2.1/servers/x', 'compute', $body, 'application/json', 'req-42')
                $records.GetMethod('From').Invoke($null, @($ex, 'web1'))",
                new System.Collections.Generic.Dictionary<string, object?> { ["status"] = status, ["body"] = body });
            r.ThrowIfFailed();
            return (ErrorRecord)Assert.Single(r.Output).BaseObject;
        }
    }
}
