using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenStack.Client.Core;
using OpenStack.Tests;

namespace OpenStack.Client.Tests
{
    /// <summary>Sessions on the local cloud, built the way users build them: from its clouds.yaml.</summary>
    internal static class Cloud
    {
        public static CloudConfig Config(string cloud, CloudConfig? overrides = null)
        {
            var env = new Dictionary<string, string?> { ["OS_CLIENT_CONFIG_FILE"] = TestCloud.CloudsYaml };
            return new CloudConfigLoader(env, Environment.CurrentDirectory, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), false)
                .Resolve(cloud, overrides);
        }

        public static Task<OpenStackSession> ConnectAsync(string cloud = TestCloud.Demo, OpenStackSessionOptions? options = null)
        {
            TestCloud.Require();
            return OpenStackSession.ConnectAsync(Config(cloud), options, CancellationToken.None);
        }
    }
}
