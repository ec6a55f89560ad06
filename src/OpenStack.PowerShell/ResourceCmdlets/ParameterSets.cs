

namespace OpenStack.PowerShell.ResourceCmdlets
{
    /// <summary>The parameter-set names the cmdlets share.</summary>
    public static class ParameterSets
    {
        /// <summary>Resources given by id (or name) with -Id.</summary>
        public const string Id = "Id";
        /// <summary>A listing, with -Name wildcards and filters.</summary>
        public const string List = "List";
    }
}
