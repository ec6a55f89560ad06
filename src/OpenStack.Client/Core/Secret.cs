using System;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// A password, token or application credential secret. It never shows itself: ToString,
    /// the debugger and serializers see "***". Read it only where it goes on the wire.
    /// </summary>
    public sealed class Secret
    {
        private readonly string _value;

        public Secret(string value) { _value = value ?? throw new ArgumentNullException(nameof(value)); }

        /// <summary>The clear text. Call only where the secret is sent to Keystone.</summary>
        public string Reveal() => _value;

        public bool IsEmpty => _value.Length == 0;

        public override string ToString() => "***";

        public static Secret? From(string? value) => value == null ? null : new Secret(value);
    }
}
