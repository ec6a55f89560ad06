using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>
    /// On a <see cref="NameOrId"/> parameter: an object of <see cref="Kind"/> (or its deserialized copy, from a job or
    /// Import-Clixml) becomes its id. Everything else is left as it is on purpose: text then becomes a NameOrId through
    /// PowerShell's conversion, and an object of another kind fails to convert, so the pipeline binder moves on to the
    /// parameters that do take it (a subnet's Id to -Id) instead of this one swallowing it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ReferenceToAttribute : ArgumentTransformationAttribute
    {
        public ReferenceToAttribute(Type kind) { Kind = kind; }

        /// <summary>The model type whose objects this parameter takes.</summary>
        public Type Kind { get; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject p ? p.BaseObject : inputData;
            if (value is IList list && !(value is IDictionary) && !(value is string))
            {
                var items = new List<object?>(list.Count);
                foreach (var item in list) items.Add(Convert(item));
                return items.ToArray();
            }
            return Convert(inputData);
        }

        private object? Convert(object? input)
        {
            if (input == null) return null;
            var o = input is PSObject p ? p.BaseObject : input;
            if (Kind.IsInstanceOfType(o) || IsDeserialized(input))
            {
                var properties = PSObject.AsPSObject(input).Properties;
                var id = (properties["Id"] ?? properties["Uuid"])?.Value?.ToString();
                if (!string.IsNullOrEmpty(id)) return new NameOrId(id!);
            }
            return input;
        }

        private bool IsDeserialized(object input) =>
            input is PSObject p && p.TypeNames.Contains("Deserialized." + Kind.FullName);
    }
}
