using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Image;
using OpenStack.Client.Resources;
using OpenStack.PowerShell.Completion;
using OpenStack.PowerShell.Internal;
using OpenStack.PowerShell.ResourceCmdlets;

namespace OpenStack.PowerShell.Commands.Images
{
    /// <summary>Set-OSImage: changes an image with a JSON patch: name, visibility, minimums, protection, properties and tags.</summary>
    [Cmdlet(VerbsCommon.Set, "OSImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Image))]
    public sealed class SetOSImageCommand : SetResourceCmdlet<Image>
    {
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

        protected override ResourceDescriptor<Image> Resource => ImageResources.Images;
        protected override string[] Targets => Id;
        // The update reads the image itself (its patch depends on it): no separate lookup first.
        protected override bool TakesUuidsAsGiven => true;
        protected override JsonObject BuildChanges(ResourceClient client) => new JsonObject();
        protected override bool HasOtherChanges => Name != null || Visibility != null || MinDisk.HasValue || MinRam.HasValue || Protected.HasValue ||
                                                    Property != null || RemoveProperty != null || Tag != null;

        /// <summary>A JSON patch of what is given; a property to remove that the image lacks is left out (Glance refuses it).</summary>
        protected override async Task<Image?> UpdateAsync(ResourceClient client, string id, JsonObject changes, CancellationToken ct)
        {
            // The patch depends on the image's properties: read it first.
            var found = await client.FindAsync(Resource, id, ct).ConfigureAwait(false);
            var patch = Patch(found);
            return patch.Count == 0 ? found : await client.PatchAsync(Resource, found.Id, patch, ct).ConfigureAwait(false);
        }

        /// <summary>Glance's "replace" needs the attribute to exist; "add" sets it either way.</summary>
        private JsonPatch Patch(Image image)
        {
            var patch = new JsonPatch();
            if (Name != null) patch.Add("name", Name);
            if (Visibility != null) patch.Add("visibility", Visibility);
            if (MinDisk.HasValue) patch.Add("min_disk", MinDisk.Value);
            if (MinRam.HasValue) patch.Add("min_ram", MinRam.Value);
            if (Protected.HasValue) patch.Add("protected", Protected.Value);
            foreach (var kv in Hashtables.ToStrings(Property)) patch.Add(kv.Key, kv.Value);
            foreach (var p in RemoveProperty ?? new string[0])
                if (image.Properties.ContainsKey(p)) patch.Remove(p);
            if (Tag != null)
            {
                var tags = new JsonArray();
                foreach (var t in Tag) tags.Add(t);
                patch.Replace("tags", tags);
            }
            return patch;
        }
    }
}
