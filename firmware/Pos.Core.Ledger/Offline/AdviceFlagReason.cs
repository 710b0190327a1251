namespace Pos.Core.Offline
{
    /// <summary>
    /// Why the forwarder flagged an advice for review (stored in the journal with the item: values never change
    /// meaning; new reasons take new numbers). Shown in the technician menu with the host's code.
    /// </summary>
    public enum AdviceFlagReason
    {
        /// <summary>Not flagged, or flagged before reasons were kept.</summary>
        Unknown = 0,
        /// <summary>The host refused the advice with a final code.</summary>
        Declined = 1,
        /// <summary>Definite host answers that left it pending (an approval whose MAC failed, a sign-in code) reached
        /// the attempt limit.</summary>
        AttemptsUsed = 2,
        /// <summary>Older than the expiry age on the journal's monotonic clock.</summary>
        Expired = 3,
        /// <summary>Its stored request cannot be read or rebuilt.</summary>
        Unreadable = 4,
        /// <summary>94 (duplicate) without a valid MAC: the host's word cannot be trusted.</summary>
        DuplicateUnverified = 5,
        /// <summary>94 whose fields 11/41/42 (or 4, 60.2) do not match the advice: the host holds another transaction
        /// under this id.</summary>
        DuplicateMismatch = 6,
    }
}
