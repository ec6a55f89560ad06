using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// The view file as PowerShell would load it on any user's machine: valid against Format.xsd, every type it names
    /// real, and every object a Get- cmdlet returns shown by a view of its own.
    /// </summary>
    public sealed class ViewFileTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();
        private static string FormatFile => Path.Combine(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!, "OpenStack.format.ps1xml");
        private static string TypesFile => Path.Combine(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!, "OpenStack.types.ps1xml");

        public void Dispose() => _ps.Dispose();

        private static List<string> ViewTypeNames() =>
            XDocument.Load(FormatFile).Descendants("TypeName").Select(e => e.Value.Trim()).ToList();

        [Theory]
        [InlineData("OpenStack.format.ps1xml", "Format.xsd")]
        [InlineData("OpenStack.types.ps1xml", "Types.xsd")]
        public void The_view_and_type_files_are_valid_against_their_schemas(string file, string schema)
        {
            var schemas = new XmlSchemaSet();
            schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", schema));
            var problems = new List<string>();
            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
            settings.ValidationEventHandler += (_, e) => problems.Add(e.Severity + " line " + e.Exception?.LineNumber + ": " + e.Message);
            using (var reader = XmlReader.Create(Path.Combine(Path.GetDirectoryName(PowerShellHost.ModuleManifest)!, file), settings)) while (reader.Read()) { }
            Assert.Empty(problems);
        }

        [Fact]
        public void Default_display_sets_name_real_properties()
        {
            foreach (var type in XDocument.Load(TypesFile).Descendants("Type"))
            {
                var name = type.Element("Name")!.Value;
                var properties = type.Descendants("ReferencedProperties").Elements("Name").Select(e => e.Value).ToList();
                var r = _ps.Run(ModuleTypes + "$o = $types['" + name + "']::new(); $o.PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames; " +
                                "foreach ($p in $o.PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames) { [bool]$o.PSObject.Properties[$p] }").ThrowIfFailed();
                var values = r.Output.Select(o => o.ToString()).ToList();
                Assert.Equal(properties, values.Take(properties.Count));
                Assert.All(values.Skip(properties.Count), v => Assert.Equal("True", v));
            }
        }

        // The client lives in the module's own load context, where type literals cannot reach
        // ([OpenStack.Client.Compute.Server] does not resolve): the types come from the assemblies as loaded.
        private const string ModuleTypes = @"
            $types = @{}
            foreach ($a in (Get-Command Connect-OpenStack).ImplementingType.Assembly, (Get-Command Get-OSServer).OutputType[0].Type.Assembly) {
                foreach ($t in $a.GetExportedTypes()) { $types[$t.FullName] = $t } }
            ";

        [Fact]
        public void Every_type_a_view_names_exists()
        {
            foreach (var name in ViewTypeNames())
                Assert.True(_ps.Run(ModuleTypes + "$types.ContainsKey('" + name + "')").ThrowIfFailed().Output.Single().BaseObject is true, name + " is not a loaded type");
        }

        [Fact]
        public void Every_object_type_a_cmdlet_returns_has_a_view()
        {
            var viewed = new HashSet<string>(ViewTypeNames());
            var outputs = _ps.Run(@"
                foreach ($c in Get-Command -Module OpenStack -CommandType Cmdlet) {
                    foreach ($t in $c.OutputType) { if ($t.Type -and $t.Type.Namespace -like 'OpenStack*') { $c.Name + '=' + $t.Type.FullName } } }").ThrowIfFailed();
            var missing = outputs.Output.Select(o => o.ToString()).Where(s => !viewed.Contains(s.Substring(s.IndexOf('=') + 1))).ToList();
            Assert.Empty(missing);
            Assert.True(outputs.Output.Count > 50);
        }
    }
}
