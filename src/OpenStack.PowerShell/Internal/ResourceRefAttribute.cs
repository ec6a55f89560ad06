using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>
    /// Lets a name-or-id parameter take the resource itself: an object with an Id property becomes that id
    /// (so Get-OSNetwork web | New-OSSubnet ... works), text stays as given. Arrays are converted item by item.
    /// </summary>
    internal sealed class ResourceRefAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject p ? p.BaseObject : inputData;
            if (value is string || value == null) return value;
            if (value is IList list && !(value is IDictionary))
            {
                var result = new List<string>();
                foreach (var item in list) result.Add(Text(item));
                return result.ToArray();
            }
            return Text(value);
        }

        /// <summary>A name or id given as text, or any object with an Id property.</summary>
        public static string Text(object? value)
        {
            var o = value is PSObject p ? p.BaseObject : value;
            if (o is string s) return s;
            if (o == null) return "";
            var id = PSObject.AsPSObject(o).Properties["Id"]?.Value;
            return id?.ToString() ?? o.ToString() ?? "";
        }
    }
}
