using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Paging;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Every service's paging style through the one pager.</summary>
    public class PagerTests
    {
        private static async Task<List<string>> Names(OpenStackSession s, string service, string path, string key, int? pageSize = null)
        {
            var names = new List<string>();
            await foreach (var e in Pager.ListElementsAsync(s, service, path, key, pageSize))
                names.Add(e.GetProperty("name").GetString()!);
            return names;
        }

        private static string Items(string key, params string[] names) =>
            "\"" + key + "\":[" + string.Join(",", names.Select(n => "{\"name\":\"" + n + "\"}")) + "]";

        [Fact]
        public async Task Nova_style_links_with_marker()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker=b")
                ? "{" + Items("servers", "c") + "}"
                : "{" + Items("servers", "a", "b") + ",\"servers_links\":[{\"rel\":\"next\",\"href\":\"http://wrong-host:8774/v2.1/servers/detail?limit=2&marker=b\"}]}"));
            using var s = await stub.ConnectAsync();
            Assert.Equal(new[] { "a", "b", "c" }, await Names(s, "compute", "servers/detail", "servers", 2));
            // The next link's host is ignored: only its query is used, on the endpoint the session chose.
            Assert.Contains("GET /compute/v2.1/servers/detail?limit=2&marker=b", stub.CallList());
        }

        [Fact]
        public async Task An_item_listed_on_two_pages_while_the_list_changes_is_yielded_once()
        {
            // Nova's multi-cell listing can repeat a server whose record moved between pages.
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker=b")
                ? "{\"servers\":[{\"id\":\"b\",\"name\":\"b\"},{\"id\":\"c\",\"name\":\"c\"}]}"
                : "{\"servers\":[{\"id\":\"a\",\"name\":\"a\"},{\"id\":\"b\",\"name\":\"b\"}],\"servers_links\":[{\"rel\":\"next\",\"href\":\"http://x/v2.1/servers/detail?limit=2&marker=b\"}]}"));
            using var s = await stub.ConnectAsync();
            Assert.Equal(new[] { "a", "b", "c" }, await Names(s, "compute", "servers/detail", "servers", 2));
        }

        [Fact]
        public async Task Neutron_style_links()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker")
                ? "{" + Items("ports", "p3") + ",\"ports_links\":[{\"rel\":\"previous\",\"href\":\"http://x/v2.0/ports?page_reverse=True\"}]}"
                : "{" + Items("ports", "p1", "p2") + ",\"ports_links\":[{\"rel\":\"next\",\"href\":\"http://x/v2.0/ports?limit=2&marker=p2id\"}]}"));
            using var s = await stub.ConnectAsync();
            Assert.Equal(new[] { "p1", "p2", "p3" }, await Names(s, "network", "ports", "ports", 2));
        }

        [Fact]
        public async Task Glance_style_next()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker")
                ? "{" + Items("images", "i2") + ",\"first\":\"/v2/images\"}"
                : "{" + Items("images", "i1") + ",\"next\":\"/v2/images?marker=i1id&limit=1\"}"));
            using var s = await stub.ConnectAsync();
            Assert.Equal(new[] { "i1", "i2" }, await Names(s, "image", "images", "images", 1));
            Assert.Contains("GET /image/v2/images?marker=i1id&limit=1", stub.CallList());
        }

        [Fact]
        public async Task Keystone_style_links_next()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker")
                ? "{" + Items("projects", "b") + ",\"links\":{\"self\":\"x\",\"next\":null,\"previous\":null}}"
                : "{" + Items("projects", "a") + ",\"links\":{\"self\":\"x\",\"next\":\"http://k/v3/projects?marker=a\",\"previous\":null}}"));
            using var s = await stub.ConnectAsync();
            Assert.Equal(new[] { "a", "b" }, await Names(s, "identity", "projects", "projects"));
        }

        [Fact]
        public async Task Magnum_style_full_url_next()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker")
                ? "{" + Items("clusters", "k2") + ",\"next\":null}"
                : "{" + Items("clusters", "k1") + ",\"next\":\"http://magnum:9511/v1/clusters?limit=1&marker=k1id\"}"));
            using var s = await stub.ConnectAsync();
            Assert.Equal(new[] { "k1", "k2" }, await Names(s, "container-infra", "clusters", "clusters", 1));
        }

        [Fact]
        public async Task Items_stream_before_the_next_page_is_fetched()
        {
            var stub = new StubTransport();
            stub.Handler = r => Task.FromResult(StubTransport.Json(200, r.RequestUri!.Query.Contains("marker")
                ? "{" + Items("servers", "c") + "}"
                : "{" + Items("servers", "a", "b") + ",\"servers_links\":[{\"rel\":\"next\",\"href\":\"x?marker=b\"}]}"));
            using var s = await stub.ConnectAsync();
            await using var e = Pager.ListElementsAsync(s, "compute", "servers", "servers").GetAsyncEnumerator();
            Assert.True(await e.MoveNextAsync());
            Assert.Equal(1, stub.CallList().Count(c => c.Contains("/servers")));
        }

        [Fact]
        public async Task A_repeated_next_link_stops_with_an_error()
        {
            var stub = new StubTransport
            {
                Handler = r => Task.FromResult(StubTransport.Json(200, "{" + Items("servers", "a") + ",\"servers_links\":[{\"rel\":\"next\",\"href\":\"x?marker=same\"}]}")),
            };
            using var s = await stub.ConnectAsync();
            var ex = await Assert.ThrowsAsync<OpenStackException>(() => Names(s, "compute", "servers", "servers"));
            Assert.Contains("same next-page link twice", ex.Message);
        }

        [Fact]
        public async Task Filters_in_the_path_are_kept_with_the_page_size()
        {
            var stub = new StubTransport { Handler = r => Task.FromResult(StubTransport.Json(200, "{" + Items("servers") + "}")) };
            using var s = await stub.ConnectAsync();
            await Names(s, "compute", "servers/detail?status=ACTIVE", "servers", 50);
            Assert.Contains("GET /compute/v2.1/servers/detail?status=ACTIVE&limit=50", stub.CallList());
        }

        [Fact]
        public void Next_link_styles()
        {
            JsonElement J(string s) => JsonDocument.Parse(s).RootElement;
            Assert.Equal("n", Pager.NextLink(J("{\"servers_links\":[{\"rel\":\"next\",\"href\":\"n\"}]}"), "servers"));
            Assert.Null(Pager.NextLink(J("{\"servers_links\":[{\"rel\":\"prev\",\"href\":\"p\"}]}"), "servers"));
            Assert.Equal("n", Pager.NextLink(J("{\"links\":{\"next\":\"n\"}}"), "users"));
            Assert.Null(Pager.NextLink(J("{\"links\":{\"next\":null}}"), "users"));
            Assert.Equal("n", Pager.NextLink(J("{\"next\":\"n\"}"), "images"));
            Assert.Null(Pager.NextLink(J("{}"), "images"));
        }
    }
}
