using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace OpenStack.PowerShell.Loader
{
    /// <summary>
    /// Registers OpenStack.PowerShell's DependencyLoader over the deps/ folder beside this assembly when PowerShell imports
    /// it as the manifest's first nested module. PowerShell reads every type of a binary module before it calls the
    /// module's own initializer, and the cmdlet types name the client's, so the loader must be in place one module
    /// earlier. A script module could do the same, at the price of about 45 ms on every import.
    /// </summary>
    public sealed class ModuleAssemblyInitializer : IModuleAssemblyInitializer
    {
        /// <inheritdoc />
        public void OnImport()
        {
            var binaries = Path.GetDirectoryName(typeof(ModuleAssemblyInitializer).Assembly.Location)
                ?? throw new InvalidOperationException("The OpenStack module's loader has no location on disk.");
            // The very file PowerShell imports next as the root module, so both name one loaded assembly.
            var cmdlets = Assembly.LoadFrom(Path.Combine(binaries, "OpenStack.PowerShell.dll"));
            var register = cmdlets.GetType("OpenStack.PowerShell.DependencyLoader", throwOnError: true)!.GetMethod("Register", new[] { typeof(string) })
                ?? throw new MissingMethodException("OpenStack.PowerShell.DependencyLoader", "Register");
            try
            {
                register.Invoke(null, new object[] { Path.Combine(binaries, "deps") });
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        }
    }
}
