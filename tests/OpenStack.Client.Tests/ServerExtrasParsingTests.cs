using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OpenStack.Client.Compute;
using OpenStack.Client.Http;
using OpenStack.Client.Json;
using OpenStack.Client.Paging;
using OpenStack.Client.Resources;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>A server's instance actions, console URLs and scheduler hints, from Nova's own samples.</summary>
    public class ServerExtrasParsingTests
    {
        [Fact]
        public void An_instance_action_reads_with_its_steps_finish_and_result()
        {
            using var doc = JsonDocument.Parse(Samples.Read("compute/os-instance-actions-v2.84/instance-action-get-resp.json"));
            var a = ResourceClient.Read(ComputeResources.ServerEvents.Under("4bf3473b-d550-4b65-9409-292d44ab14a2"), doc, "GET", "x");
            Assert.Equal("stop", a.Action);
            Assert.Equal("req-0d819d5c-1527-4669-bdf0-ffad31b5105b", a.RequestId);
            Assert.Equal("4bf3473b-d550-4b65-9409-292d44ab14a2", a.ServerId);
            Assert.Equal("admin", a.UserId);
            var step = Assert.Single(a.Events!);
            Assert.Equal("compute_stop_instance", step.Event);
            Assert.Equal("compute", step.Host);
            Assert.Equal("Success", a.Result);
            Assert.Equal(new DateTimeOffset(2018, 4, 25, 1, 26, 36, TimeSpan.Zero).AddTicks(7905440), a.FinishTime);
            Assert.Equal(TimeSpan.Zero, a.StartTime!.Value.Offset);
        }

        [Fact]
        public void An_action_is_Running_while_a_step_runs_and_Error_when_one_failed()
        {
            var running = new ServerEvent { Events = new() { new ServerEventStep { Event = "a", StartTime = DateTimeOffset.UtcNow } } };
            Assert.Equal("Running", running.Result);
            Assert.Null(running.FinishTime);
            var failed = new ServerEvent { Events = new() { new ServerEventStep { Result = "Success", FinishTime = DateTimeOffset.UtcNow }, new ServerEventStep { Result = "Error", FinishTime = DateTimeOffset.UtcNow } } };
            Assert.Equal("Error", failed.Result);
            Assert.Null(new ServerEvent().Result);
            Assert.Equal("Error", new ServerEvent { Message = "Error" }.Result);
        }

        /// <summary>From 2.58 Nova pages instance actions with "links" beside the list (not "instanceActions_links").</summary>
        [Fact]
        public void Instance_actions_are_listed_page_by_page_through_Novas_links()
        {
            using var doc = JsonDocument.Parse(Samples.Read("compute/os-instance-actions-v2.58/instance-actions-list-with-limit-resp.json"));
            Assert.EndsWith("os-instance-actions?limit=1&marker=req-4dbefbb7-d743-4d42-b0a1-a79cbe256138", Pager.NextLink(doc.RootElement, "instanceActions"));
            using var last = JsonDocument.Parse("{\"instanceActions\":[],\"links\":[{\"rel\":\"prev\",\"href\":\"p\"}]}");
            Assert.Null(Pager.NextLink(last.RootElement, "instanceActions"));
        }

        [Fact]
        public async Task Every_page_of_a_servers_actions_is_read()
        {
            var stub = new StubTransport();
            const string second = "{\"instanceActions\":[{\"action\":\"create\",\"request_id\":\"req-2\"}]}";
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker=")
                ? second : Samples.Read("compute/os-instance-actions-v2.58/instance-actions-list-with-limit-resp.json")));
            using var s = await stub.ConnectAsync();
            var listed = await new ResourceClient(s).ListAsync(ComputeResources.ServerEvents.Under("ca3d3be5-1a40-427f-9515-f5e181f479d0"), null, 1).ToListAsync();
            Assert.Equal(new[] { "stop", "create" }, listed.Select(a => a.Action));
            Assert.Contains(stub.Calls, c => c.Contains("/servers/ca3d3be5-1a40-427f-9515-f5e181f479d0/os-instance-actions?limit=1&marker=req-4dbefbb7"));
        }

        [Fact]
        public void A_console_URL_reads_as_an_object_and_its_token_stays_out_of_traces_and_text()
        {
            var body = Samples.Read("compute/os-remote-consoles-v2.6/create-vnc-console-resp.json");
            using var doc = JsonDocument.Parse(body);
            var url = doc.RootElement.GetProperty("remote_console").Deserialize(OpenStackJsonContext.Default.ConsoleUrl)!;
            Assert.Equal("novnc", url.Type);
            Assert.Equal("vnc", url.Protocol);
            Assert.Contains("token%3Db60bcfc3", url.Url);
            Assert.DoesNotContain("b60bcfc3", url.ToString());
            var traced = Redactor.Body(body);
            Assert.DoesNotContain("b60bcfc3", traced);
            Assert.Contains("\"type\":\"novnc\"", traced);
        }

        [Fact]
        public void A_server_group_goes_as_the_scheduler_hint_beside_the_server()
        {
            var o = new ServerCreateOptions { Name = "a", ImageId = "i", FlavorId = "1", ServerGroupId = "g1" };
            var body = JsonDocument.Parse(ComputeClient.CreateBody(o)).RootElement;
            Assert.Equal("g1", body.GetProperty("os:scheduler_hints").GetProperty("group").GetString());
            Assert.False(body.GetProperty("server").TryGetProperty("os:scheduler_hints", out _));
            var plain = JsonDocument.Parse(ComputeClient.CreateBody(new ServerCreateOptions { Name = "a", ImageId = "i", FlavorId = "1" })).RootElement;
            Assert.False(plain.TryGetProperty("os:scheduler_hints", out _));
        }
    }
}
