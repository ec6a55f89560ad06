using System.Linq;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>QoS specifications against the local Cinder, as the admin: specs set and removed by key, applied to volume types and taken off.</summary>
    public sealed class VolumeQosTests : CloudScriptTest
    {
        public VolumeQosTests() : base("it-qos", TestCloud.Admin) { }

        protected override string Cleanup => @"
            Get-OSVolumeQos -Name ""$prefix*"" -ErrorAction SilentlyContinue | Remove-OSVolumeQos -Disassociate -Force -ErrorAction SilentlyContinue
            Get-OSVolumeType | Where-Object Name -like ""$prefix*"" | Remove-OSVolumeType -Force -ErrorAction SilentlyContinue";

        /// <summary>
        /// A specification is made, changed by key, applied to two types from the pipeline (the types then name it), refused
        /// for deletion while in use and for a type that has one, taken off one type through its association object, and
        /// deleted with -Disassociate, which frees the other type.
        /// </summary>
        [Fact]
        public void A_QoS_specification_is_changed_by_key_applied_to_types_and_taken_off_them()
        {
            var r = Ps.Run(@"
                $q = New-OSVolumeQos ""$prefix-io"" -Consumer front-end -Spec @{ read_iops_sec = 2000; write_iops_sec = 1000 }
                $q.Consumer; $q.Specs['read_iops_sec']; $q.Specs.Count
                (Get-OSVolumeQos ""$prefix-io"").Id -eq $q.Id
                $u = Set-OSVolumeQos ""$prefix-io"" @{ read_iops_sec = 4000; total_bytes_sec = 1048576 } -PassThru
                $u.Specs['read_iops_sec']; $u.Specs.Count
                $u = $q | Set-OSVolumeQos -RemoveSpec write_iops_sec -PassThru
                $u.Specs.ContainsKey('write_iops_sec'); $u.Specs.Count
                $t1 = New-OSVolumeType ""$prefix-t1""; $t2 = New-OSVolumeType ""$prefix-t2""
                Get-OSVolumeType -Name ""$prefix-t*"" | Add-OSVolumeQosAssociation -Qos ""$prefix-io""
                $a = @(Get-OSVolumeQosAssociation $q)
                $a.Count; @($a | Where-Object { $_.AssociationType -eq 'volume_type' -and $_.QosId -eq $q.Id -and $_.VolumeTypeId -in $t1.Id, $t2.Id -and $_.VolumeTypeName -like ""$prefix-t?"" }).Count
                ""$((Get-OSVolumeType ""$prefix-t1"").ExtensionData['qos_specs_id'])"" -eq $q.Id
                Remove-OSVolumeQos $q.Id -Force -ErrorVariable e1 -ErrorAction SilentlyContinue
                ""$($e1[0].CategoryInfo.Category)|$($e1[0].Exception.Message)""
                @(Get-OSVolumeQos -Name ""$prefix-io"").Count
                $q2 = New-OSVolumeQos ""$prefix-io2"" @{ total_iops_sec = 10 }
                Add-OSVolumeQosAssociation $q2 -VolumeType $t2.Id -ErrorVariable e2 -ErrorAction SilentlyContinue
                $e2[0].Exception.Message
                Get-OSVolumeQosAssociation $q | Where-Object VolumeTypeName -eq ""$prefix-t1"" | Remove-OSVolumeQosAssociation
                (Get-OSVolumeQosAssociation $q).VolumeTypeName
                Remove-OSVolumeQos ""$prefix-io"" -Disassociate -Force
                @(Get-OSVolumeQos -Name ""$prefix-io*"").Name
                ""$((Get-OSVolumeType ""$prefix-t2"").ExtensionData['qos_specs_id'])""
                Add-OSVolumeQosAssociation $q2 -VolumeType $t2
                (Get-OSVolumeQosAssociation ""$prefix-io2"").VolumeTypeName
                Remove-OSVolumeQosAssociation $q2 -All
                @(Get-OSVolumeQosAssociation $q2).Count
                ($q2 | Set-OSVolumeQos -Consumer both -PassThru).Consumer
                # Bad input stops the command before any request.
                try { Set-OSVolumeQos $q2 -Spec @{ consumer = 'front-end' } } catch { $_.Exception.Message }
                $q2 | Remove-OSVolumeQos -Force
                @(Get-OSVolumeQos -Name ""$prefix*"").Count", Vars);
            Assert.Null(r.Terminating);
            var o = r.Output.Select(x => x?.ToString()).ToList();
            Assert.True(o.Count == 22, string.Join("\n", o) + "\n" + string.Join("\n", r.Errors));
            Assert.Equal(new[] { "front-end", "2000", "2", "True", "4000", "3", "False", "2", "2", "2", "True" }, o.Take(11));
            Assert.StartsWith("InvalidArgument|", o[11]);
            Assert.Contains("still in use", o[11]);
            Assert.Contains("HTTP 400", o[11]);
            Assert.Equal("1", o[12]);
            Assert.Contains("already associated", o[13]);
            Assert.Equal(new[] { Prefix + "-t2", Prefix + "-io2", "", Prefix + "-t2", "0", "both" }, o.Skip(14).Take(6));
            Assert.Contains("'consumer' is not a spec", o[20]);
            Assert.Equal("0", o[21]);
            // The refusals went to -ErrorVariable, as asked: nothing else failed.
            Assert.Empty(r.Errors);
        }
    }
}
