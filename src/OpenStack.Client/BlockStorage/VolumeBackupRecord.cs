using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.BlockStorage
{
    /// <summary>
    /// What Cinder needs to know a backup again (admin): the backup driver and the backup's own description, encoded. Kept
    /// beside the backup's data, it lets a cloud that lost its database (or another cloud reading the same backup store)
    /// import the backup and restore from it.
    /// </summary>
    public sealed class VolumeBackupRecord
    {
        [JsonPropertyName("backup_service")] public string BackupService { get; set; } = "";
        /// <summary>Cinder's description of the backup, base64-encoded JSON (its id, size, volume, where its data is).</summary>
        [JsonPropertyName("backup_url")] public string BackupUrl { get => _url; set { _url = value; _fields = null; } }

        /// <summary>The backup's id, read from <see cref="BackupUrl"/>: an import gives the backup this id again.</summary>
        [JsonIgnore] public string? BackupId => Field("id");
        [JsonIgnore] public string? Name => Field("display_name");
        [JsonIgnore] public string? VolumeId => Field("volume_id");
        /// <summary>Size in GB.</summary>
        [JsonIgnore] public int? Size => int.TryParse(Field("size"), out var n) ? n : (int?)null;

        private string _url = "";
        // What BackupUrl says, decoded once when first asked for (and again after it changes).
        private Dictionary<string, string?>? _fields;

        private string? Field(string name)
        {
            _fields ??= Decode(BackupUrl);
            return _fields.TryGetValue(name, out var v) ? v : null;
        }

        /// <summary>The record's top-level fields as text; none when it is not base64-encoded JSON.</summary>
        private static Dictionary<string, string?> Decode(string url)
        {
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            try
            {
                using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(url)));
                if (doc.RootElement.ValueKind != JsonValueKind.Object) return fields;
                foreach (var p in doc.RootElement.EnumerateObject())
                    fields[p.Name] = p.Value.ValueKind switch
                    {
                        JsonValueKind.String => p.Value.GetString(),
                        JsonValueKind.Number => p.Value.GetRawText(),
                        _ => null,
                    };
            }
            catch (FormatException) { }
            catch (JsonException) { }
            return fields;
        }

        /// <summary>Records as a JSON array of Cinder's own backup-record objects (backup_service, backup_url).</summary>
        public static string ToJson(IEnumerable<VolumeBackupRecord> records)
        {
            using var buffer = new System.IO.MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartArray();
                foreach (var r in records)
                {
                    w.WriteStartObject();
                    w.WriteString("backup_service", r.BackupService);
                    w.WriteString("backup_url", r.BackupUrl);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }

        /// <summary>
        /// The records of a file: an array of them, one alone, or one wrapped as Cinder answers an export
        /// ({"backup-record": {...}}). Anything else is an <see cref="ArgumentException"/> naming <paramref name="source"/>.
        /// </summary>
        public static IReadOnlyList<VolumeBackupRecord> FromJson(string json, string source)
        {
            var records = new List<VolumeBackupRecord>();
            try
            {
                using var doc = JsonDocument.Parse(json);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("backup-record", out var wrapped)) root = wrapped;
                if (root.ValueKind == JsonValueKind.Array) foreach (var e in root.EnumerateArray()) records.Add(One(e, source));
                else records.Add(One(root, source));
            }
            catch (JsonException ex) { throw new ArgumentException(source + " is not JSON: " + ex.Message, ex); }
            return records;
        }

        private static VolumeBackupRecord One(JsonElement e, string source)
        {
            string? Text(string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var service = Text("backup_service");
            var url = Text("backup_url");
            if (string.IsNullOrEmpty(service) || string.IsNullOrEmpty(url))
                throw new ArgumentException(source + " holds something that is not a backup record (it needs backup_service and backup_url).");
            return new VolumeBackupRecord { BackupService = service!, BackupUrl = url! };
        }

        public override string ToString() => BackupId ?? BackupService;
    }
}
