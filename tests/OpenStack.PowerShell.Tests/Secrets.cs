using OpenStack.Tests;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    internal static class Secrets
    {
        /// <summary>Fernet tokens, which every Keystone token here is, all start with this.</summary>
        public const string FernetPrefix = "gAAAAA";

        private static readonly System.Collections.Concurrent.ConcurrentBag<string> Made = new System.Collections.Concurrent.ConcurrentBag<string>();

        /// <summary>A password a test gives a user it creates: from then on every script's output is scanned for it too.</summary>
        public static string Remember(string password)
        {
            Made.Add(password);
            return password;
        }

        /// <summary>No password, secret or token in anything the script showed or returned.</summary>
        public static void AssertNone(ScriptResult result, params string[] extra)
        {
            var text = result.AllText();
            Assert.DoesNotContain(FernetPrefix, text);
            foreach (var s in TestCloud.KnownSecrets()) Assert.DoesNotContain(s, text);
            foreach (var s in extra) Assert.DoesNotContain(s, text);
            foreach (var s in Made) Assert.DoesNotContain(s, text);
        }
    }
}
