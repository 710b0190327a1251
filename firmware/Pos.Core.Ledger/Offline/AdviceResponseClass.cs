namespace Pos.Core.Offline
{
    /// <summary>
    /// What the forwarder does with the host's answer to an offline advice (0230). 00 with a valid MAC delivers it, and
    /// 94 when verified (valid MAC, fields matching the advice; otherwise flagged for review); the codes that force a
    /// sign-in count an attempt and stop draining; the "try again later" codes retry with backoff without counting;
    /// every other code is a final decline: the item is flagged and kept. Values are stable.
    /// </summary>
    public enum AdviceResponseClass
    {
        /// <summary>00: delivered (after the MAC check).</summary>
        Delivered = 1,
        /// <summary>94: duplicate, the host says it already has it: delivered when the reply's MAC and fields 11/41/42
        /// (4, 60.2) prove it is this advice; otherwise flagged for review.</summary>
        Duplicate = 2,
        /// <summary>Host or network trouble (09, 68, 90, 91, 92, 96, 98): retry later with backoff, not counted.</summary>
        Retryable = 3,
        /// <summary>77, 99, A0 (and header requirement 3): count the attempt, stop, sign in, then drain again.</summary>
        SignIn = 4,
        /// <summary>Anything else: the host refuses the advice; flag it and go on.</summary>
        Final = 5,
    }
}
