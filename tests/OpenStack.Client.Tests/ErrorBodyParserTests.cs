using System.Net;
using OpenStack.Client.Core;
using Xunit;

namespace OpenStack.Client.Tests
{
    public class ErrorBodyParserTests
    {
        [Fact]
        public void Nova_fault_wrapper()
        {
            var body = "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance 9e3f could not be found.\"}}";
            Assert.Equal("Instance 9e3f could not be found.", ErrorBodyParser.Parse(body));
        }

        [Fact]
        public void Cinder_bad_request()
        {
            var body = "{\"badRequest\": {\"code\": 400, \"message\": \"Invalid input for field/attribute size.\"}}";
            Assert.Equal("Invalid input for field/attribute size.", ErrorBodyParser.Parse(body));
        }

        [Fact]
        public void Neutron_error_keeps_type_and_message()
        {
            var body = "{\"NeutronError\": {\"type\": \"InvalidInput\", \"message\": \"Invalid input for operation: 'x' is not a valid IP subnet.\", \"detail\": \"\"}}";
            Assert.Equal("InvalidInput: Invalid input for operation: 'x' is not a valid IP subnet.", ErrorBodyParser.Parse(body));
        }

        [Fact]
        public void Keystone_error()
        {
            var body = "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"The request you have made requires authentication.\"}}";
            Assert.Equal("The request you have made requires authentication.", ErrorBodyParser.Parse(body));
        }

        [Fact]
        public void Magnum_errors_list()
        {
            var body = "{\"errors\": [{\"request_id\": \"\", \"code\": \"client\", \"status\": 400, \"title\": \"Bad request\", \"detail\": \"ClusterTemplate 42 is referenced by one or multiple clusters.\", \"links\": []}]}";
            Assert.Equal("ClusterTemplate 42 is referenced by one or multiple clusters.", ErrorBodyParser.Parse(body));
        }

        [Fact]
        public void Magnum_faultstring_with_nested_json()
        {
            var body = "{\"faultstring\": \"{\\\"errors\\\": [{\\\"detail\\\": \\\"nested detail\\\"}]}\"}";
            Assert.Equal("nested detail", ErrorBodyParser.Parse(body));
        }

        [Fact]
        public void Glance_html_page()
        {
            var body = "<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  No image found with ID 4b1c.<br /><br />\n\n\n\n </body>\n</html>";
            Assert.Equal("No image found with ID 4b1c.", ErrorBodyParser.Parse(body, "text/html"));
        }

        [Fact]
        public void Glance_json_message_loses_webobs_line_breaks()
        {
            // Glance's answer to a web-download import of a URL its filter refuses.
            var body = "{\"message\": \"URI for web-download does not pass filtering: http://127.0.0.1:9/disk.raw<br /><br />\\n\\n\\n\", \"code\": \"400 Bad Request\", \"title\": \"Bad Request\"}";
            Assert.Equal("URI for web-download does not pass filtering: http://127.0.0.1:9/disk.raw", ErrorBodyParser.Parse(body, "application/json"));
        }

        [Fact]
        public void Plain_text_is_collapsed()
        {
            Assert.Equal("409 Conflict There was a conflict", ErrorBodyParser.Parse("409 Conflict\n\nThere was a conflict\n"));
        }

        [Fact]
        public void Empty_body_gives_null()
        {
            Assert.Null(ErrorBodyParser.Parse(""));
            Assert.Null(ErrorBodyParser.Parse(null));
        }

