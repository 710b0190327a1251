namespace Pos.Core.Tests.Link
{
    /// <summary>A probe outcome the fake will deliver at a given simulated time.</summary>
    public sealed class FakeProbeOutcome
    {
        /// <summary>Creates a pending outcome.</summary>
        public FakeProbeOutcome(int probeId, long dueMs, bool succeeded)
        {
            ProbeId = probeId;
            DueMs = dueMs;
            Succeeded = succeeded;
        }

        /// <summary>The id the monitor gave the probe.</summary>
        public int ProbeId { get; }

        /// <summary>When the outcome arrives.</summary>
        public long DueMs { get; }

        /// <summary>Whether the host answered.</summary>
        public bool Succeeded { get; }
    }
}
