using System;
using System.IO;

namespace OpenStack.PowerShell.Internal
{
    /// <summary>Files a user names as input (a public key): one that cannot be read is bad input, said with the reason.</summary>
    internal static class InputFiles
    {
        public static string ReadText(string path, string what)
        {
            try { return File.ReadAllText(path); }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new ArgumentException("The " + what + " cannot be read: " + ex.Message, ex);
            }
        }
    }
}
