using Pos.Core.Audit;
using Pos.Core.Localization;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Recent declines by response code, counted from the newest <see cref="Window"/> audit trail entries of kind
    /// <see cref="AuditEvent.Decline"/> whose text ends with a code (<see cref="DeclineAudit"/>: host declines of the
    /// transaction machine, declined offline advices), read from the flash. Value: "5: 51x3 05x2"
    /// (most frequent first). WARN at
    /// <see cref="DiagnosticThresholds.DeclineWarnCount"/> declines, FAIL at <see cref="DiagnosticThresholds.DeclineFailCount"/>.
    /// </summary>
    public sealed class DeclinesCheck : DiagnosticCheck
    {
        /// <summary>The newest entries looked at (the size of the journal's audit ring before the audit trail).</summary>
        public const int Window = 16;

        /// <summary>Creates the check.</summary>
        public DeclinesCheck()
            : base("declines", TextKey.DiagDeclines, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            AuditTrail trail = ctx.Audit;
            string[] codes = new string[Window];
            int[] counts = new int[Window];
            int distinct = 0;
            int total = 0;
            AuditCursor cursor = trail.Read(trail.Count - Window);
            AuditEntry entry = new AuditEntry();
            while (cursor.Next(entry))
            {
                string code = entry.Event == AuditEvent.Decline ? DeclineAudit.CodeOf(entry.Text) : null;
                if (code == null)
                {
                    continue;
                }

                total++;
                int k = 0;
                while (k < distinct && codes[k] != code)
                {
                    k++;
                }

                if (k == distinct)
                {
                    codes[distinct++] = code;
                }

                counts[k]++;
                while (k > 0 && counts[k] > counts[k - 1])
                {
                    string c = codes[k];
                    codes[k] = codes[k - 1];
                    codes[k - 1] = c;
                    int n = counts[k];
                    counts[k] = counts[k - 1];
                    counts[k - 1] = n;
                    k--;
                }
            }

            if (total == 0)
            {
                return CheckResult.Pass("none");
            }

            string text = total.ToString() + ":";
            for (int k = 0; k < distinct; k++)
            {
                text = text + " " + codes[k] + "x" + counts[k].ToString();
            }

            if (total >= ctx.Thresholds.DeclineFailCount)
            {
                return Fail(text);
            }

            return total >= ctx.Thresholds.DeclineWarnCount ? Warn(text) : CheckResult.Pass(text);
        }
    }
}
