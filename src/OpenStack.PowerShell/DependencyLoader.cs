using System;
using System.IO;
using System.Reflection;
#if NET
using System.Runtime.InteropServices;
using System.Runtime.Loader;
#endif

namespace OpenStack.PowerShell
{
    /// <summary>
    /// Loads the client and its libraries (Polly, YamlDotNet, System.Text.Json on 5.1) from the module's
    /// deps/ folder so that another module's versions of them cannot clash with ours.
    /// The module's loader (OpenStack.PowerShell.Loader, its first nested module) registers it when PowerShell imports the module.
    /// </summary>
    /// <remarks>
    /// This class must not touch any type of OpenStack.Client: it runs before the client can be found.
    /// On PowerShell 7 the client lives in its own AssemblyLoadContext, so its types cannot be named as
    /// type literals (<c>[OpenStack.Client.Compute.Server]</c>); scripts use the PSTypeNames instead
    /// (<c>$s.PSObject.TypeNames -contains 'OpenStack.Client.Compute.Server'</c>), see about_OpenStack.
    /// </remarks>
    public static class DependencyLoader
    {
        private static readonly object Gate = new object();
        private static string? _depsDirectory;

        /// <summary>The folder the module's own dependencies are served from, once registered.</summary>
        public static string? DepsDirectory => _depsDirectory;

        /// <summary>
        /// Serves the module's dependencies from <paramref name="depsDirectory"/>, or from its subfolder of ReadyToRun
        /// copies for this runtime and platform when the module ships one; later calls are no-ops.
        /// </summary>
        public static void Register(string depsDirectory)
        {
            lock (Gate)
            {
                if (_depsDirectory != null) return;
                _depsDirectory = ChooseDirectory(Path.GetFullPath(depsDirectory));
#if NET
                AssemblyLoadContext.Default.Resolving += ResolveClient;
#else
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDeps;
#endif
            }
            ClientWarmup.Start();
        }

        /// <summary>
        /// deps/net10.0-linux-x64/ and the like hold the same assemblies compiled ahead of time (ReadyToRun) for one
        /// runtime version and platform; any other runtime would ignore that code, so it gets the IL in deps/ itself.
        /// </summary>
        private static string ChooseDirectory(string depsDirectory)
        {
#if NET
            var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : null;
            if (os != null)
            {
                var platform = "net" + Environment.Version.Major + ".0-" + os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
                var precompiled = Path.Combine(depsDirectory, platform);
                if (File.Exists(Path.Combine(precompiled, "OpenStack.Client.dll"))) return precompiled;
            }
#endif
            return depsDirectory;
        }

        /// <summary>The path of <paramref name="name"/> in deps/, or null when the module does not ship it.</summary>
        private static string? PathInDeps(AssemblyName name)
        {
            if (_depsDirectory == null || string.IsNullOrEmpty(name.Name)) return null;
            var path = Path.Combine(_depsDirectory, name.Name + ".dll");
            return File.Exists(path) ? path : null;
        }

#if NET
        // Only the client is handed out to the default context; everything it needs is then loaded by
        // the module's own context, next to it, whatever versions the process already holds.
        private static Assembly? ResolveClient(AssemblyLoadContext context, AssemblyName name) =>
            name.Name == "OpenStack.Client" && PathInDeps(name) != null ? ModuleLoadContext.Instance.LoadFromAssemblyName(name) : null;

        private sealed class ModuleLoadContext : AssemblyLoadContext
        {
            public static readonly ModuleLoadContext Instance = new ModuleLoadContext();

            private ModuleLoadContext() : base("OpenStack.PowerShell") { }

            // Our copy when deps/ has one; otherwise (the framework, PowerShell itself) the default context's.
            protected override Assembly? Load(AssemblyName assemblyName)
            {
                var path = PathInDeps(assemblyName);
                return path == null ? null : LoadFromAssemblyPath(path);
            }
        }
#else
        // Windows PowerShell has one load context: serve only what deps/ holds, and only when asked.
        private static Assembly? ResolveFromDeps(object? sender, ResolveEventArgs args)
        {
            var path = PathInDeps(new AssemblyName(args.Name));
            return path == null ? null : Assembly.LoadFrom(path);
        }
#endif
    }
}
