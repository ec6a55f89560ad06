using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

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
                var root = new DeserializerBuilder().Build().Deserialize<object?>(reader);
                if (root == null) return new Dictionary<string, object?>();
                if (root is IDictionary<object, object?> map) return Normalize(map);
                throw new ConfigurationException(path + ": the top level must be a mapping with a 'clouds' key.");
            }
            catch (YamlException ex)
            {
                throw new ConfigurationException(path + ":" + ex.Start.Line + ":" + ex.Start.Column + ": not valid YAML: " + (ex.InnerException?.Message ?? ex.Message), ex);
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

        private static Dictionary<string, object?> Normalize(IDictionary<object, object?> map)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var kv in map)
                result[kv.Key?.ToString() ?? ""] = kv.Value is IDictionary<object, object?> inner ? Normalize(inner) : kv.Value;
            return result;
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
