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
        [InlineData(413, typeof(OverLimitException))]
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
    }
}
