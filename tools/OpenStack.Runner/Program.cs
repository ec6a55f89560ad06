using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace OpenStack.Runner
{
    /// <summary>
    /// OpenStack.Runner SCRIPT.ps1 [-Param value ...]: runs the script in the embedded PowerShell engine with the module
    /// (out/OpenStack, or OPENSTACK_MODULE_PATH) on PSModulePath, printing everything as a console would.
    /// The xunit suite runs scripts in it as a separate process, and the benchmark measures it beside pwsh; users and the
    /// main job run pwsh. See <see cref="UtilityShims"/> for the cmdlets the engine package lacks.
    /// Exit code: the script's exit code (exit N, or the last native command's), 1 if it failed with a terminating error
    /// (printed with where it happened), else 0.
    /// </summary>
    public static class Program
    {

        public static int Main(string[] args)
        {
            if (args.Length == 0 || !File.Exists(args[0]))
            {
                Console.Error.WriteLine("usage: OpenStack.Runner <script.ps1> [arguments...]");
                return 2;
            }
            var module = Environment.GetEnvironmentVariable("OPENSTACK_MODULE_PATH") ?? FindModule();
            if (module == null)
            {
                Console.Error.WriteLine("The built module was not found: run 'dotnet build' first, or set OPENSTACK_MODULE_PATH to out/OpenStack.");
                return 2;
            }
            var modulesRoot = Path.GetDirectoryName(Path.GetFullPath(module).TrimEnd(Path.DirectorySeparatorChar))!;
            Environment.SetEnvironmentVariable("PSModulePath", modulesRoot + Path.PathSeparator + Environment.GetEnvironmentVariable("PSModulePath"));

            var host = new TextHost(Console.Out, Console.IsOutputRedirected ? 120 : Math.Max(80, Console.WindowWidth), ansi: !Console.IsOutputRedirected);
            var iss = InitialSessionState.CreateDefault2();
            using var runspace = RunspaceFactory.CreateRunspace(host, iss);
            runspace.Open();
            using var ps = PowerShell.Create(runspace);
            // Plain text when piped or logged; colours on a terminal.
            if (Console.IsOutputRedirected) ps.AddScript(TextHost.PlainTextScript).AddStatement();
            ps.AddScript(UtilityShims.Script).AddStatement();
            // As a shell would: "-Name" starts a parameter, anything else is a value.
            ps.AddScript("& " + Quote(Path.GetFullPath(args[0])) + " " + string.Join(" ", args.Skip(1).Select(a => a.StartsWith("-", StringComparison.Ordinal) && a.Length > 1 && !char.IsDigit(a[1]) ? a : Quote(a))));
            // Errors render in the output, as in pwsh.
            ps.Commands.Commands[ps.Commands.Commands.Count - 1].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
            ps.AddCommand("Out-Default");
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; ps.BeginStop(null, null); };
            try
            {
                ps.Invoke();
            }
            catch (RuntimeException ex)
            {
                return Failed(ex);
            }
            if (host.ExitCode.HasValue) return host.ExitCode.Value;
            // A script's terminating error (a throw, or -ErrorAction Stop) can end the pipeline without Invoke throwing it.
            if (ps.InvocationStateInfo.State == PSInvocationState.Failed) return Failed(ps.InvocationStateInfo.Reason);
            // "exit 3" in a script ends the script, not the host, and leaves 3 in $LASTEXITCODE, which pwsh -File returns.
            return runspace.SessionStateProxy.GetVariable("LASTEXITCODE") is int code ? code : 0;
        }

        /// <summary>Prints why the script stopped, and where, as pwsh does; the exit code is 1.</summary>
        private static int Failed(Exception? ex)
        {
            var record = (ex as IContainsErrorRecord)?.ErrorRecord;
            Console.Error.WriteLine(record?.ToString() ?? ex?.Message ?? "The script failed.");
            if (record?.InvocationInfo?.PositionMessage is string where && where.Length > 0) Console.Error.WriteLine(where);
            return 1;
        }

        private static string Quote(string s) => "'" + s.Replace("'", "''") + "'";

        private static string? FindModule()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "out", "OpenStack");
                if (File.Exists(Path.Combine(candidate, "OpenStack.psd1"))) return candidate;
            }
            return null;
        }
    }
}
