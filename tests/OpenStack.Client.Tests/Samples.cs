using System;
using System.IO;

namespace OpenStack.Client.Tests
{
    /// <summary>Upstream request/response bodies copied under Samples/.</summary>
    internal static class Samples
    {
        public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", relative);
        public static string Read(string relative) => File.ReadAllText(Path(relative));
    }
}
