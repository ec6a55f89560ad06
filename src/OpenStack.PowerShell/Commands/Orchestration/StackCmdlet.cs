using System;
using System.Collections;
using Stack = OpenStack.Client.Orchestration.Stack;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Orchestration;

namespace OpenStack.PowerShell.Commands.Orchestration
{
    /// <summary>What the stack cmdlets share: finding a stack, and following an operation through its events with -Wait.</summary>
    public abstract class StackCmdlet : OpenStackCmdlet
    {
        private OrchestrationClient? _client;
        /// <summary>Made on the pipeline thread (the current session is the runspace's), before any work runs on another.</summary>
        protected OrchestrationClient Client => _client ??= new OrchestrationClient(ActiveSession);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _ = Client;
        }

        /// <summary>
        /// Follows <paramref name="action"/> from <paramref name="marker"/> on: each event is a progress line (resource,
        /// status, reason) and a verbose line; the end is the stack, or an error with Heat's reasons.
        /// </summary>
        protected Task<Stack?> FollowAsync(Stack stack, string action, string? marker, int timeoutSec, CancellationToken ct)
        {
            var activity = char.ToUpperInvariant(action[0]) + action.Substring(1).ToLowerInvariant() + " stack " + stack;
            return FollowCore();
            async Task<Stack?> FollowCore()
            {
                var result = await Client.WaitAsync(stack, action, marker, TimeSpan.FromSeconds(timeoutSec), e =>
                {
                    var line = e.ResourceName + " " + e.Status + (string.IsNullOrEmpty(e.StatusReason) ? "" : ": " + e.StatusReason);
                    Post(() =>
                    {
                        WriteProgress(new ProgressRecord(0x05F8, activity, line));
                        WriteVerbose(line);
                    });
                }, null, ct).ConfigureAwait(false);
                Post(() => WriteProgress(new ProgressRecord(0x05F8, activity, "done") { RecordType = ProgressRecordType.Completed }));
                return result;
            }
        }

        /// <summary>A stack by name or id; an error (terminating for the item) when none or several match.</summary>
        protected Stack Find(string nameOrId) => Run(ct => Client.FindAsync(nameOrId, ct));
    }

    /// <summary>The template inputs of New-, Update-OSStack and Test-OSStackTemplate.</summary>
    public abstract class StackTemplateCmdlet : StackCmdlet
    {
        protected const string FileSet = "TemplateFile", TextSet = "Template", UrlSet = "TemplateUrl";

        /// <summary>A template file; files it refers to (get_file, nested templates) are read relative to it.</summary>
        [Parameter(ParameterSetName = FileSet, Mandatory = true)]
        [Alias("t")]
        [ValidateNotNullOrEmpty]
        public string TemplateFile { get; set; } = null!;

        /// <summary>The template as text (YAML or JSON); files it refers to are read relative to the current directory.</summary>
        [Parameter(ParameterSetName = TextSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Template { get; set; } = null!;

        /// <summary>A URL Heat fetches the template from.</summary>
        [Parameter(ParameterSetName = UrlSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string TemplateUrl { get; set; } = null!;

        /// <summary>Values of the template's parameters: @{ key_name = 'mykey'; size = 2 }.</summary>
        [Parameter]
        public Hashtable? Parameter { get; set; }

        /// <summary>Environment files (parameters, parameter_defaults, resource_registry), later ones overriding earlier ones.</summary>
        [Parameter]
        [Alias("e")]
        public string[]? EnvironmentFile { get; set; }

        /// <summary>The options with the template, its files, environment and parameters read.</summary>
        protected StackOptions ReadTemplate(bool templateOptional = false)
        {
            var templates = new StackTemplates();
            var o = new StackOptions { TemplateOptional = templateOptional };
            switch (ParameterSetName)
            {
                case FileSet: o.Template = templates.ReadTemplateFile(Resolve(TemplateFile)); break;
                case TextSet: o.Template = templates.ReadTemplateText(Template, StackTemplates.DirectoryUrl(SessionState.Path.CurrentFileSystemLocation.Path)); break;
                case UrlSet: o.TemplateUrl = TemplateUrl; break;
            }
            if (EnvironmentFile != null && EnvironmentFile.Length > 0)
            {
                var paths = new List<string>();
                foreach (var f in EnvironmentFile) paths.Add(Resolve(f));
                o.Environment = templates.ReadEnvironmentFiles(paths);
            }
            o.Files = templates.Files;
            if (Parameter != null)
            {
                var p = new Dictionary<string, JsonNode?>();
                foreach (DictionaryEntry kv in Parameter) p[kv.Key.ToString()!] = ParameterValue(kv.Value);
                o.Parameters = p;
            }
            return o;
        }

        /// <summary>Heat takes parameter values as text (lists comma-separated, json parameters as JSON).</summary>
        private static JsonNode? ParameterValue(object? value)
        {
            var v = value is PSObject p ? p.BaseObject : value;
            switch (v)
            {
                case null: return null;
                case string s: return s;
                case bool b: return b;
                case IDictionary _: return JsonNode.Parse(Internal.PSJson.ToJson(v));
                case IEnumerable e:
                    var parts = new List<string>();
                    foreach (var item in e) parts.Add(Convert.ToString(item is PSObject ip ? ip.BaseObject : item, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    return string.Join(",", parts);
                default: return Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        private string Resolve(string path)
        {
            var full = GetUnresolvedProviderPathFromPSPath(path);
            if (!File.Exists(full)) throw new FileNotFoundException("There is no file " + full + ".", full);
            return full;
        }
    }
}
