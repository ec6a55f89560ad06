using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.ObjectStorage;

namespace OpenStack.PowerShell.Completion
{
    /// <summary>Names of the project's object storage containers.</summary>
    public sealed class ContainerNameCompleter : NameCompleter
    {
        protected override string Kind => "container";

        protected override async IAsyncEnumerable<string?> ListNamesAsync(OpenStackSession session, [EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var c in new ObjectStorageClient(session).ListContainersAsync(null, ct).ConfigureAwait(false)) yield return c.Name;
        }
    }
}
