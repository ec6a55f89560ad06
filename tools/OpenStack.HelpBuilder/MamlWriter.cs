using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Xml.Linq;

namespace OpenStack.HelpBuilder
{
    /// <summary>
    /// Turns a cmdlet (its real parameter metadata) and its written help into a MAML command element,
    /// in the shape PowerShell's Get-Help reads and the PSMaml schema (developerCommand.xsd) accepts.
    /// </summary>
    public static class MamlWriter
    {
        public static readonly XNamespace Msh = "http://msh";
        public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        private static readonly HashSet<string> CommonParameters = new HashSet<string>(
            Cmdlet.CommonParameters.Concat(Cmdlet.OptionalCommonParameters), StringComparer.OrdinalIgnoreCase);

        public static XDocument Document(IEnumerable<XElement> commands) =>
            new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                    new XAttribute(XNamespace.Xmlns + "maml", Maml), new XAttribute(XNamespace.Xmlns + "command", Command),
                    new XAttribute(XNamespace.Xmlns + "dev", Dev), commands));

        /// <summary>The parameters a user documents: all but the common ones (-Verbose, -WhatIf, ...).</summary>
        public static IEnumerable<ParameterMetadata> OwnParameters(CmdletInfo cmdlet) =>
            cmdlet.Parameters.Values.Where(p => !CommonParameters.Contains(p.Name)).OrderBy(p => Position(p)).ThenBy(p => p.Name, StringComparer.Ordinal);

        public static XElement CommandElement(CmdletInfo cmdlet, HelpSource help, Func<string, IReadOnlyList<string>?> describe)
        {
            var parameters = OwnParameters(cmdlet).ToList();
            var defaults = Activator.CreateInstance(cmdlet.ImplementingType);
            return new XElement(Command + "command",
                new XElement(Command + "details",
                    new XElement(Command + "name", cmdlet.Name),
                    Description(help.Synopsis),
                    new XElement(Maml + "copyright", Para("")),
                    new XElement(Command + "verb", cmdlet.Verb),
                    new XElement(Command + "noun", cmdlet.Noun),
                    new XElement(Dev + "version")),
                Description(help.Description),
                new XElement(Command + "syntax", cmdlet.ParameterSets.Select(set => SyntaxItem(cmdlet, set, describe))),
                parameters.Count == 0 ? null : new XElement(Command + "parameters", parameters.Select(p => Parameter(p, describe(p.Name) ?? Array.Empty<string>(), DefaultValue(cmdlet, defaults, p.Name)))),
                new XElement(Command + "inputTypes", InputTypes(parameters)),
                new XElement(Command + "returnValues", ReturnValues(cmdlet, help)),
                new XElement(Command + "terminatingErrors"),
                new XElement(Command + "nonTerminatingErrors"),
                help.Notes.Count == 0 ? null : new XElement(Maml + "alertSet", new XElement(Maml + "alert", help.Notes.Select(Para))),
                new XElement(Command + "examples", help.Examples.Select((e, i) => Example(e, i + 1))),
                new XElement(Maml + "relatedLinks", help.RelatedLinks.Select(link =>
                    new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", link), new XElement(Maml + "uri")))));
        }

        private static XElement SyntaxItem(CmdletInfo cmdlet, CommandParameterSetInfo set, Func<string, IReadOnlyList<string>?> describe) =>
            new XElement(Command + "syntaxItem",
                new XElement(Maml + "name", cmdlet.Name),
                set.Parameters.Where(p => !CommonParameters.Contains(p.Name))
                    .OrderBy(p => p.Position < 0 ? int.MaxValue : p.Position).ThenBy(p => p.IsMandatory ? 0 : 1)
                    .Select(p => new XElement(Command + "parameter",
                        Flags(p.IsMandatory, p.ParameterType, PipelineInput(p.ValueFromPipeline, p.ValueFromPipelineByPropertyName), p.Position, Wildcards(p.Attributes)),
                        new XElement(Maml + "name", p.Name),
                        Description(describe(p.Name) ?? Array.Empty<string>()),
                        IsSwitch(p.ParameterType) ? null : ParameterValue(p.ParameterType, p.IsMandatory),
                        TypeElement(p.ParameterType))));

        /// <summary>The value a new cmdlet object holds (what the code really defaults to), or "None".</summary>
        private static string DefaultValue(CmdletInfo cmdlet, object? instance, string name)
        {
            var value = cmdlet.ImplementingType.GetProperty(name)?.GetValue(instance);
            return value switch
            {
                null => "None",
                SwitchParameter s => s.IsPresent ? "True" : "False",
                bool b => b ? "True" : "False",
                int i when i == 0 => "None",
                string str when str.Length == 0 => "None",
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "None",
            };
        }

        private static XElement Parameter(ParameterMetadata p, IReadOnlyList<string> description, string defaultValue)
        {
            var sets = p.ParameterSets.Values.ToList();
            var mandatory = sets.Count > 0 && sets.All(s => s.IsMandatory);
            var position = sets.Select(s => s.Position).Where(x => x >= 0).DefaultIfEmpty(int.MinValue).First();
            var pipeline = PipelineInput(sets.Any(s => s.ValueFromPipeline), sets.Any(s => s.ValueFromPipelineByPropertyName));
            var text = description.ToList();
            if (p.Aliases.Count > 0) text.Add("Aliases: " + string.Join(", ", p.Aliases));
            if (sets.Count > 1 || (sets.Count == 1 && sets[0] != null && p.ParameterSets.Keys.First() != ParameterAttribute.AllParameterSets))
                text.Add("Parameter sets: " + string.Join(", ", p.ParameterSets.Keys.Select(k => k == ParameterAttribute.AllParameterSets ? "(all)" : k)));
            return new XElement(Command + "parameter",
                Flags(mandatory, p.ParameterType, pipeline, position, Wildcards(p.Attributes)),
                new XElement(Maml + "name", p.Name),
                Description(text),
                IsSwitch(p.ParameterType) ? null : ParameterValue(p.ParameterType, mandatory),
                TypeElement(p.ParameterType),
                new XElement(Dev + "defaultValue", defaultValue));
        }

        private static object[] Flags(bool required, Type type, string pipeline, int position, bool globbing) => new object[]
        {
            new XAttribute("required", required ? "true" : "false"),
            new XAttribute("variableLength", type.IsArray ? "true" : "false"),
            new XAttribute("globbing", globbing ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", position >= 0 ? position.ToString(System.Globalization.CultureInfo.InvariantCulture) : "named"),
        };

        private static bool Wildcards(IEnumerable<Attribute> attributes) => attributes.OfType<SupportsWildcardsAttribute>().Any();

        private static int Position(ParameterMetadata p) =>
            p.ParameterSets.Values.Select(s => s.Position).Where(x => x >= 0).DefaultIfEmpty(int.MaxValue).Min();

        private static string PipelineInput(bool byValue, bool byName) =>
            byValue && byName ? "True (ByValue, ByPropertyName)" : byValue ? "True (ByValue)" : byName ? "True (ByPropertyName)" : "False";

        private static bool IsSwitch(Type t) => t == typeof(SwitchParameter);

        private static XElement ParameterValue(Type type, bool required) =>
            new XElement(Command + "parameterValue", new XAttribute("required", required ? "true" : "false"),
                new XAttribute("variableLength", type.IsArray ? "true" : "false"), ShortName(type));

        private static XElement TypeElement(Type type) =>
            new XElement(Dev + "type", new XElement(Maml + "name", FullName(type)), new XElement(Maml + "uri"));

        private static IEnumerable<XElement> InputTypes(List<ParameterMetadata> parameters)
        {
            var byValue = parameters.Where(p => p.ParameterSets.Values.Any(s => s.ValueFromPipeline)).ToList();
            var byName = parameters.Where(p => p.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName)).ToList();
            foreach (var group in byValue.GroupBy(p => FullName(p.ParameterType)))
                yield return InputType(group.Key, "Bound to -" + string.Join(", -", group.Select(p => p.Name)) + ".");
            if (byName.Count > 0)
                yield return InputType("System.Management.Automation.PSObject",
                    "Any object with a property named " + string.Join(", ", byName.Select(p => string.Join(" or ", new[] { p.Name }.Concat(p.Aliases)))) +
                    ", such as the objects the module's Get- and New- cmdlets write.");
            if (byValue.Count == 0 && byName.Count == 0)
                yield return InputType("None", "This cmdlet takes no input from the pipeline.");
        }

        private static XElement InputType(string name, string description) =>
            new XElement(Command + "inputType", new XElement(Dev + "type", new XElement(Maml + "name", name), new XElement(Maml + "uri")), Description(new[] { description }));

        private static IEnumerable<XElement> ReturnValues(CmdletInfo cmdlet, HelpSource help)
        {
            var types = cmdlet.OutputType.Select(t => t.Type != null ? FullName(t.Type) : t.Name).Distinct().ToList();
            if (types.Count == 0) types.Add("None");
            foreach (var name in types)
            {
                help.Outputs.TryGetValue(name, out var text);
                yield return new XElement(Command + "returnValue",
                    new XElement(Dev + "type", new XElement(Maml + "name", name), new XElement(Maml + "uri")),
                    Description(text ?? Array.Empty<string>()));
            }
        }

        private static XElement Example(HelpExample example, int number) =>
            new XElement(Command + "example",
                new XElement(Maml + "title", "-------------------------- Example " + number + ": " + example.Title + " --------------------------"),
                new XElement(Dev + "code", example.Code),
                new XElement(Dev + "remarks", example.Remarks.Select(Para)));

        private static XElement Description(IEnumerable<string> paragraphs)
        {
            var paras = paragraphs.ToList();
            return new XElement(Maml + "description", paras.Count == 0 ? new[] { Para("") } : paras.Select(Para).ToArray());
        }

        private static XElement Para(string text) => new XElement(Maml + "para", text);

        public static string ShortName(Type type)
        {
            if (type.IsArray) return ShortName(type.GetElementType()!) + "[]";
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>)) return ShortName(type.GetGenericArguments()[0]);
            return type.Name;
        }

        public static string FullName(Type type)
        {
            if (type.IsArray) return FullName(type.GetElementType()!) + "[]";
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>)) return FullName(type.GetGenericArguments()[0]);
            return type.FullName ?? type.Name;
        }
    }
}
