using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.Client.Waiting;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>The request bodies and answers of the server lifecycle actions, over Nova's published samples and a stub.</summary>
    public sealed class ComputeLifecycleTests
    {
        private const string ServerId = "9168b536-cd40-4630-b43f-b259807c6e87";

        [Fact]
        public async Task A_snapshot_sends_Novas_body_and_reads_the_image_id_from_the_2_45_answer_or_the_Location_header()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(202, Samples.Read("compute/servers-v2.45/server-action-create-image-resp.json")));
            using (var s = await stub.ConnectAsync())
            {
                var id = await new ComputeClient(s).CreateServerImageAsync(ServerId, "foo-image", new Dictionary<string, string> { ["meta_var"] = "meta_val" });
                Assert.Equal("0e7761dd-ee98-41f0-ba35-05994e446431", id);
            }
            Assert.Contains("POST /compute/v2.1/servers/" + ServerId + "/action", stub.CallList());
            using (var sent = JsonDocument.Parse(stub.Bodies.Last()))
            using (var sample = JsonDocument.Parse(Samples.Read("compute/servers-v2.45/server-action-create-image.json")))
                Assert.True(JsonElement.DeepEquals(sample.RootElement, sent.RootElement), stub.Bodies.Last());

            // Before 2.45 the body is empty and the image is named by the Location header.
            var old = new StubTransport();
            old.Handler = r =>
            {
                var response = new HttpResponseMessage(System.Net.HttpStatusCode.Accepted) { Content = new StringContent("", Encoding.UTF8) };
                response.Headers.Location = new Uri("http://glance.test/v2/images/b1a2c3d4-0000-4000-8000-000000000001");
                return Task.FromResult(response);
            };
            using (var s = await old.ConnectAsync())
                Assert.Equal("b1a2c3d4-0000-4000-8000-000000000001", await new ComputeClient(s).CreateServerImageAsync(ServerId, "x", null));
        }

        [Fact]
        public void A_rebuild_sends_only_what_is_given_and_checks_user_data_first()
        {
            Assert.Equal("{\"imageRef\":\"i\"}", new ServerRebuildOptions { ImageId = "i" }.ToJson().ToJsonString());
            var all = new ServerRebuildOptions { ImageId = "i", Name = "n", KeyName = "k", UserData = "#cloud-config", PreserveEphemeral = true }.ToJson();
            Assert.Equal("{\"imageRef\":\"i\",\"name\":\"n\",\"key_name\":\"k\",\"user_data\":\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes("#cloud-config")) +
                "\",\"preserve_ephemeral\":true}", all.ToJsonString());
            Assert.Throws<ArgumentException>(() => new ServerRebuildOptions().ToJson());
            Assert.Throws<ArgumentException>(() => new ServerRebuildOptions { ImageId = "i", UserData = new string('x', 50000) }.ToJson());
        }

        [Theory]
        [InlineData("ACTIVE", null, "ACTIVE")]
        [InlineData("SHELVED", "shelving_offloading", "SHELVED (shelving_offloading)")]
        [InlineData("VERIFY_RESIZE", "", "VERIFY_RESIZE")]
        [InlineData("ERROR", "deleting", "ERROR")]
        public void A_server_is_settled_only_while_no_task_runs(string status, string? task, string settled) =>
            Assert.Equal(settled, ComputeClient.SettledStatus(new Server { Status = status, TaskState = task }));

        [Fact]
        public async Task A_resize_that_ends_back_in_ACTIVE_is_a_failure_with_the_failed_events_details()
        {
            var stub = new StubTransport();
            stub.Handler = r =>
            {
                var path = r.RequestUri!.AbsolutePath;
                if (path.EndsWith("/os-instance-actions", StringComparison.Ordinal))
                    return Task.FromResult(StubTransport.Json(200, "{\"instanceActions\":[{\"action\":\"resize\",\"request_id\":\"req-1\",\"message\":\"Error\"}," +
                        "{\"action\":\"create\",\"request_id\":\"req-0\",\"message\":null}]}"));
                if (path.EndsWith("/os-instance-actions/req-1", StringComparison.Ordinal))
                    return Task.FromResult(StubTransport.Json(200, "{\"instanceAction\":{\"action\":\"resize\",\"request_id\":\"req-1\",\"events\":[" +
                        "{\"event\":\"compute_prep_resize\",\"result\":\"Success\"},{\"event\":\"cold_migrate\",\"result\":\"Error\",\"details\":\"No valid host was found. \"}]}}"));
                return Task.FromResult(StubTransport.Json(200, "{\"server\":{\"id\":\"" + ServerId + "\",\"name\":\"s\",\"status\":\"ACTIVE\",\"OS-EXT-STS:task_state\":null}}"));
            };
            using var s = await stub.ConnectAsync();
            var options = new WaitOptions("VERIFY_RESIZE") { Interval = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(30) };
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => new ComputeClient(s).WaitForResizeAsync(ServerId, options));
            Assert.Equal("The resize of server " + ServerId + " ended without reaching VERIFY_RESIZE: the server is ACTIVE again. " +
                "Nova's record of the resize (request req-1) says: No valid host was found.", ex.Message);
            Assert.Equal("ACTIVE", ex.Status);
        }

        [Fact]
        public async Task A_snapshot_wait_ends_when_Nova_is_done_and_the_image_has_no_data()
        {
            var stub = new StubTransport();
            var imageId = "b1a2c3d4-0000-4000-8000-000000000002";
            stub.Handler = r => Task.FromResult(r.RequestUri!.AbsolutePath.Contains("/image/", StringComparison.Ordinal)
                ? StubTransport.Json(200, "{\"id\":\"" + imageId + "\",\"name\":\"snap\",\"status\":\"queued\"}")
                : StubTransport.Json(200, "{\"server\":{\"id\":\"" + ServerId + "\",\"name\":\"s\",\"status\":\"ACTIVE\",\"OS-EXT-STS:task_state\":null}}"));
            using var s = await stub.ConnectAsync();
            var options = new WaitOptions("active") { Interval = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(30), Failures = new[] { "killed", "deleted" } };
            var ex = await Assert.ThrowsAsync<ResourceFailedException>(() => new ComputeClient(s).WaitForServerImageAsync(ServerId, imageId, options));
            Assert.Contains("is still queued: no image data was uploaded", ex.Message);
            // Two polls of each, not one: the image may turn active just as the task clears.
            Assert.Equal(2, stub.CallList().Count(c => c.Contains("/images/" + imageId)));
        }
    }
}
