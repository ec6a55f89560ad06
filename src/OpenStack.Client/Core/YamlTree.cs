using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// Reads a YAML document into string-keyed dictionaries, lists and strings (null for YAML's plain nulls), aliases
    /// resolved. Built on YamlDotNet's parser alone: its deserializer takes about twice as long to start in a fresh
    /// process, and clouds.yaml is read on every Connect-OpenStack.
    /// </summary>
    internal static class YamlTree
    {
        public static object? Read(TextReader reader)
        {
            var parser = new Parser(reader);
            try
            {
                parser.Consume<StreamStart>();
                if (parser.TryConsume<StreamEnd>(out _)) return null;
                parser.Consume<DocumentStart>();
                return ReadNode(parser, new Dictionary<string, object?>(StringComparer.Ordinal));
            }
            catch (Exception ex) when (!(ex is YamlException))
            {
                // The scanner can fail without a position (input ending inside [ or {): point at the last event it read.
                var at = parser.Current?.Start ?? Mark.Empty;
                throw new YamlException(at, parser.Current?.End ?? at, "the YAML cannot be read from here on", ex);
            }
        }

        private static object? ReadNode(IParser parser, Dictionary<string, object?> anchors)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
                return anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new YamlException(alias.Start, alias.End, "the alias *" + alias.Value.Value + " names no anchor defined before it");
            if (parser.TryConsume<Scalar>(out var scalar))
                return Remember(scalar, scalar.Style == ScalarStyle.Plain && IsNull(scalar.Value) ? null : scalar.Value, anchors);
            if (parser.TryConsume<SequenceStart>(out var sequence))
            {
                var list = Remember(sequence, new List<object?>(), anchors);
                while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode(parser, anchors));
                return list;
            }
            var mapping = parser.Consume<MappingStart>();
            var map = Remember(mapping, new Dictionary<string, object?>(StringComparer.Ordinal), anchors);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors)?.ToString() ?? "";
                map[key] = ReadNode(parser, anchors);
            }
            return map;
        }

        private static T Remember<T>(NodeEvent node, T value, Dictionary<string, object?> anchors)
        {
            if (!node.Anchor.IsEmpty) anchors[node.Anchor.Value] = value;
            return value;
        }

        private static bool IsNull(string value) => value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL";
    }
}
