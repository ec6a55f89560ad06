using System;
using System.Management.Automation;
using System.Text.RegularExpressions;
using OpenStack.Client.Compute;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Compute
{
    /// <summary>
    /// Get-OSServer: servers with details, streamed page by page; filters go to Nova where it has them,
    /// name wildcards are also matched here. -Id gets given servers (a missing one is a non-terminating error).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSServer", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(Server))]
    public sealed class GetOSServerCommand : OpenStackCmdlet
    {
        [Parameter(ParameterSetName = "Id", Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter(ParameterSetName = "List", Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ServerNameCompleter))] public string? Name { get; set; }

        /// <summary>ACTIVE, SHUTOFF, ERROR, BUILD, ...</summary>
        [Parameter(ParameterSetName = "List")]
        public string? Status { get; set; }

        /// <summary>Flavor name or id.</summary>
        [Parameter(ParameterSetName = "List")]
        public string? Flavor { get; set; }

        /// <summary>Image name or id.</summary>
        [Parameter(ParameterSetName = "List")]
        public string? Image { get; set; }

        /// <summary>Servers of every project (admin).</summary>
        [Parameter(ParameterSetName = "List")]
        public SwitchParameter AllProjects { get; set; }

        /// <summary>Servers per request; every page is read either way.</summary>
        [Parameter(ParameterSetName = "List")]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            var client = new ComputeClient(ActiveSession);
            if (ParameterSetName == "Id") WriteFound(Id, client.FindServerAsync);
            else ListServers(client);
        }

        private void ListServers(ComputeClient client)
        {
            var pattern = Name != null ? new WildcardPattern(Name, WildcardOptions.IgnoreCase) : null;
            var options = new ServerListOptions
            {
                NameRegex = Name == null ? null : WildcardToRegex(Name),
                Status = Status,

                AllProjects = AllProjects,
                PageSize = PageSize,
            };
            try
            {
                if (Flavor != null) options.FlavorId = Run(ct => client.FindFlavorAsync(Flavor, ct)).Id;
                if (Image != null)
                {
                    var session = ActiveSession;
                    options.ImageId = Run(ct => IdLookup.FindIdAsync(session, ServiceTypes.Image, "images", "image", Image, ct));
                }
                ulong skipped = 0, written = 0;
                foreach (var server in RunEach(ct => client.ListServersAsync(options, ct)))
                {
                    if (pattern != null && !pattern.IsMatch(server.Name)) continue;
                    if (skipped < PagingParameters.Skip) { skipped++; continue; }
                    if (written >= PagingParameters.First) break;
                    WriteObject(server);
                    written++;
                }
                if (PagingParameters.IncludeTotalCount)
                    WriteObject(PagingParameters.NewTotalCount(skipped + written, 0.5));
            }
            catch (Exception ex) when (ex is OpenStackException || ex is OperationCanceledException)
            {
                WriteOpenStackError(ex, Name ?? "servers");
            }
        }

        /// <summary>Nova filters names by regular expression: "web*" becomes "^web.*$" (case is matched here).</summary>
        internal static string WildcardToRegex(string wildcard)
        {
            var sb = new System.Text.StringBuilder("^");
            foreach (var c in wildcard)
                sb.Append(c == '*' ? ".*" : c == '?' ? "." : Regex.Escape(c.ToString()));
            return sb.Append('$').ToString();
        }
    }
}
