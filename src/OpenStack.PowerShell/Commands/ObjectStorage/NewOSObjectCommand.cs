using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Client.ObjectStorage;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;

namespace OpenStack.PowerShell.Commands.ObjectStorage
{
    /// <summary>
    /// New-OSObject: uploads files as objects, streamed (memory stays flat whatever the size), several files at once
    /// within -ThrottleLimit. A folder uploads its files (-Recurse: its subfolders too, their relative paths becoming the
    /// object names). A file larger than -SegmentSize becomes a Static Large Object whose segments go up in parallel.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSObject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(StorageObject))]
    public sealed class NewOSObjectCommand : BulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContainerNameCompleter))]
        public string Container { get; set; } = null!;

        /// <summary>Files or folders to upload.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = null!;

        /// <summary>The object's name, for a single file (default: the file's name).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Put before every object name, e.g. 'backup/2024-06-01/'.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Prefix { get; set; }

        /// <summary>A folder's subfolders too; their paths relative to the folder become part of the object names.</summary>
        [Parameter]
        public SwitchParameter Recurse { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ContentType { get; set; }

        [Parameter]
        public Hashtable? Metadata { get; set; }

        /// <summary>Swift deletes the objects this many seconds after the upload.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? DeleteAfter { get; set; }

        /// <summary>Bytes per segment of a large object; a larger file becomes a Static Large Object (default 1 GiB).</summary>
        [Parameter]
        [ValidateRange(1L, 5L * 1024 * 1024 * 1024)]
        public long SegmentSize { get; set; } = UploadOptions.DefaultSegmentSize;

        /// <summary>
        /// Keeps the segments of a large object that an upload replaces. By default they are removed once the new object is
        /// in place (as the swift CLI does), since nothing else refers to them.
        /// </summary>
        [Parameter]
        public SwitchParameter LeaveSegments { get; set; }

        protected override string Activity => "Uploading to " + Container;

        private int _uploading;
        private Lazy<Task<bool>>? _conditionalPut;
        private readonly ManualResetEventSlim _idle = new ManualResetEventSlim(false);

        /// <summary>
        /// Ctrl+C cancels the uploads, then waits (a minute at most) while they remove what they wrote, so that the prompt
        /// comes back with no segments left behind rather than with their removal still under way.
        /// </summary>
        protected override void StopProcessing()
        {
            base.StopProcessing();
            var end = DateTime.UtcNow.AddMinutes(1);
            while (Volatile.Read(ref _uploading) > 0 && DateTime.UtcNow < end)
            {
                _idle.Wait(TimeSpan.FromMilliseconds(200));
                _idle.Reset();
            }
        }

        protected override void BeginProcessing()
        {
            // A bad container name is said once, before anything is read or sent.
            try { ObjectStorageClient.ValidateContainerName(Container); }
            catch (ArgumentException ex) { ThrowOpenStackError(ex, Container); }
        }

        protected override void ProcessRecord()
        {
            var session = ActiveSession;
            var conditionalPut = _conditionalPut ??= new Lazy<Task<bool>>(() => KeepsNoVersionsAsync(new ObjectStorageClient(session), Container, CancellationToken));
            foreach (var given in Path)
            {
                var path = GetUnresolvedProviderPathFromPSPath(given);
                List<(string File, string Name)> files;
                try { files = Files(path); }
                catch (Exception ex) when (ex is ArgumentException || ex is IOException || ex is UnauthorizedAccessException)
                {
                    WriteOpenStackError(ex, given);
                    continue;
                }
                foreach (var (file, name) in files)
                {
                    var options = new UploadOptions
                    {
                        ContentType = ContentType, SegmentSize = SegmentSize, ThrottleLimit = Math.Min(ThrottleLimit, 8),
                        DeleteAfter = DeleteAfter.HasValue ? TimeSpan.FromSeconds(DeleteAfter.Value) : (TimeSpan?)null,
                        LeaveSegments = LeaveSegments.IsPresent,
                    };
                    foreach (var kv in ObjectStorageArgs.Metadata(Metadata, null)) options.Metadata[kv.Key] = kv.Value;
                    var target = Container + "/" + name;
                    try { ObjectStorageClient.ValidateObjectName(name); }
                    catch (ArgumentException ex) { WriteOpenStackError(ex, file); continue; }
                    var progress = new TransferProgressReporter(r => Post(() => WriteProgress(r)), "Uploading " + target, 0x05F0);
                    Enqueue(target, "Upload " + file, file, async ct =>
                    {
                        Interlocked.Increment(ref _uploading);
                        try
                        {
                            options.ConditionalPut = !options.LeaveSegments && await conditionalPut.Value.ConfigureAwait(false);
                            return await new ObjectStorageClient(session).UploadFileAsync(Container, name, file, options, progress, ct).ConfigureAwait(false);
                        }
                        finally { if (Interlocked.Decrement(ref _uploading) == 0) _idle.Set(); }
                    });
                }
            }
        }

        /// <summary>
        /// Whether a new name can go up as one conditional PUT: asked once per command, and only once an upload starts (not
        /// under -WhatIf). A container that cannot be read uploads as before, and its uploads say what is wrong.
        /// </summary>
        private static async Task<bool> KeepsNoVersionsAsync(ObjectStorageClient client, string container, CancellationToken ct)
        {
            try { return !(await client.GetContainerAsync(container, ct).ConfigureAwait(false)).KeepsVersions; }
            catch (OpenStackException) { return false; }
        }

        /// <summary>The files to upload with their object names; a missing path or a folder given with -Name is an error here, before anything is sent.</summary>
        private List<(string, string)> Files(string path)
        {
            var prefix = Prefix ?? "";
            if (File.Exists(path)) return new List<(string, string)> { (path, prefix + (Name ?? System.IO.Path.GetFileName(path))) };
            if (!Directory.Exists(path)) throw new FileNotFoundException("The file or folder '" + path + "' does not exist.", path);
            if (Name != null) throw new ArgumentException("'" + path + "' is a folder: -Name names one file's object; use -Prefix for a folder's.");
            var root = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
            var result = new List<(string, string)>();
            foreach (var file in Directory.EnumerateFiles(root, "*", Recurse ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
            {
                // Object names use '/' whatever the local separator.
                var relative = file.Substring(root.Length + 1).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                result.Add((file, prefix + relative));
            }
            return result;
        }
    }
}
