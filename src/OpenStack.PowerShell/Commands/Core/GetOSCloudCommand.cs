using System.Linq;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// Get-OSCloud: the clouds of the clouds.yaml in use (OS_CLIENT_CONFIG_FILE, the current folder,
    /// ~/.config/openstack, /etc/openstack), with what secure.yaml adds: names, auth URL, user, project, region;
    /// never a password or secret. Needs no connection.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSCloud")]
    [OutputType(typeof(CloudEntry))]
    public sealed class GetOSCloudCommand : PSCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(CloudNameCompleter))]
        public string[]? Name { get; set; }

        protected override void EndProcessing()
        {
            var loader = CloudConfigLoader.ForCurrentProcess(SessionState.Path.CurrentFileSystemLocation.ProviderPath);
            System.Collections.Generic.IReadOnlyList<CloudConfig> clouds;
            try
            {
                clouds = loader.ReadClouds();
            }
            catch (ConfigurationException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, loader.FindCloudsFile()));
                return;
            }
            if (clouds.Count == 0 && Name == null)
                WriteVerbose("No clouds.yaml found; looked in: " + string.Join(", ", loader.SearchDirectories()) + " (and OS_CLIENT_CONFIG_FILE).");
            var secure = loader.FindSecureYaml();
            foreach (var pattern in Name ?? new[] { "*" })
            {
                var wildcard = WildcardPattern.Get(pattern, WildcardOptions.IgnoreCase);
                var matches = clouds.Where(c => wildcard.IsMatch(c.CloudName ?? "")).ToList();
                if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(pattern))
                    WriteError(new ErrorRecord(new ItemNotFoundException("No cloud named '" + pattern + "' in " + (loader.FindCloudsFile() ?? "clouds.yaml (none found)") + "."),
                        "OpenStack.CloudNotFound", ErrorCategory.ObjectNotFound, pattern));
                foreach (var c in matches) WriteObject(new CloudEntry(c, secure));
            }
        }
    }
}
