using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Localization;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// The audit trail's chain as the boot verification found it: PASS when intact ("intact, 1234 entries"); FAIL with
    /// the local.audit_broken checklist when broken ("broken at #812 (edited), 1234 entries") or unreadable; WARN with
    /// the same checklist while the entry that put an earlier break on record is still kept ("intact, 1234 entries,
    /// earlier break #812"): the damaged entries left the ring, the fact that there were some did not.
    /// </summary>
    public sealed class AuditCheck : DiagnosticCheck
    {
        // The reason in the value's words, by AuditBreak, packed (PackedNames).
        private const string Reasons = "|damaged|edited|missing|out of order";

        /// <summary>Creates the check.</summary>
        public AuditCheck()
            : base("audit", TextKey.DiagAudit, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            AuditTrail trail = ctx.Audit;
            string entries = trail.Count.ToString() + " entries";
            switch (trail.Status)
            {
                case AuditStatus.Intact:
                    if (trail.MarkedBreak > 0)
                    {
                        return new CheckResult(CheckStatus.Warn, "intact, " + entries + ", earlier break #" + trail.MarkedBreak.ToString(), TextKey.LocalAuditBroken);
                    }

                    return CheckResult.Pass("intact, " + entries);
                case AuditStatus.Broken:
                    int reason = (int)trail.Break;
                    string words = PackedNames.At(Reasons, reason);
                    return new CheckResult(CheckStatus.Fail, "broken at #" + trail.BreakAt.ToString() + " ("
                        + (words != null ? words : reason.ToString()) + "), " + entries, TextKey.LocalAuditBroken);
                default:
                    return new CheckResult(CheckStatus.Fail, "unreadable", TextKey.LocalAuditBroken);
            }
        }
    }
}
