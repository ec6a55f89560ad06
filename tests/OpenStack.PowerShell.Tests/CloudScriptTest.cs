using System;
using System.Collections.Generic;
using OpenStack.Tests;

namespace OpenStack.PowerShell.Tests
{
    /// <summary>
    /// A test class that runs scripts against the local cloud: one runspace with the module, connected to a cloud,
    /// a name prefix unique to the test so cleanup touches only what it made, and that cleanup run at the end.
    /// </summary>
    public abstract class CloudScriptTest : IDisposable
    {
        protected CloudScriptTest(string prefixStem, string cloud = TestCloud.Admin)
        {
            TestCloud.Require();
            Prefix = TestCloud.UniqueName(prefixStem);
            Ps = new PowerShellHost();
            Ps.Run("Connect-OpenStack -Cloud " + cloud).ThrowIfFailed();
        }

        protected PowerShellHost Ps { get; }
        protected string Prefix { get; }

        /// <summary>The variables every script gets: $prefix, and what a derived class adds.</summary>
        protected virtual Dictionary<string, object?> Vars => new Dictionary<string, object?> { ["prefix"] = Prefix };

        /// <summary>Removes what the tests made (by $prefix); errors here are ignored.</summary>
        protected abstract string Cleanup { get; }

        public void Dispose()
        {
            Ps.Run(Cleanup, Vars);
            Ps.Dispose();
            OnDisposed();
        }

        protected virtual void OnDisposed() { }
    }
}
