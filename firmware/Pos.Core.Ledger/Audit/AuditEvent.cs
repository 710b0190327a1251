namespace Pos.Core.Audit
{
    /// <summary>
    /// What an audit trail entry records (stored as one byte: values keep their numbers; an entry written by a later
    /// firmware with a value this one does not know is kept and shown by its number).
    /// </summary>
    public enum AuditEvent
    {
        /// <summary>Anything the kinds below do not name (and entries carried over from the journal's old audit ring).</summary>
        Other = 0,

        /// <summary>An operator signed on.</summary>
        SignOn = 1,

        /// <summary>An operator signed off (the technician leaving the technician menu included).</summary>
        SignOff = 2,

        /// <summary>An action only a role may take (a supervisor's void or refund, a cashier added).</summary>
        RoleAction = 3,

        /// <summary>A host declined: a sale, or an offline advice when it was forwarded.</summary>
        Decline = 4,

        /// <summary>Too many wrong PINs locked an entry, or an entry was refused while locked.</summary>
        PinLockout = 5,

        /// <summary>A technician PIN attempt, its result or a PIN change.</summary>
        TechnicianPin = 6,

        /// <summary>A step of a key load (master key under dual control).</summary>
        KeyLoad = 7,

        /// <summary>A setting changed.</summary>
        SettingsChange = 8,

        /// <summary>A self-test run and its totals.</summary>
        SelfTest = 9,

        /// <summary>The pending reversal cleared by hand.</summary>
        ReversalCleared = 10,

        /// <summary>A flagged offline sale retried or acknowledged.</summary>
        OfflineReview = 11,

        /// <summary>A fault the dispatcher's guard caught.</summary>
        Fault = 12,

        /// <summary>Reserved for actions ordered remotely (terminal management).</summary>
        Remote = 13,

        /// <summary>Storage found empty at start, confirmed by a person or the first start.</summary>
        StorageConfirmed = 14,

        /// <summary>The trail found its chain broken at boot: the entry names where and why ("#812 Hash").</summary>
        TrailBreak = 15,

        /// <summary>
        /// A transaction at the counter: an approval (sale, void, refund), an offline sale stored, a reversal sent or
        /// acknowledged, a settlement's result, a sale never sent (host declines are <see cref="Decline"/>).
        /// </summary>
        Transaction = 16,

        /// <summary>Number of kinds.</summary>
        Count = 17,
    }
}
