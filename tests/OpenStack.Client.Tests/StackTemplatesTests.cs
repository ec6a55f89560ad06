using System;
using System.IO;
using System.Text.Json.Nodes;
using OpenStack.Client.Orchestration;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>Templates and environments read with the files they refer to, as python-heatclient sends them.</summary>
    public sealed class StackTemplatesTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "stt-" + Guid.NewGuid().ToString("N"));

        public StackTemplatesTests() { Directory.CreateDirectory(Path.Combine(_dir, "lib", "scripts")); }

        public void Dispose() => Directory.Delete(_dir, true);

        private string Write(string relative, string text)
        {
            var path = Path.Combine(_dir, relative);
            File.WriteAllText(path, text);
            return path;
        }

        [Fact]
        public void Nested_templates_get_file_and_registry_entries_become_file_urls_with_their_content()
        {
            Write("lib/scripts/boot.sh", "#!/bin/sh\necho hi\n");
            Write("lib/node.yaml", "heat_template_version: 2018-08-31\nresources:\n  cfg: {type: OS::Heat::Value, properties: {value: {get_file: scripts/boot.sh}}}\n");
            Write("lib/db.yaml", "heat_template_version: 2018-08-31\n");
            var main = Write("main.yaml", "heat_template_version: 2018-08-31\nparameters:\n  size: {type: number, default: 2}\n  enabled: {type: boolean, default: yes}\n  name: {type: string, default: '007'}\n" +
                "resources:\n  node: {type: lib/node.yaml}\n  builtin: {type: OS::Heat::None}\n  other: {type: My::DB}\n");
            var env = Write("env.yaml", "resource_registry:\n  My::DB: lib/db.yaml\n  OS::Nova::Server: OS::Heat::None\nparameter_defaults:\n  size: 3\n");

            var t = new StackTemplates();
            var template = (JsonObject)t.ReadTemplateFile(main);
            var environment = t.ReadEnvironmentFiles(new[] { env });

            var baseUrl = new Uri(_dir + "/").AbsoluteUri;
            Assert.Equal(baseUrl + "lib/node.yaml", template["resources"]!["node"]!["type"]!.GetValue<string>());
            Assert.Equal("OS::Heat::None", template["resources"]!["builtin"]!["type"]!.GetValue<string>());
            // Plain scalars keep YAML's types; quoted ones stay text.
            Assert.Equal(2L, template["parameters"]!["size"]!["default"]!.GetValue<long>());
            Assert.True(template["parameters"]!["enabled"]!["default"]!.GetValue<bool>());
            Assert.Equal("007", template["parameters"]!["name"]!["default"]!.GetValue<string>());
            Assert.Equal("2018-08-31", template["heat_template_version"]!.GetValue<string>());
            // The nested template is sent as JSON, its own get_file resolved relative to it.
            var nested = JsonNode.Parse(t.Files[baseUrl + "lib/node.yaml"])!;
            Assert.Equal(baseUrl + "lib/scripts/boot.sh", nested["resources"]!["cfg"]!["properties"]!["value"]!["get_file"]!.GetValue<string>());
            Assert.Equal("#!/bin/sh\necho hi\n", t.Files[baseUrl + "lib/scripts/boot.sh"]);
            // A registry entry naming a file is read; one naming a built-in type is left alone.
            Assert.Equal(baseUrl + "lib/db.yaml", environment["resource_registry"]!["My::DB"]!.GetValue<string>());
            Assert.Equal("OS::Heat::None", environment["resource_registry"]!["OS::Nova::Server"]!.GetValue<string>());
            Assert.True(t.Files.ContainsKey(baseUrl + "lib/db.yaml"));
            Assert.Equal(3, t.Files.Count);
        }

        [Fact]
        public void Text_that_is_not_yaml_goes_as_it_is_and_a_missing_file_is_named()
        {
            var t = new StackTemplates();
            var raw = t.ReadTemplateText("heat_template_version: 2018-08-31\nresources: [unclosed", StackTemplates.DirectoryUrl(_dir));
            Assert.Equal("heat_template_version: 2018-08-31\nresources: [unclosed", raw.GetValue<string>());
            var main = Write("missing.yaml", "heat_template_version: 2018-08-31\nresources:\n  a: {type: nowhere.yaml}\n");
            var ex = Assert.Throws<FileNotFoundException>(() => t.ReadTemplateFile(main));
            Assert.Contains(Path.Combine(_dir, "nowhere.yaml"), ex.Message);
        }
    }
}
