using System;
using System.IO;
using System.Management.Automation;
using OpenStack.Client.Core;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.Core
{
    /// <summary>
    /// Export-OSCloudConfig: writes what the session connects with as a clouds.yaml cloud (added to an existing file,
    /// its other clouds kept), an openrc for bash or a .ps1 setting the same OS_* variables. The password, application
    /// credential secret or token is written only with -IncludeSecret; the file is readable by its owner only, and
    /// appears whole or not at all.
    /// </summary>
    [Cmdlet(VerbsData.Export, "OSCloudConfig", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportOSCloudConfigCommand : OpenStackCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = null!;

        /// <summary>CloudsYaml, OpenRc or PowerShell; by default from the file's extension (.yaml/.yml, .ps1, anything else openrc).</summary>
        [Parameter]
        [ValidateSet("CloudsYaml", "OpenRc", "PowerShell")]
        public string? Format { get; set; }

        /// <summary>The cloud's name in clouds.yaml; by default the session's name.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Writes the password, application credential secret or token too.</summary>
        [Parameter]
        public SwitchParameter IncludeSecret { get; set; }

        /// <summary>Replaces a cloud of the same name in clouds.yaml, or an existing openrc file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var session = ActiveSession;
            var path = GetUnresolvedProviderPathFromPSPath(Path);
            var format = Format ?? FormatFromExtension(path);
            var name = Name ?? session.Name ?? session.CloudName ?? "openstack";
            var settings = session.ExportSettings(IncludeSecret);
            string text = null!;
            var isYaml = format == "CloudsYaml";
            if (!Try(path, () => text = Render(format, settings, path, name))) return;
            var action = (isYaml && File.Exists(path) ? "Add cloud '" + name + "' to clouds.yaml" : "Write " + format + " for '" + name + "'") +
                         (IncludeSecret ? ", with its secret" : ", without secrets");
            if (!ShouldProcess(path, action)) return;
            // A clouds.yaml gains a cloud: replacing the file is the point, -Force only guards an entry of the same name.
            if (!Try(path, () => PrivateKeyFile.Write(path, text, isYaml || Force, "file"))) return;
            WriteVerbose("Wrote " + path + " (readable by its owner only)" + (IncludeSecret ? "." : "; no password or secret is in it."));
            if (PassThru) WriteObject(new FileInfo(path));
        }

        private string Render(string format, CloudConfig settings, string path, string name)
        {
            switch (format)
            {
                case "OpenRc":
                    return CloudConfigWriter.ToOpenRc(settings);
                case "PowerShell":
                    return CloudConfigWriter.ToPowerShell(settings);
                default:
                    var existing = File.Exists(path) ? CloudConfigWriter.ReadCloudsYaml(path) : null;
                    if (!Force && existing != null && existing.TryGetValue("clouds", out var c) && c is System.Collections.Generic.Dictionary<string, object?> clouds && clouds.ContainsKey(name))
                        throw new IOException(path + " already has a cloud named '" + name + "': give -Force to replace it, or -Name for another name.");
                    if (existing != null && File.ReadAllText(path).IndexOf('#') >= 0) WriteWarning("The comments of " + path + " are not kept when the cloud is added.");
                    return CloudConfigWriter.ToCloudsYaml(existing, name, CloudConfigWriter.ToCloudsYamlEntry(settings));
            }
        }

        private static string FormatFromExtension(string path)
        {
            var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
            return ext == ".yaml" || ext == ".yml" ? "CloudsYaml" : ext == ".ps1" ? "PowerShell" : "OpenRc";
        }
    }
}
