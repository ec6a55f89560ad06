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
                return ReadNode(parser, new Dictionary<string, object?>(StringComparer.Ordinal), null);
            }
            catch (Exception ex) when (!(ex is YamlException))
            {
                // The scanner can fail without a position (input ending inside [ or {): point at the last event it read.
                var at = parser.Current?.Start ?? Mark.Empty;
                throw new YamlException(at, parser.Current?.End ?? at, "the YAML cannot be read from here on", ex);
            }
        }

        /// <param name="key">The mapping key whose value this node is, if any: the value of a secret key is never quoted back.</param>
        private static object? ReadNode(IParser parser, Dictionary<string, object?> anchors, string? key)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
                return anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new YamlException(alias.Start, alias.End, key != null && IsSecretKey(key)
                        ? "the value of '" + key + "' begins with '*', which YAML reads as an alias to an anchor: put the value in single quotes"
                        : "the alias *" + alias.Value.Value + " names no anchor defined before it");
            if (parser.TryConsume<Scalar>(out var scalar))
                return Remember(scalar, scalar.Style == ScalarStyle.Plain && IsNull(scalar.Value) ? null : scalar.Value, anchors);
            if (parser.TryConsume<SequenceStart>(out var sequence))
            {
                var list = Remember(sequence, new List<object?>(), anchors);
                while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode(parser, anchors, key));
                return list;
            }
            var mapping = parser.Consume<MappingStart>();
            var map = Remember(mapping, new Dictionary<string, object?>(StringComparer.Ordinal), anchors);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var name = ReadNode(parser, anchors, null)?.ToString() ?? "";
                map[name] = ReadNode(parser, anchors, name);
            }
            return map;
        }

        private static T Remember<T>(NodeEvent node, T value, Dictionary<string, object?> anchors)
        {
            if (!node.Anchor.IsEmpty) anchors[node.Anchor.Value] = value;
            return value;
        }

        /// <summary>Keys whose values are secrets: password, application_credential_secret, token and the like.</summary>
        internal static bool IsSecretKey(string key)
        {
            var k = key.Trim().ToLowerInvariant();
            return k.EndsWith("password", StringComparison.Ordinal) || k.EndsWith("secret", StringComparison.Ordinal) ||
                   k.EndsWith("token", StringComparison.Ordinal) || k == "passwd" || k == "private_key";
        }

        private static bool IsNull(string value) => value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL";
    }
}
