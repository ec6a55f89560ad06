using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Http;
using Xunit;

namespace OpenStack.Client.Tests
{
    public class SessionWarmupTests
    {
        [Fact]
        public async Task The_warmup_connects_to_a_made_up_Keystone_in_memory()
        {
            // warmup.invalid can never resolve: had the request left the process, the connect would fail and so would this test.
            var lines = new ConcurrentQueue<string>();
            HttpTrace.Current = new DelegateTraceSink((_, m) => lines.Enqueue(m), debug: false);
            try
            {
                await SessionWarmup.RunAsync(CancellationToken.None);
            }
            finally
            {
                HttpTrace.Current = null;
            }
            Assert.Contains(lines, l => l.Contains("POST http://warmup.invalid/v3/auth/tokens") && l.Contains("201"));
            Assert.Contains(lines, l => l.Contains("GET http://warmup.invalid/compute/v2.1/servers/detail") && l.Contains("200"));
        }
    }
}
