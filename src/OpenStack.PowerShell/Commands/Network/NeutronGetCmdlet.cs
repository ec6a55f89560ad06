using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.Network;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Network
{
    /// <summary>
    /// Base of Get-OS&lt;Neutron resource&gt;: by name or id (-Id, from the pipeline too), or a listing streamed page by
    /// page with the derived cmdlet's filters sent to Neutron and wildcards on the name matched here.
    /// </summary>
    public abstract class NeutronGetCmdlet<T> : OpenStackCmdlet where T : class
    {
        [Parameter(ParameterSetName = "Id", Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string[] Id { get; set; } = null!;

        /// <summary>Name (wildcards allowed); an id given here is looked up as one.</summary>
        [Parameter(ParameterSetName = "List", Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(NeutronNounCompleter))] public string? Name { get; set; }

        [Parameter(ParameterSetName = "List")]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected abstract NeutronResource<T> Resource { get; }

        /// <summary>Adds the derived cmdlet's server-side filters (resolving names to ids as needed).</summary>
        protected virtual Task AddFiltersAsync(NetworkClient client, NeutronFilters filters, CancellationToken ct) => Task.CompletedTask;

        protected override void ProcessRecord()
        {
            var client = new NetworkClient(ActiveSession);
            if (ParameterSetName == "Id") { WriteFound(Id, (id, ct) => client.FindAsync(Resource, id, ct)); return; }
            if (Name != null && NameResolver.LooksLikeId(Name)) { WriteFound(new[] { Name }, (id, ct) => client.FindAsync(Resource, id, ct)); return; }
            var filters = new NeutronFilters();
            try { Run(ct => AddFiltersAsync(client, filters, ct)); }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException) { WriteOpenStackError(ex, Name ?? Resource.Plural); return; }
            WriteListed(Name, (exact, ct) =>
            {
                var f = new NeutronFilters();
                f.AddAll(filters);
                if (exact != null) f.Add(Resource.NameField, exact);
                return client.ListAsync(Resource, f, PageSize, ct);
            }, Resource.NameOf, Resource.Plural);
        }
    }
}
