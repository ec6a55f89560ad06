using System;
using OpenStack.Client.Core;
using OpenStack.Client.Json;
using OpenStack.Client.Resources;

namespace OpenStack.Client.Orchestration
{
    /// <summary>Heat's resources (orchestration v1).</summary>
    public static class OrchestrationResources
    {
        private static OpenStackJsonContext Json => OpenStackJsonContext.Default;

        /// <summary>
        /// Stacks are listed and found by name with <c>?name=</c>; lists hold a summary (no parameters or outputs): the
        /// cmdlets read in full what they show or use (another project's stack, listed by an admin, cannot be read by id,
        /// so listing does not). A GET of stacks/{id} is Heat's redirect to stacks/{name}/{id}, followed within the
        /// endpoint's origin only; every other operation is addressed as stacks/{name}/{id} (<see cref="OrchestrationClient.PathOf"/>).
        /// </summary>
        public static readonly ResourceDescriptor<Stack> Stacks =
            new ResourceDescriptor<Stack>(ServiceTypes.Orchestration, "stack", "stacks", Json.Stack, s => s.Id, s => s.Name)
            {
                Singular = "stack", Update = UpdateStyle.None,
                Status = new StatusRule<Stack>(s => s.Status)
                {
                    Reason = s => s.StatusReason, DeletedTargets = new[] { "DELETE_COMPLETE" }, Interval = TimeSpan.FromSeconds(2),
                    // A rolled-back create or update is over and failed, though its status does not end in _FAILED.
                    Failures = new[] { "ROLLBACK_COMPLETE" },
                },
            };
    }
}