        [Theory]
        [InlineData(400, typeof(BadRequestException))]
        [InlineData(401, typeof(UnauthorizedException))]
        [InlineData(403, typeof(ForbiddenException))]
        [InlineData(404, typeof(NotFoundException))]
        [InlineData(409, typeof(ConflictException))]
        [InlineData(413, typeof(QuotaExceededException))]
        [InlineData(429, typeof(OverLimitException))]
        [InlineData(500, typeof(ServiceUnavailableException))]
        [InlineData(503, typeof(ServiceUnavailableException))]
        [InlineData(504, typeof(ServiceTimeoutException))]
        public void Status_maps_to_exception_type(int status, System.Type expected)
        {
            var ex = OpenStackException.FromStatus((HttpStatusCode)status, "GET", new System.Uri("http://nova:8774/v2.1/servers/x?secret=1"), "compute", null, null, "req-1");
            Assert.IsType(expected, ex);
            Assert.Equal("req-1", ex.RequestId);
            Assert.Equal("http://nova:8774/v2.1/servers/x", ex.Url);
            Assert.DoesNotContain("secret", ex.Message);
        }

        [Fact]
        public void Message_carries_service_text_status_and_request_id()
        {
            var ex = OpenStackException.FromStatus(HttpStatusCode.NotFound, "GET", new System.Uri("http://nova:8774/v2.1/servers/x"), "compute",
                "{\"itemNotFound\": {\"message\": \"Instance x could not be found.\"}}", "application/json", "req-abc");
            Assert.Equal("Instance x could not be found. (HTTP 404, GET http://nova:8774/v2.1/servers/x, request req-abc)", ex.Message);
            Assert.Equal("NotFoundException: " + ex.Message, ex.ToString());
        }
            // Each service says "over quota" its own way; all of them are one exception, and nothing else is.
        [Theory]
        [InlineData(403, "compute", "{\"forbidden\": {\"code\": 403, \"message\": \"Quota exceeded for instances: Requested 1, but already used 1 of 1 instances\"}}", "forbidden")]
        [InlineData(403, "compute", "{\"forbidden\": {\"code\": 403, \"message\": \"Maximum number of ports exceeded\"}}", "forbidden")]
        [InlineData(413, "block-storage", "{\"overLimit\": {\"code\": 413, \"message\": \"VolumeLimitExceeded: Maximum number of volumes allowed (0) exceeded for quota 'volumes'.\", \"retryAfter\": \"0\"}}", "overLimit")]
        [InlineData(413, "block-storage", "{\"overLimit\": {\"code\": 413, \"message\": \"VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota.\"}}", "overLimit")]
        [InlineData(409, "network", "{\"NeutronError\": {\"type\": \"OverQuota\", \"message\": \"Quota exceeded for resources: ['port'].\", \"detail\": \"\"}}", "OverQuota")]
        public void Quota_refusals_are_QuotaExceeded_whatever_the_status(int status, string service, string body, string type)
        {
            var ex = OpenStackException.FromStatus((HttpStatusCode)status, "POST", new System.Uri("http://cloud/x"), service, body, "application/json", "req-q");
            Assert.IsType<QuotaExceededException>(ex);
            Assert.Equal(type, ex.ErrorType);
            Assert.Contains("request req-q", ex.Message);
            Assert.Contains("Get-OSQuota -Usage", ex.RecommendedAction);
        }

        [Theory]
        [InlineData(403, "compute", "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow os_compute_api:os-quota-sets:update to be performed.\"}}", typeof(ForbiddenException))]
        [InlineData(403, "network", "{\"NeutronError\": {\"type\": \"HTTPForbidden\", \"message\": \"Quota exceeded? no: not allowed\", \"detail\": \"\"}}", typeof(ForbiddenException))]
        [InlineData(409, "network", "{\"NeutronError\": {\"type\": \"IpAddressInUse\", \"message\": \"Unable to complete operation for network x.\", \"detail\": \"\"}}", typeof(ConflictException))]
        [InlineData(409, "compute", "{\"conflictingRequest\": {\"code\": 409, \"message\": \"Cannot 'stop' instance while it is in task_state powering-off\"}}", typeof(ConflictException))]
        public void Other_refusals_keep_their_type(int status, string service, string body, System.Type expected)
        {
            Assert.IsType(expected, OpenStackException.FromStatus((HttpStatusCode)status, "POST", new System.Uri("http://cloud/x"), service, body, "application/json", "req-q"));
        }
    }
}
