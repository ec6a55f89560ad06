using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// Heat stacks against the local cloud: a stack of two files (a server, a network, a subnet, and a volume in a nested
    /// template with a file of its own) built, read, changed, suspended, resumed and removed as the openstack CLI sees it;
    /// a template Heat refuses; a resource that fails while the stack is built. tests/Pester/Orchestration.Tests.ps1 runs
    /// the same scenarios in pwsh, with previews, events followed and Wait-OSStack.
    /// </summary>
    public sealed class OrchestrationTests : CloudScriptTest
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "it-heat-" + Guid.NewGuid().ToString("N"));

        public OrchestrationTests() : base("it-heat", TestCloud.Demo) { Directory.CreateDirectory(_dir); }

        protected override Dictionary<string, object?> Vars { get { var v = base.Vars; v["dir"] = _dir; return v; } }

        protected override string Cleanup => @"Get-OSStack -Name ""$prefix*"" | Remove-OSStack -Force -Wait -TimeoutSec 120";

        protected override void OnDisposed() => Directory.Delete(_dir, true);

        private static System.Text.Json.JsonElement Cli(string args) => TestCloud.CliJson(TestCloud.Demo, args);

        [Fact]
        public void A_stack_of_two_files_is_built_changed_suspended_and_removed_as_the_openstack_cli_sees_it()
        {
            var cidr = "10." + Random.Shared.Next(100, 250) + "." + Random.Shared.Next(0, 250) + ".0/24";
            File.WriteAllText(Path.Combine(_dir, "note.txt"), "made by a nested template");
            File.WriteAllText(Path.Combine(_dir, "disk.yaml"), @"heat_template_version: 2018-08-31
parameters:
  size: {type: number}
resources:
  vol:
    type: OS::Cinder::Volume
    properties: {size: {get_param: size}, description: {get_file: note.txt}}
outputs:
  id: {value: {get_resource: vol}}
");
            File.WriteAllText(Path.Combine(_dir, "main.yaml"), @"heat_template_version: 2018-08-31
parameters:
  size: {type: number, default: 1}
resources:
  net: {type: OS::Neutron::Net}
  sub:
    type: OS::Neutron::Subnet
    properties: {network: {get_resource: net}, cidr: " + cidr + @"}
  disk:
    type: disk.yaml
    properties: {size: {get_param: size}}
  srv:
    type: OS::Nova::Server
    depends_on: sub
    properties: {image: testcloud-image, flavor: m1.nano, networks: [{network: {get_resource: net}}]}
outputs:
  ip: {value: {get_attr: [srv, first_address]}}
  volume: {value: {get_attr: [disk, id]}}
");
            var r = Ps.Run(@"
                $stack = New-OSStack ""$prefix-life"" -TemplateFile ""$dir/main.yaml"" -Wait -TimeoutSec 180
                $stack.Status; $stack.Id
                $out = Get-OSStackOutput $stack
                $out.ip; $out.volume
                (Get-OSVolume -Id $out.volume).Description
                (Get-OSStackResource $stack.Name).Name -join ','", Vars).ThrowIfFailed();
            var o = r.Output.Select(x => x.ToString()).ToArray();
            Assert.Equal("CREATE_COMPLETE", o[0]);
            var id = o[1];
            Assert.StartsWith(cidr.Substring(0, cidr.LastIndexOf('.') + 1), o[2]);
            Assert.Equal("made by a nested template", o[4]);
            Assert.Equal(new[] { "disk", "net", "srv", "sub" }, o[5].Split(',').OrderBy(n => n, StringComparer.Ordinal));
            var shown = Cli("stack show " + id);
            Assert.Equal(Prefix + "-life", shown.GetProperty("stack_name").GetString());
            Assert.Equal("CREATE_COMPLETE", shown.GetProperty("stack_status").GetString());
            Assert.Contains(shown.GetProperty("outputs").EnumerateArray(), x => x.GetProperty("output_key").GetString() == "volume" && x.GetProperty("output_value").GetString() == o[3]);

            // A parameter changed in place: the nested volume is extended, the stack's other resources untouched.
            var changed = Ps.Run(@"
                (Update-OSStack ""$prefix-life"" -Existing -Parameter @{ size = 2 } -Wait -TimeoutSec 180).Status
                (Get-OSVolume -Id (Get-OSStackOutput ""$prefix-life"" -Key volume)).Size
                (Suspend-OSStack ""$prefix-life"" -Wait).Status
                (Get-OSServer -Id (Get-OSStackResource ""$prefix-life"" srv).PhysicalId).Status
                (Resume-OSStack ""$prefix-life"" -Wait).Status", Vars).ThrowIfFailed();
            Assert.Equal(new[] { "UPDATE_COMPLETE", "2", "SUSPEND_COMPLETE", "SUSPENDED", "RESUME_COMPLETE" }, changed.Output.Select(x => x.ToString()));
            Assert.Equal("RESUME_COMPLETE", Cli("stack show " + id).GetProperty("stack_status").GetString());
            Assert.Equal(o[3], Cli("stack output show " + id + " volume").GetProperty("output_value").GetString());

            var removed = Ps.Run(@"Remove-OSStack ""$prefix-life"" -Force -Wait -TimeoutSec 180
                Get-OSVolume -Id """ + o[3] + @""" -ErrorAction SilentlyContinue
                @(Get-OSStack -Name ""$prefix-life"" | Where-Object Status -ne DELETE_COMPLETE).Count", Vars).ThrowIfFailed();
            // Heat may still list a stack it has just deleted, as DELETE_COMPLETE.
            Assert.Equal("0", removed.Output.Single().ToString());
            Assert.DoesNotContain(Cli("stack list").EnumerateArray(), x => x.GetProperty("ID").GetString() == id && x.GetProperty("Stack Status").GetString() != "DELETE_COMPLETE");
        }

        [Fact]
        public void A_template_Heat_refuses_is_an_error_with_Heats_message_and_creates_nothing()
        {
            File.WriteAllText(Path.Combine(_dir, "bad.yaml"), "heat_template_version: 2018-08-31\nresources:\n  net:\n    type: OS::Neutron::Net\n    propertiez: {}\n");
            var r = Ps.Run(@"
                Test-OSStackTemplate -TemplateFile ""$dir/bad.yaml""
                New-OSStack ""$prefix-bad"" -TemplateFile ""$dir/bad.yaml"" -Wait
                New-OSStack ""$prefix-bad"" -Template ""heat_template_version: 2018-08-31`nresources: [unclosed""
                @(Get-OSStack -Name ""$prefix*"").Count", Vars);
            Assert.Equal("0", r.Output.Last().ToString());
            Assert.True(r.Errors.Count == 3, string.Join("\n", r.Errors.Select(e => e.Exception.Message)));
            // Heat's own message names the misspelt section, for the validation and for the create alike.
            Assert.All(r.Errors.Take(2), e => Assert.Contains("\"propertiez\" is not a valid keyword inside a resource definition", e.Exception.Message));
            Assert.All(r.Errors.Take(2), e => Assert.Contains("HTTP 400", e.Exception.Message));
            // Text that is not YAML goes to Heat as it is: Heat's parser says where it stopped.
            Assert.Contains("HTTP 400", r.Errors[2].Exception.Message);
            Assert.Contains("Error parsing template", r.Errors[2].Exception.Message);
        }

        [Fact]
        public void A_resource_that_fails_ends_Wait_with_the_stacks_reason_and_the_resources()
        {
            // The image comes from another resource, so Heat cannot check it before the build: the server fails while built.
            File.WriteAllText(Path.Combine(_dir, "noimage.yaml"), @"heat_template_version: 2018-08-31
resources:
  image:
    type: OS::Heat::Value
    properties: {value: no-such-image-anywhere}
  srv:
    type: OS::Nova::Server
    properties: {image: {get_attr: [image, value]}, flavor: m1.nano, networks: [{network: private}]}
");
            var r = Ps.Run(@"
                New-OSStack ""$prefix-fail"" -TemplateFile ""$dir/noimage.yaml"" -Wait -TimeoutSec 120 -Verbose
                'went on'
                (Get-OSStack ""$prefix-fail"").Status", Vars);
            Assert.Equal(new[] { "went on", "CREATE_FAILED" }, r.Output.Select(o => o.ToString()));
            var e = Assert.Single(r.Errors);
            Assert.Equal(ErrorCategory.InvalidResult, e.CategoryInfo.Category);
            Assert.Equal(Prefix + "-fail", e.TargetObject?.ToString());
            Assert.Matches(@"^Stack " + Prefix + @"-fail went to status CREATE_FAILED: Resource CREATE failed: .*No images matching .*no-such-image-anywhere.*\. First failed resource: srv CREATE_FAILED: .*No images matching .*no-such-image-anywhere", e.Exception.Message);
            // The progress came from the events: the resource that built, then the one that failed.
            Assert.Contains(r.Verbose, v => v == "image CREATE_COMPLETE: state changed");
            Assert.Contains(r.Verbose, v => v.StartsWith("srv CREATE_FAILED: ", StringComparison.Ordinal));
        }
    }
}
