using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.ContainerInfra;
using OpenStack.Client.Core;
using OpenStack.Client.Resources;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>
    /// Magnum refuses to show a cluster in the last moments of its deletion (its node groups are gone, so master_count is 0
    /// and fails the API's own validation, HTTP 400): a wait for the deletion asks again instead of failing; any other 400
    /// still ends it.
    /// </summary>
    public class UnreadableWhileChangingTests
    {
        private const string Id = "5f1d6b1e-7f1c-4a43-9c1e-1f2a3b4c5d6e";
        private const string Unreadable = "{\"errors\": [{\"status\": 400, \"code\": \"client\", \"title\": \"Invalid input for field/attribute master_count. Value: '0'. Value should be greater or equal to 1\", \"detail\": \"Invalid input for field/attribute master_count. Value: '0'. Value should be greater or equal to 1\"}]}";

        private static async Task<(Exception? Error, int Gets)> WaitForDeletion(string badAnswer)
        {
            var gets = 0;
            var stub = new StubTransport
            {
                Handler = r =>
                {
                    if (r.Method != System.Net.Http.HttpMethod.Get || !r.RequestUri!.AbsolutePath.EndsWith("/clusters/" + Id, StringComparison.Ordinal))
                        return Task.FromResult(StubTransport.Json(200, "{}"));
                    var n = Interlocked.Increment(ref gets);
                    return Task.FromResult(n switch
                    {
                        1 => StubTransport.Json(200, "{\"uuid\":\"" + Id + "\",\"name\":\"dev\",\"status\":\"DELETE_IN_PROGRESS\",\"master_count\":1,\"node_count\":1}"),
                        2 or 3 => StubTransport.Json(400, badAnswer),
                        _ => StubTransport.Json(404, "{\"errors\": [{\"status\": 404, \"title\": \"Cluster could not be found.\"}]}"),
                    });
                },
            };
            using var session = await stub.ConnectAsync();
            var options = ContainerInfraResources.Clusters.WaitForDeletion();
            options.Interval = TimeSpan.FromMilliseconds(20);
            options.Timeout = TimeSpan.FromSeconds(30);
            try
            {
                await new ResourceClient(session).WaitAsync(ContainerInfraResources.Clusters, Id, options);
                return (null, gets);
            }
            catch (OpenStackException ex) { return (ex, gets); }
        }

        [Fact]
        public async Task A_cluster_Magnum_cannot_show_while_it_is_deleted_is_asked_for_again_until_it_is_gone()
        {
            var (error, gets) = await WaitForDeletion(Unreadable);
            Assert.Null(error);
            Assert.Equal(4, gets);
        }

        [Fact]
        public async Task Any_other_bad_request_still_ends_the_wait()
        {
            var (error, gets) = await WaitForDeletion("{\"errors\": [{\"status\": 400, \"title\": \"Something else is wrong\", \"detail\": \"Something else is wrong\"}]}");
            Assert.IsType<BadRequestException>(error);
            Assert.Equal(2, gets);
        }
    }
}
