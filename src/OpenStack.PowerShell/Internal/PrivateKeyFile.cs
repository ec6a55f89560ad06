using System;
using System.IO;
using System.Text;
#if NET8_0_OR_GREATER
using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;
#endif

namespace OpenStack.PowerShell.Internal
{
    /// <summary>
    /// Writes a private key (or another file that holds a secret) where the user asked: readable by the current user only from the moment the file exists
    /// (Unix mode 0600 given at creation; on Windows an ACL of the current user alone, not inherited), and whole or not at
    /// all (a temporary file beside it, then moved into place).
    /// </summary>
    internal static class PrivateKeyFile
    {
        /// <summary>Checks before anything is asked of the cloud that the key could be written there.</summary>
        public static void CheckTarget(string path, bool overwrite, string what = "private key file")
        {
            var directory = Path.GetDirectoryName(path);
            if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
                throw new DirectoryNotFoundException("The folder for the " + what + " " + path + " does not exist.");
            if (Directory.Exists(path)) throw new IOException(path + " is a folder: give the " + what + "'s path.");
            if (!overwrite && File.Exists(path)) throw new IOException("The file " + path + " exists already: give -Force to replace it, or another path.");
        }

        public static void Write(string path, string text, bool overwrite, string what = "private key file")
        {
            CheckTarget(path, overwrite, what);
            var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                using (var stream = CreateOwnerOnly(temp))
                {
                    var bytes = new UTF8Encoding(false).GetBytes(text);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(true);
                }
                Move(temp, path, overwrite);
            }
            catch
            {
                try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                throw;
            }
        }

        private static void Move(string temp, string path, bool overwrite)
        {
#if NET8_0_OR_GREATER
            File.Move(temp, path, overwrite);
#else
            if (overwrite && File.Exists(path)) File.Replace(temp, path, null);
            else File.Move(temp, path);
#endif
        }

#if NET8_0_OR_GREATER
        private static FileStream CreateOwnerOnly(string path)
        {
            if (OperatingSystem.IsWindows()) return CreateOwnerOnlyWindows(path);
            return new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }

        [SupportedOSPlatform("windows")]
        private static FileStream CreateOwnerOnlyWindows(string path)
        {
            var security = new FileSecurity();
            security.SetAccessRuleProtection(true, false);
            security.AddAccessRule(new FileSystemAccessRule(WindowsIdentity.GetCurrent().User!, FileSystemRights.FullControl, AccessControlType.Allow));
            return new FileInfo(path).Create(FileMode.CreateNew, FileSystemRights.Write | FileSystemRights.ReadPermissions | FileSystemRights.Synchronize,
                FileShare.None, 4096, FileOptions.None, security);
        }
#else
        /// <summary>
        /// Windows PowerShell 5.1 (.NET Framework, Windows only): File.Create with a FileSecurity, which the netstandard2.0
        /// surface does not show, is reached by reflection; the DACL is the current user alone, protected from inheritance.
        /// </summary>
        private static FileStream CreateOwnerOnly(string path)
        {
            var identityType = Type.GetType("System.Security.Principal.WindowsIdentity, mscorlib", true)!;
            var identity = identityType.GetMethod("GetCurrent", Type.EmptyTypes)!.Invoke(null, null)!;
            var sid = identityType.GetProperty("User")!.GetValue(identity)!.ToString();
            var securityType = Type.GetType("System.Security.AccessControl.FileSecurity, mscorlib", true)!;
            var security = Activator.CreateInstance(securityType)!;
            securityType.GetMethod("SetSecurityDescriptorSddlForm", new[] { typeof(string) })!.Invoke(security, new object[] { "D:P(A;;FA;;;" + sid + ")" });
            var create = typeof(File).GetMethod("Create", new[] { typeof(string), typeof(int), typeof(FileOptions), securityType })
                ?? throw new PlatformNotSupportedException("This .NET cannot create a file with an access list.");
            // File.Create replaces an existing file: the temporary name is fresh, so nothing is replaced.
            try { return (FileStream)create.Invoke(null, new object[] { path, 4096, FileOptions.None, security })!; }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException != null) { throw e.InnerException; }
        }
#endif
    }
}
