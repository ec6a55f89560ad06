using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Compute;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;
using OpenStack.Client.Image;
using OpenStack.Client.Network;
using OpenStack.Client.Resources;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>The one generic client, driven by each service's declared facts: the requests it makes and how it reads the answers.</summary>
    public sealed class ResourceClientTests
    {
        private const string Uuid1 = "11111111-1111-1111-1111-111111111111";
        private const string Uuid2 = "22222222-2222-2222-2222-222222222222";

        /// <summary>A stub whose answers are chosen by method and path; the service calls made after connecting are returned.</summary>
        private static async Task<(ResourceClient Client, StubTransport Stub, Func<string[]> Calls)> StubAsync(Func<HttpRequestMessage, string, (int, string)> answer)
        {
            var stub = new StubTransport();
            stub.Handler = r =>
            {
                var (status, body) = answer(r, r.Method.Method + " " + r.RequestUri!.PathAndQuery);
                return Task.FromResult(StubTransport.Json(status, body));
            };
            var session = await stub.ConnectAsync();
            var before = stub.CallList().Count;
            return (new ResourceClient(session), stub, () => stub.CallList().Skip(before).Where(c => !c.StartsWith("POST /identity", StringComparison.Ordinal)).ToArray());
        }

        [Fact]
        public async Task A_server_name_is_found_by_a_regular_expression_and_a_network_name_by_an_exact_filter()
        {
            var (client, _, calls) = await StubAsync((r, call) =>
                call.Contains("/servers/detail") ? (200, "{\"servers\":[{\"id\":\"" + Uuid1 + "\",\"name\":\"web.1\"},{\"id\":\"" + Uuid2 + "\",\"name\":\"web21\"}]}")
                : call.Contains("/v2.0/networks") ? (200, "{\"networks\":[{\"id\":\"" + Uuid1 + "\",\"name\":\"web.1\"}]}")
                : (404, "{}"));
            // Nova matches a regular expression (so "web.1" would match "web21"): the name is escaped and anchored, and matched exactly here.
            Assert.Equal(Uuid1, (await client.FindAsync(ComputeResources.Servers, "web.1")).Id);
            Assert.Contains(calls(), c => c.EndsWith("/servers/detail?name=%5Eweb%5C.1%24", StringComparison.Ordinal));
            Assert.Equal(Uuid1, (await client.FindAsync(NetworkResources.Networks, "web.1")).Id);
            Assert.Contains(calls(), c => c.EndsWith("/v2.0/networks?name=web.1", StringComparison.Ordinal));
            // A name is never asked for as an id where ids are UUIDs.
            Assert.DoesNotContain(calls(), c => c.Contains("/servers/web.1") || c.Contains("/networks/web.1"));
        }

        [Fact]
        public async Task A_flavor_is_asked_for_by_id_whatever_its_shape_and_listed_with_private_ones_to_match_names_here()
        {
            var (client, _, calls) = await StubAsync((r, call) =>
                call.Contains("/flavors/detail") ? (200, "{\"flavors\":[{\"id\":\"42\",\"name\":\"m1.nano\"},{\"id\":\"1\",\"name\":\"m1.tiny\"}]}")
                : (404, "{\"itemNotFound\":{\"code\":404,\"message\":\"Flavor m1.nano could not be found.\"}}"));
            Assert.Equal("42", (await client.FindAsync(ComputeResources.Flavors, "m1.nano")).Id);
            var made = calls();
            Assert.Contains(made, c => c.EndsWith("/flavors/m1.nano", StringComparison.Ordinal));
            Assert.Contains(made, c => c.EndsWith("/flavors/detail?is_public=None", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_keypair_is_found_by_one_GET_of_its_name_and_listed_items_are_unwrapped()
        {
            var (client, _, calls) = await StubAsync((r, call) =>
                call.EndsWith("/os-keypairs/ops", StringComparison.Ordinal) ? (200, "{\"keypair\":{\"name\":\"ops\",\"fingerprint\":\"f\"}}")
                : call.EndsWith("/os-keypairs", StringComparison.Ordinal) ? (200, "{\"keypairs\":[{\"keypair\":{\"name\":\"a\"}},{\"keypair\":{\"name\":\"b\"}}]}")
                : (404, "{}"));
            Assert.Equal("f", (await client.FindAsync(ComputeResources.Keypairs, "ops")).Fingerprint);
            Assert.Single(calls());
            var missing = await Assert.ThrowsAsync<NotFoundException>(() => client.FindAsync(ComputeResources.Keypairs, "nope"));
            Assert.Equal("No keypair is named 'nope'.", missing.Message);
            Assert.Equal(new[] { "a", "b" }, (await client.ListAsync(ComputeResources.Keypairs).ToListAsync()).Select(k => k.Name));
        }

        [Fact]
        public async Task Bodies_are_wrapped_as_each_service_wants_and_partial_create_answers_are_read_back()
        {
            var (client, stub, calls) = await StubAsync((r, call) =>
                call.StartsWith("POST", StringComparison.Ordinal) && call.EndsWith("/servers", StringComparison.Ordinal) ? (202, "{\"server\":{\"id\":\"" + Uuid1 + "\",\"adminPass\":\"x\"}}")
                : call.EndsWith("/servers/" + Uuid1, StringComparison.Ordinal) ? (200, "{\"server\":{\"id\":\"" + Uuid1 + "\",\"name\":\"db\",\"status\":\"BUILD\"}}")
                : call.EndsWith("/v2.0/networks", StringComparison.Ordinal) ? (201, "{\"network\":{\"id\":\"" + Uuid2 + "\",\"name\":\"web\"}}")
                : call.Contains("/images") ? (201, "{\"id\":\"" + Uuid2 + "\",\"name\":\"img\",\"status\":\"queued\"}")
                : (404, "{}"));
            var server = await client.CreateAsync(ComputeResources.Servers, new JsonObject { ["name"] = "db" });
            Assert.Equal("BUILD", server.Status);
            Assert.Equal(new[] { "POST /compute/v2.1/servers", "GET /compute/v2.1/servers/" + Uuid1 }, calls().Where(c => c.Contains("/servers")));
            await client.CreateAsync(NetworkResources.Networks, new JsonObject { ["name"] = "web" });
            var image = await client.CreateAsync(ImageResources.Images, new JsonObject { ["name"] = "img" });
            Assert.Equal("queued", image.Status);
            var bodies = stub.Bodies.ToArray();
            Assert.Contains("{\"server\":{\"name\":\"db\"}}", bodies);
            Assert.Contains("{\"network\":{\"name\":\"web\"}}", bodies);
            Assert.Contains("{\"name\":\"img\"}", bodies);
        }

        [Fact]
        public async Task Updates_are_a_wrapped_PUT_or_a_JSON_patch_of_the_services_media_type()
        {
            string? patchType = null;
            var (client, stub, calls) = await StubAsync((r, call) =>
            {
                if (r.Method.Method == "PATCH") patchType = r.Content!.Headers.ContentType!.MediaType;
                return call.Contains("/v2.0/networks/") ? (200, "{\"network\":{\"id\":\"" + Uuid1 + "\",\"name\":\"new\"}}")
                    : call.Contains("/images/") ? (200, "{\"id\":\"" + Uuid1 + "\",\"name\":\"new\"}")
                    : (404, "{}");
            });
            Assert.Equal("new", (await client.UpdateAsync(NetworkResources.Networks, Uuid1, new JsonObject { ["name"] = "new" })).Name);
            Assert.Equal("new", (await client.UpdateAsync(ImageResources.Images, Uuid1, new JsonObject { ["name"] = "new" })).Name);
            Assert.Equal("application/openstack-images-v2.1-json-patch", patchType);
            Assert.Contains("{\"network\":{\"name\":\"new\"}}", stub.Bodies);
            Assert.Contains("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"new\"}]", stub.Bodies);
            Assert.Contains(calls(), c => c.StartsWith("PUT /network/v2.0/networks/" + Uuid1, StringComparison.Ordinal));
            await Assert.ThrowsAsync<ArgumentException>(() => client.UpdateAsync(NetworkResources.Networks, Uuid1, new JsonObject()));
            await Assert.ThrowsAsync<NotSupportedException>(() => client.UpdateAsync(ComputeResources.Flavors, "1", new JsonObject { ["name"] = "x" }));
        }

        [Fact]
        public async Task A_cluster_found_in_Magnums_summary_list_is_read_in_full()
        {
            var (client, _, calls) = await StubAsync((r, call) =>
                call.EndsWith("/clusters", StringComparison.Ordinal) ? (200, "{\"clusters\":[{\"uuid\":\"" + Uuid1 + "\",\"name\":\"k8s\"}]}")
                : call.EndsWith("/clusters/" + Uuid1, StringComparison.Ordinal) ? (200, "{\"uuid\":\"" + Uuid1 + "\",\"name\":\"k8s\",\"status_reason\":\"done\"}")
                : (404, "{}"));
            Assert.Equal("done", (await client.FindAsync(ContainerInfraResources.Clusters, "k8s")).StatusReason);
            Assert.Contains(calls(), c => c.EndsWith("/clusters/" + Uuid1, StringComparison.Ordinal));
            // By its uuid: one GET is the whole of it.
            var before = calls().Length;
            await client.FindAsync(ContainerInfraResources.Clusters, Uuid1);
            Assert.Equal(before + 1, calls().Length);
        }

        [Fact]
        public async Task Resources_under_a_parent_and_ids_taken_as_given()
        {
            var (client, _, calls) = await StubAsync((r, call) =>
                call.Contains("/os-volume_attachments") ? (200, "{\"volumeAttachments\":[{\"volumeId\":\"" + Uuid2 + "\",\"serverId\":\"" + Uuid1 + "\",\"device\":\"/dev/vdb\"}]}")
                : (404, "{}"));
            var attachments = await client.ListAsync(ComputeResources.VolumeAttachments.Under(Uuid1)).ToListAsync();
            Assert.Equal("/dev/vdb", Assert.Single(attachments).Device);
            Assert.Contains(calls(), c => c.EndsWith("/servers/" + Uuid1 + "/os-volume_attachments", StringComparison.Ordinal));
            var before = calls().Length;
            Assert.Equal(Uuid2, await client.ResolveIdAsync(ComputeResources.Servers, Uuid2));
            Assert.Equal(before, calls().Length);
        }

        [Fact]
        public async Task An_answer_without_the_expected_object_is_a_clear_error()
        {
            var (client, _, _) = await StubAsync((r, call) => (200, "{\"unexpected\":{}}"));
            var ex = await Assert.ThrowsAsync<OpenStackException>(() => client.GetAsync(NetworkResources.Networks, Uuid1));
            Assert.Contains("without the 'network' this client expects", ex.Message);
        }

        [Fact]
        public void Waits_take_their_targets_and_failures_from_the_descriptor()
        {
            var volumeReady = BlockStorageResources.Volumes.Status!.Failures;
            Assert.Contains("error_extending", volumeReady);
            var gone = BlockStorageResources.Volumes.WaitForDeletion();
            Assert.True(gone.GoneIsSuccess);
            Assert.Equal(new[] { "error_deleting" }, gone.Failures);
            // A cluster that failed to build is deleted all the same: only DELETE_FAILED ends that wait.
            var clusterGone = ContainerInfraResources.Clusters.WaitForDeletion();
            Assert.Null(clusterGone.FailureSuffix);
            Assert.Equal(new[] { "DELETE_FAILED" }, clusterGone.Failures);
            Assert.Equal(new[] { "SOFT_DELETED" }, ComputeResources.Servers.WaitForDeletion().Targets);
            Assert.Throws<InvalidOperationException>(() => NetworkResources.Networks.WaitFor("ACTIVE"));
        }

        [Fact]
        public async Task A_cluster_whose_deletion_failed_is_read_before_it_is_deleted_again_and_waited_on_until_gone()
        {
            var gets = 0;
            var (client, _, calls) = await StubAsync((r, call) =>
                call == "DELETE /magnum/v1/clusters/" + Uuid1 ? (204, "")
                : call == "GET /magnum/v1/clusters/" + Uuid1 ? (++gets switch
                {
                    <= 2 => (200, "{\"uuid\":\"" + Uuid1 + "\",\"name\":\"dev\",\"status\":\"DELETE_FAILED\",\"status_reason\":\"raw_template in use\"}"),
                    3 => (200, "{\"uuid\":\"" + Uuid1 + "\",\"name\":\"dev\",\"status\":\"DELETE_IN_PROGRESS\"}"),
                    _ => (404, "{\"errors\":[{\"status\":404,\"title\":\"Not Found\"}]}"),
                })
                : (404, "{}"));
            var clusters = ContainerInfraResources.Clusters;
            Assert.True(clusters.Status!.DeletionStartsLate);
            Assert.False(ComputeResources.Servers.Status!.DeletionStartsLate);
            var wait = clusters.WaitForDeletion();
            wait.Interval = TimeSpan.FromMilliseconds(1);
            await client.NoteFailureBeforeAsync(clusters, Uuid1, wait);
            Assert.Equal("DELETE_FAILED", wait.FailureBefore);
            await client.DeleteAsync(clusters, Uuid1, null);
            Assert.Null(await client.WaitAsync(clusters, Uuid1, wait));
            Assert.Equal(new[] { "GET", "DELETE", "GET", "GET", "GET" }, calls().Where(c => c.Contains(Uuid1)).Select(c => c.Split(' ')[0]));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task An_errored_server_is_waited_on_while_Nova_deletes_it_and_a_failed_deletion_ends_the_wait(bool deleted)
        {
            // Nova keeps ERROR while it deletes an errored server (task "deleting"); a deletion that fails clears the task.
            var gets = 0;
            var (client, _, _) = await StubAsync((r, call) =>
                call == "GET /compute/v2.1/servers/" + Uuid1 ? (++gets switch
                {
                    <= 2 => (200, "{\"server\":{\"id\":\"" + Uuid1 + "\",\"status\":\"ERROR\",\"OS-EXT-STS:task_state\":\"deleting\",\"fault\":{\"message\":\"No valid host\"}}}"),
                    _ when deleted => (404, "{\"itemNotFound\":{\"code\":404,\"message\":\"Instance could not be found.\"}}"),
                    _ => (200, "{\"server\":{\"id\":\"" + Uuid1 + "\",\"status\":\"ERROR\",\"OS-EXT-STS:task_state\":null,\"fault\":{\"message\":\"Failed to delete: disk busy\"}}}"),
                })
                : (404, "{}"));
            var wait = ComputeResources.Servers.WaitForDeletion();
            wait.Interval = TimeSpan.FromMilliseconds(1);
            if (deleted)
            {
                Assert.Null(await client.WaitAsync(ComputeResources.Servers, Uuid1, wait));
            }
            else
            {
                var ex = await Assert.ThrowsAnyAsync<Exception>(() => client.WaitAsync(ComputeResources.Servers, Uuid1, wait));
                Assert.Contains("Failed to delete: disk busy", ex.Message);
            }
            Assert.True(gets >= 3);
        }

        private sealed class NewerOptions : ResourceOptions
        {
            public string Needs { get; set; } = "2.80";
            public override string? MinMicroversion => Needs;
            protected override void Write(JsonObject o) => o["name"] = "g";
        }

        [Fact]
        public async Task A_body_newer_than_the_clouds_microversion_is_refused_before_it_is_sent()
        {
            // The stub's session is pinned to compute 2.79.
            var (client, _, calls) = await StubAsync((r, call) => (200, "{\"server_group\":{\"id\":\"" + Uuid1 + "\",\"name\":\"g\"}}"));
            var ex = await Assert.ThrowsAsync<NotSupportedException>(() => client.CreateAsync(ComputeResources.ServerGroups, new NewerOptions()));
            Assert.Equal("New server groups need compute API microversion 2.80 or later; this cloud's is 2.79.", ex.Message);
            Assert.DoesNotContain(calls(), c => c.StartsWith("POST", StringComparison.Ordinal));
            Assert.Equal("g", (await client.CreateAsync(ComputeResources.ServerGroups, new NewerOptions { Needs = "2.64" })).Name);
            Assert.Contains(calls(), c => c.StartsWith("POST /compute/v2.1/os-server-groups", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_name_or_id_nothing_answers_to_names_the_request_ids_of_the_lookups()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(r.RequestUri!.AbsolutePath.EndsWith("/servers/detail", StringComparison.Ordinal)
                ? StubTransport.Json(200, "{\"servers\":[]}", "req-list")
                : StubTransport.Json(404, "{\"itemNotFound\":{\"code\":404,\"message\":\"Instance could not be found.\"}}", "req-get"));
            var client = new ResourceClient(await stub.ConnectAsync());
            var ex = await Assert.ThrowsAsync<NotFoundException>(() => client.FindAsync(ComputeResources.Servers, Uuid1));
            Assert.Equal("No server has the name or id '" + Uuid1 + "' (requests req-get, req-list).", ex.Message);
            Assert.Equal("req-get", ex.RequestId);
            Assert.Equal(new[] { "req-get", "req-list" }, ex.RequestIds);
            // A name is only listed: one request.
            var byName = await Assert.ThrowsAsync<NotFoundException>(() => client.FindAsync(ComputeResources.Servers, "web1"));
            Assert.Equal("No server has the name or id 'web1' (request req-list).", byName.Message);
        }
    }
}
