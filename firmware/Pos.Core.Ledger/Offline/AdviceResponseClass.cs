namespace Pos.Core.Offline
{
    /// <summary>
    /// What the forwarder does with the host's answer to an offline advice (0230). 00 and 94 deliver it; the codes
    /// that force a sign-in stop draining; the "try again later" codes count an attempt and retry with backoff;
    /// every other code is a final decline: the item is flagged and kept. Values are stable.
    /// </summary>
    public enum AdviceResponseClass
    {
        /// <summary>00: delivered (after the MAC check).</summary>
        Delivered = 1,
        /// <summary>94: duplicate, the host already has it: delivered.</summary>
        Duplicate = 2,
        /// <summary>Host or network trouble (09, 68, 90, 91, 92, 96, 98): count the attempt, retry later.</summary>
        Retryable = 3,
        /// <summary>77, 99, A0 (and header requirement 3): stop, sign in, then drain again.</summary>
        SignIn = 4,
        /// <summary>Anything else: the host refuses the advice; flag it and go on.</summary>
        Final = 5,
    }
}
