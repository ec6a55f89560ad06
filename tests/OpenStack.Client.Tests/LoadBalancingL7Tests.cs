using System;
using System.Text.Json;
using OpenStack.Client.Json;
using OpenStack.Client.LoadBalancing;
using Xunit;

namespace OpenStack.Client.Tests
{
    /// <summary>L7 policies and rules: Octavia's published bodies read, and what a create or update sends, checked before sending.</summary>
    public sealed class LoadBalancingL7Tests
    {
        [Fact]
        public void A_policy_and_its_rules_are_read_from_Octavias_bodies_with_nothing_lost()
        {
            using var policyDoc = JsonDocument.Parse(Samples.Read("load-balancer/l7policy-show-response.json"));
            var policy = policyDoc.RootElement.GetProperty("l7policy").Deserialize(OpenStackJsonContext.Default.L7Policy)!;
            Assert.Equal(("redirect-example.com", "REDIRECT_TO_URL", 1), (policy.Name, policy.Action, policy.Position));
            Assert.Equal("http://www.example.com", policy.Target);
            Assert.Equal("023f2e34-7806-443b-bfae-16c324569a3d", policy.ListenerId);
            Assert.Equal("efd6a3f8-73bf-47f0-8ae6-503ebda57372", Assert.Single(policy.Rules!).Id);
            Assert.Equal(new DateTimeOffset(2017, 6, 24, 23, 30, 5, TimeSpan.Zero), policy.Updated);

            using var rulesDoc = JsonDocument.Parse(Samples.Read("load-balancer/l7rules-list-response.json"));
            var rule = rulesDoc.RootElement.GetProperty("rules")[0].Deserialize(OpenStackJsonContext.Default.L7Rule)!;
            Assert.Equal("PATH REGEX /images*", rule.ToString());
            Assert.Equal("ONLINE", rule.OperatingStatus);
            Assert.Null(rule.ExtensionData);
            Assert.Equal("L7 policies", LoadBalancingResources.L7Policies.KindPlural);
            Assert.Equal("lbaas/l7policies/p1/rules", LoadBalancingResources.L7Rules.Under("p1").Path);
        }

        [Fact]
        public void A_policy_sends_only_what_is_given_and_needs_the_target_of_its_action()
        {
            var o = new L7PolicyOptions { ListenerId = "l1", Action = "REDIRECT_TO_POOL", RedirectPoolId = "p1", Position = 1, Name = "to-api" };
            Assert.Equal("{\"name\":\"to-api\",\"listener_id\":\"l1\",\"action\":\"REDIRECT_TO_POOL\",\"position\":1,\"redirect_pool_id\":\"p1\"}", o.ToJson().ToJsonString());
            Assert.Equal("{\"position\":2}", new L7PolicyOptions { Position = 2 }.ToJson().ToJsonString());
            Assert.Contains("REDIRECT_TO_URL needs a URL", Assert.Throws<ArgumentException>(() => new L7PolicyOptions { Action = "REDIRECT_TO_URL" }.Check()).Message);
            Assert.Contains("REDIRECT_PREFIX needs a URL prefix", Assert.Throws<ArgumentException>(() => new L7PolicyOptions { Action = "REDIRECT_PREFIX" }.Check()).Message);
            Assert.Contains("301, 302, 303, 307 or 308", Assert.Throws<ArgumentException>(() => new L7PolicyOptions { RedirectHttpCode = 300 }.Check()).Message);
            Assert.Contains("starts at 1", Assert.Throws<ArgumentException>(() => new L7PolicyOptions { Position = 0 }.Check()).Message);
            new L7PolicyOptions { Action = "REJECT" }.Check();
        }

        [Fact]
        public void A_rule_that_compares_a_header_or_cookie_needs_its_name()
        {
            Assert.Contains("HEADER rule needs a key", Assert.Throws<ArgumentException>(() =>
                new L7RuleOptions { Type = "HEADER", CompareType = "EQUAL_TO", Value = "x", Creating = true }.Check()).Message);
            var o = new L7RuleOptions { Type = "HEADER", Key = "X-Env", CompareType = "EQUAL_TO", Value = "blue", Invert = true, Creating = true };
            Assert.Equal("{\"type\":\"HEADER\",\"compare_type\":\"EQUAL_TO\",\"key\":\"X-Env\",\"value\":\"blue\",\"invert\":true}", o.ToJson().ToJsonString());
            // An update of the value alone needs no key.
            Assert.Equal("{\"value\":\"green\"}", new L7RuleOptions { Value = "green" }.ToJson().ToJsonString());
        }
    }
}
