using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;

namespace OpenStack.Client.Core
{
    /// <summary>
    /// Reads cloud settings the way openstacksdk and python-openstackclient do: explicit arguments win over
    /// a named clouds.yaml cloud (with secure.yaml merged in), which wins over OS_* variables.
    /// A named cloud (argument or OS_CLOUD) replaces the OS_* credentials rather than mixing with them.
    /// </summary>
    public sealed class CloudConfigLoader
    {
        private readonly IDictionary<string, string?> _env;
        private readonly string _cwd;
        private readonly string _home;
        private readonly bool _windows;

        public CloudConfigLoader(IDictionary<string, string?> environment, string currentDirectory, string homeDirectory, bool isWindows)
        {
            _env = new Dictionary<string, string?>(environment, StringComparer.OrdinalIgnoreCase);
            _cwd = currentDirectory;
            _home = homeDirectory;
            _windows = isWindows;
        }

        public static CloudConfigLoader ForCurrentProcess(string currentDirectory)
        {
            var env = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry e in Environment.GetEnvironmentVariables()) env[(string)e.Key] = e.Value as string;
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var windows = Path.DirectorySeparatorChar == '\\';
            return new CloudConfigLoader(env, currentDirectory, home, windows);
        }

        private string? Env(string name) => _env.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : null;

        /// <summary>The folders searched for clouds.yaml and secure.yaml, in order.</summary>
        public IReadOnlyList<string> SearchDirectories()
        {
            var dirs = new List<string> { _cwd, Path.Combine(_home, ".config", "openstack") };
            if (_windows)
            {
                var local = Env("LOCALAPPDATA");
                var programData = Env("ProgramData");
                if (local != null) dirs.Add(Path.Combine(local, "OpenStack", "openstack"));
                if (programData != null) dirs.Add(Path.Combine(programData, "OpenStack", "openstack"));
            }
            else dirs.Add("/etc/openstack");
            return dirs;
        }

        private IEnumerable<string> Candidates(string baseName, string overrideVariable)
        {
            var explicitFile = Env(overrideVariable);
            if (explicitFile != null) yield return explicitFile;
            foreach (var dir in SearchDirectories())
            {
                yield return Path.Combine(dir, baseName + ".yaml");
                yield return Path.Combine(dir, baseName + ".yml");
            }
        }

        /// <summary>The clouds.yaml in use, or null.</summary>
        public string? FindCloudsFile() => Candidates("clouds", "OS_CLIENT_CONFIG_FILE").FirstOrDefault(File.Exists);

        private string? FindSecureFile() => Candidates("secure", "OS_CLIENT_SECURE_FILE").FirstOrDefault(File.Exists);

        /// <summary>Names of the clouds in the clouds.yaml in use.</summary>
        public IReadOnlyList<string> ListClouds()
        {
            var file = FindCloudsFile();
            return file == null ? Array.Empty<string>() : CloudsIn(ReadYaml(file)).Keys.ToList();
        }

        /// <summary>The effective configuration for <paramref name="cloudName"/> (or OS_CLOUD, or OS_*), under <paramref name="explicitArgs"/>.</summary>
        public CloudConfig Resolve(string? cloudName, CloudConfig? explicitArgs)
        {
            var result = explicitArgs ?? new CloudConfig();
            var name = cloudName ?? (explicitArgs?.AuthUrl == null ? Env("OS_CLOUD") : null);
            var lower = name != null ? FromCloudsYaml(name) : FromEnvironment();
            result.MergeFrom(lower);
            if (name == null && result.AuthUrl == null)
                throw new ConfigurationException("Not enough to connect: no cloud was named and OS_AUTH_URL is not set. " +
                    "Give -Cloud <name> (clouds.yaml), -AuthUrl with -Credential, or load an openrc's OS_* variables first.");
            ApplyDomainDefaults(result);
            result.Validate();
            return result;
        }

        /// <summary>The secure.yaml in use, or null.</summary>
        public string? FindSecureYaml() => FindSecureFile();

        /// <summary>
        /// Every cloud of the clouds.yaml in use, with what secure.yaml adds to it, as written (not checked for what a
        /// connection needs). Empty when there is no clouds.yaml.
        /// </summary>
        public IReadOnlyList<CloudConfig> ReadClouds()
        {
            var file = FindCloudsFile();
            if (file == null) return Array.Empty<CloudConfig>();
            var secureFile = FindSecureFile();
            var secure = secureFile != null ? CloudsIn(ReadYaml(secureFile)) : new Dictionary<string, Dictionary<string, object?>>();
            return CloudsIn(ReadYaml(file))
                .Select(kv => CloudYamlMapper.ToConfig(secure.TryGetValue(kv.Key, out var extra) ? DeepMerge(kv.Value, extra) : kv.Value, kv.Key, file))
                .ToList();
        }

        private CloudConfig FromCloudsYaml(string name)
        {
            var file = FindCloudsFile();
            if (file == null)
                throw new ConfigurationException("Cloud '" + name + "' was asked for, but no clouds.yaml was found. Looked in: " +
                    string.Join(", ", Candidates("clouds", "OS_CLIENT_CONFIG_FILE").Where(p => p.EndsWith(".yaml", StringComparison.Ordinal))) + ".");
            var clouds = CloudsIn(ReadYaml(file));
            if (!clouds.TryGetValue(name, out var cloud))
            {
                var known = clouds.Count == 0 ? "it defines no clouds" : "clouds defined there: " + string.Join(", ", clouds.Keys);
                throw new ConfigurationException("Cloud '" + name + "' is not in " + file + "; " + known + ".");
            }
            var secureFile = FindSecureFile();
            if (secureFile != null && CloudsIn(ReadYaml(secureFile)).TryGetValue(name, out var secure))
                cloud = DeepMerge(cloud, secure);
            var config = CloudYamlMapper.ToConfig(cloud, name, file);
            return config;
        }

