using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using OpenStack.Client.BlockStorage;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>QoS specifications and backup records as Cinder's API reference shows them, and as the client writes them.</summary>
    public class BlockStorageAdminParsingTests
    {
        [Fact]
        public void A_QoS_specification_and_a_list_of_them_are_read_under_qos_specs()
        {
            using var created = JsonDocument.Parse(Samples.Read("block-storage/qos-create-response.json"));
            var q = ResourceClient.Read(BlockStorageResources.QosSpecs, created, "POST", "qos-specs");
            Assert.Equal(("reliability-spec", "back-end", "599ef437-1c99-42ec-9fc6-239d0519fef1"), (q.Name, q.Consumer, q.Id));
            Assert.Empty(q.Specs!);
            using var list = JsonDocument.Parse(Samples.Read("block-storage/qos-list-response.json"));
            var all = list.RootElement.GetProperty("qos_specs").EnumerateArray().Select(e => e.Deserialize(OpenStackJsonContext.Default.VolumeQos)!).ToList();
            Assert.Equal("62c17294-2e52-4877-a01f-a30388749d9d", Assert.Single(all).Id);
        }

        [Fact]
        public void A_new_QoS_specification_sends_its_specs_beside_its_name_and_refuses_what_Cinder_would_misread()
        {
            var o = new VolumeQosCreateOptions { Name = "fast-io", Consumer = "front-end" };
            o.Specs["read_iops_sec"] = "2000";
            Assert.Equal("{\"name\":\"fast-io\",\"consumer\":\"front-end\",\"read_iops_sec\":\"2000\"}", o.ToJson().ToJsonString());
            Assert.Contains("not one of front-end, back-end, both", Assert.Throws<ArgumentException>(() => new VolumeQosCreateOptions { Name = "x", Consumer = "frontend" }.ToJson()).Message);
            var named = new VolumeQosCreateOptions { Name = "x" };
            named.Specs["consumer"] = "both";
            Assert.Contains("not a spec", Assert.Throws<ArgumentException>(() => named.ToJson()).Message);
        }

        private static string Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

        [Fact]
        public void A_backup_record_shows_what_its_encoded_description_says_and_nothing_when_it_cannot_be_read()
        {
            var r = new VolumeBackupRecord
            {
                BackupService = "cinder.backup.drivers.posix.PosixBackupDriver",
                BackupUrl = Url("{\"id\": \"b1\", \"display_name\": \"nightly\", \"volume_id\": \"v1\", \"size\": 2, \"object_count\": 3}"),
            };
            Assert.Equal(("b1", "nightly", "v1", (int?)2), (r.BackupId, r.Name, r.VolumeId, r.Size));
            Assert.Equal("b1", r.ToString());
            // The API reference's own example is cut short: no fields, and no exception.
            using var doc = JsonDocument.Parse(Samples.Read("block-storage/backup-record-export-response.json"));
            var sample = doc.RootElement.GetProperty("backup-record").Deserialize(OpenStackJsonContext.Default.VolumeBackupRecord)!;
            Assert.Equal("cinder.backup.drivers.swift", sample.BackupService);
            Assert.Null(sample.BackupId);
            Assert.Null(sample.Size);
        }

        [Fact]
        public void Backup_records_go_to_a_file_and_come_back_and_Cinders_own_export_is_read_too()
        {
            var a = new VolumeBackupRecord { BackupService = "s", BackupUrl = Url("{\"id\": \"a\"}") };
            var b = new VolumeBackupRecord { BackupService = "s", BackupUrl = Url("{\"id\": \"b\"}") };
            var back = VolumeBackupRecord.FromJson(VolumeBackupRecord.ToJson(new[] { a, b }), "records.json");
            Assert.Equal(new[] { "a", "b" }, back.Select(x => x.BackupId));
            Assert.Equal("cinder.backup.drivers.swift", Assert.Single(VolumeBackupRecord.FromJson(Samples.Read("block-storage/backup-record-export-response.json"), "x")).BackupService);
            Assert.Single(VolumeBackupRecord.FromJson("{\"backup_service\": \"s\", \"backup_url\": \"u\"}", "one.json"));
            Assert.Contains("one.json holds something that is not a backup record", Assert.Throws<ArgumentException>(() => VolumeBackupRecord.FromJson("[{\"backup_service\": \"s\"}]", "one.json")).Message);
            Assert.StartsWith("bad.json is not JSON", Assert.Throws<ArgumentException>(() => VolumeBackupRecord.FromJson("{oops", "bad.json")).Message);
        }
    }
}
