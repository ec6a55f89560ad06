using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Xunit;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>What Get-Command knows of every cmdlet: sound parameter sets, and objects that flow from one cmdlet into the next.</summary>
    public sealed class ParameterMetadataTests : IDisposable
    {
        private readonly PowerShellHost _ps = new PowerShellHost();
        public void Dispose() => _ps.Dispose();

        private List<CmdletInfo> Cmdlets() =>
            _ps.Run("Get-Command -Module OpenStack -CommandType Cmdlet").ThrowIfFailed().Output.Select(o => (CmdletInfo)o.BaseObject).ToList();

        private static readonly string[] Common = { "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction",
            "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm" };

        [Fact]
        public void No_parameter_set_has_two_parameters_at_one_position()
        {
            var problems = new List<string>();
            foreach (var c in Cmdlets())
                foreach (var set in c.ParameterSets)
                    foreach (var g in set.Parameters.Where(p => p.Position >= 0).GroupBy(p => p.Position).Where(g => g.Count() > 1))
                        problems.Add(c.Name + " [" + set.Name + "] position " + g.Key + ": " + string.Join(", ", g.Select(p => p.Name)));
            Assert.Empty(problems);
        }

        [Fact]
        public void Every_parameter_set_can_be_chosen_and_no_alias_is_taken_twice()
        {
            var problems = new List<string>();
            foreach (var c in Cmdlets())
            {
                if (c.ParameterSets.Count > 1)
                    foreach (var set in c.ParameterSets)
                    {
                        // A set is reachable when some parameter belongs to it alone (or it is the default).
                        var own = set.Parameters.Where(p => !Common.Contains(p.Name) && c.ParameterSets.Count(s => s.Parameters.Any(q => q.Name == p.Name)) == 1);
                        if (!set.IsDefault && !own.Any()) problems.Add(c.Name + " [" + set.Name + "] has no parameter of its own");
                    }
                var names = c.Parameters.Values.SelectMany(p => p.Aliases.Concat(new[] { p.Name })).GroupBy(n => n, StringComparer.OrdinalIgnoreCase);
                problems.AddRange(names.Where(g => g.Count() > 1).Select(g => c.Name + ": '" + g.Key + "' names two parameters"));
            }
            Assert.Empty(problems);
        }

        /// <summary>A password, secret or token is only ever taken as a SecureString or a PSCredential, never as plain text.</summary>
        [Fact]
        public void Secrets_are_taken_only_as_SecureString_or_PSCredential()
        {
            var secretLike = new System.Text.RegularExpressions.Regex("Password|Secret|Token|Credential", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            var seen = new List<string>();
            var problems = new List<string>();
            foreach (var c in Cmdlets())
                // A switch (Export-OSCloudConfig -IncludeSecret) carries no secret.
                foreach (var p in c.Parameters.Values.Where(p => secretLike.IsMatch(p.Name) && p.Name != "ApplicationCredentialId" && !p.SwitchParameter))
                {
                    seen.Add(c.Name + " -" + p.Name);
                    if (p.ParameterType != typeof(System.Security.SecureString) && p.ParameterType != typeof(PSCredential))
                        problems.Add(c.Name + " -" + p.Name + " is " + p.ParameterType.Name);
                }
            Assert.Empty(problems);
            // The test looks at the parameters that matter: Connect-OpenStack's four ways in.
            Assert.Contains("Connect-OpenStack -Credential", seen);
            Assert.Contains("Connect-OpenStack -ApplicationCredential", seen);
            Assert.Contains("Connect-OpenStack -ApplicationCredentialSecret", seen);
            Assert.Contains("Connect-OpenStack -Token", seen);
        }

        /// <summary>Each object a Get- cmdlet returns binds to every other cmdlet of its noun that takes it (Remove, Set, Start...).</summary>
        [Fact]
        public void Objects_bind_by_property_name_to_the_cmdlets_of_their_noun()
        {
            var cmdlets = Cmdlets();
            var problems = new List<string>();
            foreach (var get in cmdlets.Where(c => c.Verb == "Get"))
            {
                var type = get.OutputType.Select(t => t.Type).FirstOrDefault(t => t != null && t.Namespace!.StartsWith("OpenStack", StringComparison.Ordinal));
                if (type == null) continue;
                var properties = new HashSet<string>(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
                // New- and Import- make a new object rather than take one.
                foreach (var other in cmdlets.Where(c => c.Noun == get.Noun && c.Verb != "Get" && c.Verb != "New" && c.Verb != "Import"))
                {
                    // In some parameter set, the object fills the mandatory parameters that take pipeline input (its identity);
                    // what is left (a new size, a path) is for the user to give.
                    var bindable = other.ParameterSets.Any(set =>
                    {
                        var fromPipeline = set.Parameters.Where(p => p.IsMandatory && p.ValueFromPipelineByPropertyName).ToList();
                        return fromPipeline.Count > 0 && fromPipeline.All(p => properties.Contains(p.Name) || p.Aliases.Any(properties.Contains));
                    });
                    if (!bindable) problems.Add(type.Name + " from " + get.Name + " does not bind to " + other.Name);
                }
            }
            Assert.Empty(problems);
        }
    }
}