        private CloudConfig FromEnvironment() => EnvironmentMapper.ToConfig(Env);

        // openstacksdk: a bare domain is the default for user and project domains.
        private static void ApplyDomainDefaults(CloudConfig c)
        {
            var hasProject = c.ProjectName != null || c.ProjectId != null;
            if (c.DomainName != null || c.DomainId != null)
            {
                if (c.UserDomainName == null && c.UserDomainId == null) { c.UserDomainName = c.DomainName; c.UserDomainId = c.DomainId; }
                if (hasProject && c.ProjectDomainName == null && c.ProjectDomainId == null) { c.ProjectDomainName = c.DomainName; c.ProjectDomainId = c.DomainId; }
            }
            // Keystone needs a domain for a user or project given by name; the "default" domain is what every deployment has.
            if (c.Username != null && c.UserId == null && c.UserDomainName == null && c.UserDomainId == null) c.UserDomainId = "default";
            if (c.ProjectName != null && c.ProjectId == null && c.ProjectDomainName == null && c.ProjectDomainId == null) c.ProjectDomainId = "default";
        }

        internal static Dictionary<string, object?> ReadYaml(string path)
        {
            try
            {
                using var reader = new StreamReader(path);
                var root = YamlTree.Read(reader);
                if (root == null) return new Dictionary<string, object?>();
                if (root is Dictionary<string, object?> map) return map;
                throw new ConfigurationException(path + ": the top level must be a mapping with a 'clouds' key.");
            }
            catch (YamlException ex)
            {
                var at = Innermost(ex).Start.Line > 0 ? Innermost(ex).Start : ex.Start;
                var (line, column) = ((int)at.Line, (int)at.Column);
                // The parser marks where the enclosing mapping began; the tab itself is what the user must find.
                if (YamlReason(ex).IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0) (line, column) = FirstIndentingTab(path) ?? (line, column);
                // On the line of a secret, neither the parser's words nor its exception go further: they may quote the value.
                var secretKey = SecretKeyOnLine(path, line);
                if (secretKey != null)
                    throw new ConfigurationException(path + ":" + line + ":" + column + ": not valid YAML: the value of '" + secretKey + "' cannot be read " +
                        "as written; put it in single quotes (a value that begins with *, &, !, %, @, `, [ or {, or holds ': ' or ' #', needs them; " +
                        "a single quote inside is written twice)");
                throw new ConfigurationException(path + ":" + line + ":" + column + ": not valid YAML: " + YamlReason(ex), ex);
            }
            catch (IOException ex)
            {
                throw new ConfigurationException(path + ": cannot be read: " + ex.Message, ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new ConfigurationException(path + ": cannot be read: " + ex.Message, ex);
            }
        }

        /// <summary>
        /// The parser's own words, from the innermost YAML error, without its "(Line: 4, Col: 17, Idx: 52) - (...): " prefix
        /// (the position is already in front); an inner non-YAML exception only says the parser gave up.
        /// </summary>
        private static string YamlReason(YamlException ex)
        {
            var inner = Innermost(ex);
            // Below the last YAML error lies the parser's own failure, whose message speaks of its state, not of the file.
            if (inner.InnerException != null) return "it cannot be read from here on (an unclosed [, { or quote, or a line indented wrongly?)";
            var text = System.Text.RegularExpressions.Regex.Replace(inner.Message, @"^(\(Line: [^)]*\)\s*-?\s*)+:?\s*", "");
            return text.Length == 0 ? "it cannot be read from here on" : text;
        }

        /// <summary>The secret key (password, token, ...) written on that line of the file, if any.</summary>
        private static string? SecretKeyOnLine(string path, int line)
        {
            string[] lines;
            try { lines = File.ReadAllLines(path); }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException) { return "a secret"; }
            if (line < 1 || line > lines.Length) return null;
            var m = System.Text.RegularExpressions.Regex.Match(lines[line - 1], @"^[\s\-{,]*[""']?([A-Za-z0-9_\-]+)[""']?\s*:");
            return m.Success && YamlTree.IsSecretKey(m.Groups[1].Value) ? m.Groups[1].Value : null;
        }

        private static (int Line, int Column)? FirstIndentingTab(string path)
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t', 0, indent);
                if (tab >= 0) return (i + 1, tab + 1);
            }
            return null;
        }

        private static YamlException Innermost(YamlException ex)
        {
            while (ex.InnerException is YamlException deeper) ex = deeper;
            return ex;
        }

        private static Dictionary<string, Dictionary<string, object?>> CloudsIn(Dictionary<string, object?> root)
        {
            var result = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
            if (root.TryGetValue("clouds", out var clouds) && clouds is Dictionary<string, object?> map)
                foreach (var kv in map)
                    if (kv.Value is Dictionary<string, object?> cloud) result[kv.Key] = cloud;
            return result;
        }

        private static Dictionary<string, object?> DeepMerge(Dictionary<string, object?> baseMap, Dictionary<string, object?> overlay)
        {
            var result = new Dictionary<string, object?>(baseMap, StringComparer.Ordinal);
            foreach (var kv in overlay)
                result[kv.Key] = result.TryGetValue(kv.Key, out var existing) && existing is Dictionary<string, object?> a && kv.Value is Dictionary<string, object?> b
                    ? DeepMerge(a, b)
                    : kv.Value;
            return result;
        }
    }
}
