using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// Save-OSObject: downloads objects, streamed, each to a temporary file moved into place only when complete (a plain
    /// object checked against its MD5). -Path is a file for one object, or an existing folder where each object lands at
    /// its name as a relative path (subfolders made as needed); -Prefix saves every object under it.
    /// </summary>
    [Cmdlet(VerbsData.Save, "OSObject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveOSObjectCommand : BulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string Container { get; set; } = null!;

        /// <summary>Objects to save; objects from Get-OSObject bind by their Container and Name.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        /// <summary>Save every object whose name starts with this (into the folder -Path).</summary>
        [Parameter]
        [AllowEmptyString]
        public string? Prefix { get; set; }

        /// <summary>The file to write (one object), or an existing folder.</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = null!;

        /// <summary>Replace existing files.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override string Activity => "Downloading from " + Container;

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var target = GetUnresolvedProviderPathFromPSPath(Path);
            var folder = Directory.Exists(target);
            if (Name == null && Prefix == null)
            {
                WriteOpenStackError(new ArgumentException("Name the objects to save (-Name), or save all under a prefix (-Prefix '' for every object)."), Container);
                return;
            }
            if (!folder && (Prefix != null || Name!.Length > 1))
            {
                WriteOpenStackError(new DirectoryNotFoundException("The folder '" + target + "' does not exist; several objects are saved into an existing folder."), Path);
                return;
            }
            if (Prefix != null)
            {
                var client = new ObjectStorageClient(session);
                Try(Container, () =>
                {
                    foreach (var o in RunEach(ct => client.ListObjectsAsync(Container, Prefix, null, ct))) Save(session, o.Name, target, true);
                });
                return;
            }
            foreach (var name in Name!) Save(session, name, target, folder);
        }

        private void Save(Client.Core.OpenStackSession session, string name, string target, bool intoFolder)
        {
            string file;
            try { file = intoFolder ? FileFor(target, name) : target; }
            catch (ArgumentException ex) { WriteOpenStackError(ex, Container + "/" + name); return; }
            if (name.EndsWith("/", StringComparison.Ordinal))
            {
                // A folder marker (an empty object named 'a/b/'): the folder, no file.
                if (intoFolder && ShouldProcess(file, "Create folder for " + Container + "/" + name)) Directory.CreateDirectory(file);
                return;
            }
            if (File.Exists(file) && !Force)
            {
                WriteOpenStackError(new IOException("The file '" + file + "' exists; use -Force to replace it."), Container + "/" + name);
                return;
            }
            var container = Container;
            var force = Force.IsPresent;
            var progress = new TransferProgressReporter(r => Post(() => WriteProgress(r)), "Downloading " + container + "/" + name, 0x05F1);
            Enqueue(file, "Save " + container + "/" + name, container + "/" + name, async ct =>
            {
                // Into a folder, an object's name may hold subfolders; a single -Path file's folder must exist already.
                if (intoFolder) Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
                await new ObjectStorageClient(session).DownloadAsync(container, name, file, force, progress, ct).ConfigureAwait(false);
                return new FileInfo(file);
            });
        }

        /// <summary>The file for an object in the folder; a name that would climb out of it ('../x', '/etc/x') is refused.</summary>
        internal static string FileFor(string folder, string name)
        {
            var root = System.IO.Path.GetFullPath(folder).TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
            var relative = name.Replace('/', System.IO.Path.DirectorySeparatorChar).TrimStart(System.IO.Path.DirectorySeparatorChar);
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
            if (!full.StartsWith(root, StringComparison.Ordinal) && full + System.IO.Path.DirectorySeparatorChar != root)
                throw new ArgumentException("The object name '" + name + "' would be saved outside '" + folder + "'; save it with its own -Path.");
            return full;
        }
    }
}
