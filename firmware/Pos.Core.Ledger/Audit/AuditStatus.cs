namespace Pos.Core.Audit
{
    /// <summary>What the audit trail's verification found at <see cref="AuditTrail.Open"/>.</summary>
    public enum AuditStatus
    {
        /// <summary>Every kept entry checks out (an empty trail included).</summary>
        Intact = 0,

        /// <summary>The chain breaks somewhere (<see cref="AuditTrail.BreakAt"/>, <see cref="AuditTrail.Break"/>).</summary>
        Broken = 1,

        /// <summary>The storage could not be read: nothing is known.</summary>
        Unreadable = 2,
    }
}
