using System;
using System.Security;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenStack.Client.Http;

namespace OpenStack.Client.Json
{
    /// <summary>
    /// A secret the service sends once (Nova's generated private key) read straight into a read-only SecureString, so the
    /// model never holds it as a string that views, ToString() or a serializer would show. Written back only as the mask.
    /// </summary>
    public sealed class SecureStringConverter : JsonConverter<SecureString?>
    {
        public override SecureString? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("Expected a string, got " + reader.TokenType);
            var text = reader.GetString();
            if (string.IsNullOrEmpty(text)) return null;
            var secure = new SecureString();
            foreach (var c in text!) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        public override void Write(Utf8JsonWriter writer, SecureString? value, JsonSerializerOptions options)
        {
            if (value == null) writer.WriteNullValue();
            else writer.WriteStringValue(Redactor.Mask);
        }
    }
}
