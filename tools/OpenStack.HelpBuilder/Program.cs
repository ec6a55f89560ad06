using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace OpenStack.HelpBuilder
{
    /// <summary>
    /// OpenStack.HelpBuilder MODULE_DIR HELP_SOURCE_DIR: writes MODULE_DIR/en-US/OpenStack.PowerShell.dll-Help.xml
    /// (and a copy beside each build's cmdlet assembly, where Get-Help looks for a binary module's help) from
    /// docs/help/*.md and the cmdlets as the built module exports them. Exit code 1, with every problem listed,
    /// when a cmdlet lacks a synopsis, a description, two examples or a parameter's description.
    /// </summary>
    public static class Program
    {
        public const string HelpFileName = "OpenStack.PowerShell.dll-Help.xml";
        public const string CommonFile = "common-parameters";

        public static int Main(string[] args)
        {
            if (args.Length != 2) { Console.Error.WriteLine("usage: OpenStack.HelpBuilder <module dir> <help source dir>"); return 2; }
            var moduleDir = Path.GetFullPath(args[0]);
            var sources = HelpSource.LoadFolder(args[1]);
            sources.TryGetValue(CommonFile, out var common);

            var cmdlets = ExportedCmdlets(Path.Combine(moduleDir, "OpenStack.psd1"));
            var problems = sources.Values.SelectMany(s => s.Problems).ToList();
            var commands = new List<System.Xml.Linq.XElement>();
            foreach (var cmdlet in cmdlets)
            {
                if (!sources.TryGetValue(cmdlet.Name, out var help)) { problems.Add(cmdlet.Name + ": no docs/help/" + cmdlet.Name + ".md"); continue; }
                problems.AddRange(Check(cmdlet, help, common));
                commands.Add(MamlWriter.CommandElement(cmdlet, help, name =>
                    help.Parameters.TryGetValue(name, out var text) ? text : common != null && common.Parameters.TryGetValue(name, out var shared) ? shared : null));
            }
            var exported = new HashSet<string>(cmdlets.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
            problems.AddRange(sources.Keys.Where(k => k != CommonFile && !exported.Contains(k)).Select(k => "docs/help/" + k + ".md: no such exported cmdlet"));
            if (problems.Count > 0)
            {
                foreach (var p in problems) Console.Error.WriteLine("help: " + p);
                Console.Error.WriteLine("help: " + problems.Count + " problem(s); no help file written");
                return 1;
            }

            var document = MamlWriter.Document(commands);
            var targets = new[] { Path.Combine(moduleDir, "en-US") }
                .Concat(new[] { "net8.0", "netstandard2.0" }.Select(f => Path.Combine(moduleDir, f)).Where(Directory.Exists).Select(f => Path.Combine(f, "en-US")));
            foreach (var folder in targets)
            {
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, HelpFileName);
                // Written aside and moved into place: a failed build never leaves half a help file.
                var temp = path + ".tmp";
                document.Save(temp);
                File.Move(temp, path, overwrite: true);
            }
            Console.WriteLine("help: " + commands.Count + " cmdlets written to " + Path.Combine(moduleDir, "en-US", HelpFileName));
            return 0;
        }

        private static IEnumerable<string> Check(CmdletInfo cmdlet, HelpSource help, HelpSource? common)
        {
            var where = help.File;
            if (help.Synopsis.Count == 0) yield return where + ": no SYNOPSIS";
            if (help.Description.Count == 0) yield return where + ": no DESCRIPTION";
            if (help.Examples.Count < 2) yield return where + ": " + help.Examples.Count + " example(s); at least 2 are needed";
            var own = MamlWriter.OwnParameters(cmdlet).Select(p => p.Name).ToList();
            foreach (var name in own)
            {
                var text = help.Parameters.TryGetValue(name, out var t) ? t : common != null && common.Parameters.TryGetValue(name, out var s) ? s : null;
                if (text == null || text.Count == 0) yield return where + ": parameter -" + name + " is not described";
            }
            foreach (var name in help.Parameters.Keys.Where(k => !own.Contains(k, StringComparer.OrdinalIgnoreCase)))
                yield return where + ": describes -" + name + ", which " + cmdlet.Name + " does not have";
            foreach (var output in help.Outputs.Keys.Where(o => !cmdlet.OutputType.Any(t => (t.Type != null ? MamlWriter.FullName(t.Type) : t.Name) == o)))
                yield return where + ": OUTPUTS names " + output + ", which " + cmdlet.Name + " does not declare";
        }

        /// <summary>The cmdlets of the built module, imported in a fresh engine as a user would.</summary>
        private static List<CmdletInfo> ExportedCmdlets(string manifest)
        {
            using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using var ps = PowerShell.Create(runspace);
            ps.AddCommand("Import-Module").AddParameter("Name", manifest).AddParameter("PassThru").AddParameter("ErrorAction", "Stop");
            var module = (PSModuleInfo)ps.Invoke().Single().BaseObject;
            return module.ExportedCmdlets.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        }
    }
}
