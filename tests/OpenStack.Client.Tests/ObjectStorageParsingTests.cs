using System;
using System.Text.Json;
using OpenStack.Client.Http;
using OpenStack.Client.Json;
using OpenStack.Client.ObjectStorage;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Swift's listing bodies, temp URL signatures and the names refused before anything is sent.</summary>
    public sealed class ObjectStorageParsingTests
    {
        [Fact]
        public void An_object_listing_with_a_delimiter_reads_objects_and_pseudo_folders()
        {
            // As Swift 2.30 answers GET /v1/AUTH_x/c?format=json&delimiter=/ (an unknown field is kept).
            const string Body = @"[
                {""name"": ""a.txt"", ""hash"": ""b1946ac92492d2347c6235b4d2611184"", ""bytes"": 6, ""content_type"": ""text/plain"",
                 ""last_modified"": ""2026-12-02T00:53:59.123450"", ""symlink_path"": ""x""},
                {""subdir"": ""logs/""}]";
            var list = JsonSerializer.Deserialize(Body, OpenStackJsonContext.Default.ListStorageObject)!;
            Assert.Equal("a.txt", list[0].Name);
            Assert.False(list[0].IsFolder);
            Assert.Equal(6, list[0].Bytes);
            Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 53, 59, TimeSpan.Zero), list[0].LastModified!.Value.AddTicks(-1234500));
            Assert.True(list[0].ExtensionData!.ContainsKey("symlink_path"));
            Assert.Equal("logs/", list[1].Name);
            Assert.True(list[1].IsFolder);
        }

        [Fact]
        public void A_temp_url_signature_is_Swifts_HMAC_SHA256()
        {
            // Python: hmac.new(b'mykey', b'GET\n1440619048\n/v1/AUTH_account/container/object', hashlib.sha256).hexdigest()
            Assert.Equal("9ef8c448d4184fd16dd4013a1e3349149f895555655621dbf6d6a166f585af72",
                ObjectStorageClient.Sign("mykey", "GET", 1440619048, "/v1/AUTH_account/container/object"));
        }

        [Theory]
        [InlineData("a/b", "holds a '/'")]
        [InlineData("", "cannot be empty")]
        public void Container_names_Swift_refuses_are_refused_first(string name, string message)
        {
            var ex = Assert.Throws<ArgumentException>(() => ObjectStorageClient.ValidateContainerName(name));
            Assert.Contains(message, ex.Message);
            Assert.Contains("longer than Swift's 256 bytes",
                Assert.Throws<ArgumentException>(() => ObjectStorageClient.ValidateContainerName(new string('x', 257))).Message);
            Assert.Contains("'.' or '..'", Assert.Throws<ArgumentException>(() => ObjectStorageClient.ValidateObjectName("a/../b")).Message);
        }

        [Fact]
        public void Temp_url_key_headers_are_masked_in_traces()
        {
            Assert.Equal(Redactor.Mask, Redactor.Header("X-Account-Meta-Temp-Url-Key", "secret-key"));
            Assert.Equal(Redactor.Mask, Redactor.Header("x-container-meta-temp-url-key-2", "secret-key"));
        }
    }
}
