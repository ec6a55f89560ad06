using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Name-or-id resolution: exactly one match, or an error that lists them.</summary>
    public class NameResolverTests
    {
        private sealed record Item(string Id, string Name);

        private static Task<Item> Find(string nameOrId, params Item[] items) =>
            NameResolver.FindAsync("flavor", nameOrId,
                (id, _) => Task.FromResult(items.FirstOrDefault(i => i.Id == id)),
                ct => List(items, ct), i => i.Name, i => i.Id, CancellationToken.None);

        private static async IAsyncEnumerable<Item> List(Item[] items, [EnumeratorCancellation] CancellationToken ct)
        {
            foreach (var i in items) { await Task.Yield(); yield return i; }
        }

        [Fact]
        public async Task An_id_a_name_or_nothing()
        {
            var tiny = new Item("1", "m1.tiny");
            var uuid = new Item("0b3c6a4e-6d43-4f6e-9a0d-4c1c7a1d2e3f", "web");
            Assert.Same(tiny, await Find("1", tiny, uuid));
            Assert.Same(tiny, await Find("m1.tiny", tiny, uuid));
            Assert.Same(uuid, await Find(uuid.Id, tiny, uuid));
            var none = await Assert.ThrowsAsync<NotFoundException>(() => Find("m9.huge", tiny, uuid));
            Assert.Equal("No flavor has the name or id 'm9.huge'.", none.Message);
        }

        [Fact]
        public async Task A_short_id_that_is_another_ones_name_matches_two()
        {
            // Flavor ids are free text: "big" can be one flavor's id and another's name.
            var byId = new Item("big", "m1.large");
            var byName = new Item("7", "big");
            var ex = await Assert.ThrowsAsync<AmbiguousNameException>(() => Find("big", byId, byName));
            Assert.Equal(new[] { "big", "7" }, ex.CandidateIds);
            Assert.Contains("2 flavors are named 'big' or have it as id: big, 7", ex.Message);
        }

        [Fact]
        public async Task Two_of_one_name_are_ambiguous()
        {
            var ex = await Assert.ThrowsAsync<AmbiguousNameException>(() => Find("web", new Item("a", "web"), new Item("b", "web"), new Item("c", "db")));
            Assert.Equal(new[] { "a", "b" }, ex.CandidateIds);
            Assert.StartsWith("2 flavors are named 'web': a, b.", ex.Message);
        }
    }
}
