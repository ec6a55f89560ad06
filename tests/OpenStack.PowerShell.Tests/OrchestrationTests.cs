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
    /// Heat stacks against the local cloud, the failures: a template Heat refuses and a resource that fails while the
    /// stack is built. The life of a stack that builds (create, outputs, update, suspend, resume, removal) and nested
    /// templates are in tests/Pester/Orchestration.Tests.ps1.
    /// </summary>
    public sealed class OrchestrationTests : CloudScriptTest
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "it-heat-" + Guid.NewGuid().ToString("N"));

        public OrchestrationTests() : base("it-heat", TestCloud.Demo) { Directory.CreateDirectory(_dir); }

        protected override Dictionary<string, object?> Vars { get { var v = base.Vars; v["dir"] = _dir; return v; } }

        protected override string Cleanup => @"Get-OSStack -Name ""$prefix*"" | Remove-OSStack -Force -Wait -TimeoutSec 120";

        protected override void OnDisposed() => Directory.Delete(_dir, true);

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
