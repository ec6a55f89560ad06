using System;
using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using OpenStack.Client.Image;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.Completion;

namespace OpenStack.PowerShell.Commands.Image
{
    /// <summary>Set-OSImage: changes an image with a JSON patch: name, visibility, minimums, protection, properties and tags.</summary>
    [Cmdlet(VerbsCommon.Set, "OSImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Client.Image.Image))]
    public sealed class SetOSImageCommand : BulkCmdlet
    {
        private ImageClient? _client;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImageNameCompleter))] public string[] Id { get; set; } = null!;

        [Parameter]
        [Alias("NewName")]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        [ValidateSet("public", "private", "shared", "community")]
        public string? Visibility { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? MinDisk { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? MinRam { get; set; }

        [Parameter]
        public bool? Protected { get; set; }

        /// <summary>Custom properties to add or replace.</summary>
        [Parameter]
        public Hashtable? Property { get; set; }

        /// <summary>Custom properties to remove.</summary>
        [Parameter]
        public string[]? RemoveProperty { get; set; }

        /// <summary>The image's tags, replacing the current ones.</summary>
        [Parameter]
        public string[]? Tag { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string Activity => "Updating images";

        protected override void ProcessRecord()
        {
            _client ??= new ImageClient(ActiveSession);
            var client = _client;
            foreach (var id in Id)
                Enqueue(id, "Update image", id, async ct =>
                {
                    var image = await client.FindImageAsync(id, ct).ConfigureAwait(false);
                    var ops = Patch(image);
                    if (ops.Count == 0) return PassThru ? image : null;
                    var updated = await client.PatchImageAsync(image.Id, ops, ct).ConfigureAwait(false);
                    return PassThru ? updated : null;
                });
        }

        /// <summary>Glance's "replace" needs the attribute to exist; "add" sets it either way.</summary>
        private JsonArray Patch(Client.Image.Image image)
        {
            var ops = new JsonArray();
            void Set(string attribute, JsonNode? value) => ops.Add(new JsonObject { ["op"] = "add", ["path"] = "/" + attribute, ["value"] = value });
            if (Name != null) Set("name", Name);
            if (Visibility != null) Set("visibility", Visibility);
            if (MinDisk.HasValue) Set("min_disk", MinDisk.Value);
            if (MinRam.HasValue) Set("min_ram", MinRam.Value);
            if (Protected.HasValue) Set("protected", Protected.Value);
            foreach (var kv in Hashtables.ToStrings(Property)) Set(kv.Key, kv.Value);
            if (RemoveProperty != null)
                foreach (var p in RemoveProperty)
                    if (image.Properties.ContainsKey(p)) ops.Add(new JsonObject { ["op"] = "remove", ["path"] = "/" + p });
            if (Tag != null)
            {
                var tags = new JsonArray();
                foreach (var t in Tag) tags.Add(t);
                ops.Add(new JsonObject { ["op"] = "replace", ["path"] = "/tags", ["value"] = tags });
            }
            return ops;
        }
    }
}
