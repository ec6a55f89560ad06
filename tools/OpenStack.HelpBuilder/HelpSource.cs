using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenStack.HelpBuilder
{
    /// <summary>One example: a title, the code, and what it does.</summary>
    public sealed record HelpExample(string Title, string Code, IReadOnlyList<string> Remarks);

    /// <summary>
    /// A cmdlet's help as written in docs/help/&lt;Verb-Noun&gt;.md, in platyPS's layout:
    /// "# Name", then "## SYNOPSIS", "## DESCRIPTION", "## EXAMPLES" ("### title", a ```powershell block,
    /// remarks), "## PARAMETERS" ("### -Name", its description), optionally "## OUTPUTS" ("### Type name",
    /// a description), "## NOTES" and "## RELATED LINKS" (one "- name" per line). Parameter types, sets,
    /// positions and pipeline input come from the cmdlet itself, never from the text.
    /// </summary>
    public sealed class HelpSource
    {
        public string File { get; private set; } = "";
        public string Name { get; private set; } = "";
        public IReadOnlyList<string> Synopsis { get; private set; } = Array.Empty<string>();
        public IReadOnlyList<string> Description { get; private set; } = Array.Empty<string>();
        public List<HelpExample> Examples { get; } = new List<HelpExample>();
        public Dictionary<string, IReadOnlyList<string>> Parameters { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, IReadOnlyList<string>> Outputs { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        public IReadOnlyList<string> Notes { get; private set; } = Array.Empty<string>();
        public List<string> RelatedLinks { get; } = new List<string>();
        public List<string> Problems { get; } = new List<string>();

        public static HelpSource Load(string path)
        {
            var help = new HelpSource { File = path };
            help.Parse(System.IO.File.ReadAllLines(path));
            return help;
        }

        private void Parse(string[] lines)
        {
            string? section = null, heading = null;
            var body = new List<string>();
            void Flush()
            {
                if (section != null) Take(section, heading, body);
                body = new List<string>();
            }
            var inFence = false;
            foreach (var line in lines)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
                if (!inFence && line.StartsWith("# ", StringComparison.Ordinal)) { Name = line.Substring(2).Trim(); continue; }
                if (!inFence && line.StartsWith("## ", StringComparison.Ordinal)) { Flush(); section = line.Substring(3).Trim().ToUpperInvariant(); heading = null; continue; }
                if (!inFence && line.StartsWith("### ", StringComparison.Ordinal)) { Flush(); heading = line.Substring(4).Trim(); continue; }
                body.Add(line);
            }
            Flush();
        }

        private void Take(string section, string? heading, List<string> body)
        {
            if (heading != null && section != "EXAMPLES" && section != "PARAMETERS" && section != "OUTPUTS" && section != "INPUTS")
            {
                Problems.Add(File + ": '### " + heading + "' under '## " + section + "', which has no sub-headings");
                return;
            }
            switch (section)
            {
                case "SYNOPSIS": Synopsis = Paragraphs(body); break;
                case "DESCRIPTION": Description = Paragraphs(body); break;
                case "NOTES": Notes = Paragraphs(body); break;
                case "RELATED LINKS":
                    RelatedLinks.AddRange(body.Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l.Substring(2).Trim()));
                    break;
                case "EXAMPLES":
                    if (heading == null) break;
                    var code = FencedCode(body, out var rest);
                    if (code == null) Problems.Add(File + ": example '" + heading + "' has no ```powershell block");
                    else Examples.Add(new HelpExample(heading, code, Paragraphs(rest)));
                    break;
                case "PARAMETERS":
                    if (heading == null) break;
                    if (!heading.StartsWith("-", StringComparison.Ordinal)) { Problems.Add(File + ": parameter heading '" + heading + "' does not start with '-'"); break; }
                    Parameters[heading.Substring(1)] = Paragraphs(body);
                    break;
                case "OUTPUTS":
                    if (heading != null) Outputs[heading] = Paragraphs(body);
                    break;
                case "INPUTS": break; // derived from the cmdlet's pipeline parameters
                default: Problems.Add(File + ": unknown section '## " + section + "'"); break;
            }
        }

        /// <summary>The first fenced block, and the lines outside it.</summary>
        private static string? FencedCode(List<string> body, out List<string> rest)
        {
            rest = new List<string>();
            var code = new List<string>();
            int state = 0; // 0 before, 1 inside, 2 after
            foreach (var line in body)
            {
                var fence = line.TrimStart().StartsWith("```", StringComparison.Ordinal);
                if (state == 0 && fence) { state = 1; continue; }
                if (state == 1 && fence) { state = 2; continue; }
                if (state == 1) code.Add(line); else rest.Add(line);
            }
            return state == 2 && code.Count > 0 ? string.Join("\n", code) : null;
        }

        /// <summary>Blank-line separated paragraphs; lines of a paragraph joined, indented or fenced lines kept as they are.</summary>
        public static IReadOnlyList<string> Paragraphs(IEnumerable<string> lines)
        {
            var result = new List<string>();
            var current = new List<string>();
            var verbatim = false;
            void End()
            {
                if (current.Count > 0) result.Add(verbatim ? string.Join("\n", current) : string.Join(" ", current.Select(l => l.Trim())));
                current.Clear();
                verbatim = false;
            }
            var inFence = false;
            foreach (var line in lines)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    if (inFence) { End(); inFence = false; } else { End(); inFence = true; verbatim = true; }
                    continue;
                }
                if (inFence) { current.Add("    " + line); continue; }
                if (line.Trim().Length == 0) { End(); continue; }
                // A list item or an indented line starts its own verbatim paragraph line.
                if (line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal))
                {
                    if (!verbatim) End();
                    verbatim = true;
                    current.Add(line);
                    continue;
                }
                if (verbatim) End();
                current.Add(line);
            }
            End();
            return result;
        }

        /// <summary>docs/help/*.md by cmdlet name; "common-parameters.md" holds the shared parameter texts.</summary>
        public static Dictionary<string, HelpSource> LoadFolder(string folder) =>
            Directory.GetFiles(folder, "*.md").Select(Load).ToDictionary(h => string.IsNullOrEmpty(h.Name) ? Path.GetFileNameWithoutExtension(h.File) : h.Name, StringComparer.OrdinalIgnoreCase);
    }
}
