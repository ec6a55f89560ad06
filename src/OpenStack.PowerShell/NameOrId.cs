using System;

namespace OpenStack.PowerShell
{
    /// <summary>
    /// The type of a parameter that refers to a resource of another kind and takes it from the pipeline
    /// (Get-OSSubnet -Network, Add-OSVolumeAttachment -Server, ...). Typed text becomes one through this constructor
    /// (PowerShell's own conversion), so <c>-Network web</c> works as before; an object becomes one only if it is of the
    /// kind the parameter's <see cref="Internal.ReferenceToAttribute"/> names. That is what lets a network piped into
    /// Get-OSSubnet bind to -Network rather than to the subnet's own -Id, while a subnet piped into it still binds to -Id:
    /// PowerShell binds pipeline objects to parameters of their own type first, and no other object is of this type.
    /// </summary>
    public sealed class NameOrId
    {
        public NameOrId(string value)
        {
            if (string.IsNullOrEmpty(value)) throw new ArgumentException("A name or id cannot be empty.", nameof(value));
            Value = value;
        }

        /// <summary>The name or id as given, or the id of the object that was given.</summary>
        public string Value { get; }

        public override string ToString() => Value;
    }
}
