namespace Pos.Core.Diagnostics
{
    /// <summary>What a technician PIN attempt gave.</summary>
    public enum PinCheckOutcome
    {
        /// <summary>Right PIN.</summary>
        Accepted = 0,
        /// <summary>Right, but it is the factory default: the PIN must be changed before the menu opens.</summary>
        AcceptedMustChange = 1,
        /// <summary>Wrong PIN; tries remain.</summary>
        Wrong = 2,
        /// <summary>Locked: this attempt was the last allowed, or the lockout is still running (nothing was checked).</summary>
        Locked = 3,
    }
}
