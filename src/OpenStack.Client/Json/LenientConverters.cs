using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenStack.Client.Json
{
    /// <summary>A number that some microversions send as "" (Nova's flavor swap before 2.75): "" and null read as 0.</summary>
    public sealed class LenientIntConverter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number: return reader.GetInt32();
                case JsonTokenType.String:
                    var s = reader.GetString();
                    return string.IsNullOrEmpty(s) ? 0 : int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
                case JsonTokenType.Null: return 0;
                default: throw new JsonException("Expected a number, got " + reader.TokenType);
            }
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    /// <summary>Timestamps with or without a zone ("2013-09-23T13:37:00.880302" is UTC in Nova); "" and null read as null.</summary>
    public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
    {
        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            var s = reader.GetString();
            if (string.IsNullOrEmpty(s)) return null;
            return DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteStringValue(value.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            else writer.WriteNullValue();
        }
    }
}

namespace OpenStack.Client.Json
{
    /// <summary>Booleans Cinder sends as "true"/"false" strings (volume bootable, encrypted on old versions).</summary>
    public sealed class LenientBoolConverter : System.Text.Json.Serialization.JsonConverter<bool>
    {
        public override bool Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case System.Text.Json.JsonTokenType.True: return true;
                case System.Text.Json.JsonTokenType.False: return false;
                case System.Text.Json.JsonTokenType.String: return string.Equals(reader.GetString(), "true", System.StringComparison.OrdinalIgnoreCase);
                default: return false;
            }
        }

        public override void Write(System.Text.Json.Utf8JsonWriter writer, bool value, System.Text.Json.JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}
