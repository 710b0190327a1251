using Pos.Core.Localization;
using Pos.Core.Storage;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Recent declines by response code, counted from the audit entries that follow the <see cref="DeclineAudit"/>
    /// convention ("DECLINE 51"). Value: "5: 51x3 05x2" (most frequent first). WARN at
    /// <see cref="DiagnosticThresholds.DeclineWarnCount"/> declines, FAIL at <see cref="DiagnosticThresholds.DeclineFailCount"/>.
    /// </summary>
    public sealed class DeclinesCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public DeclinesCheck()
            : base("declines", TextKey.DiagDeclines, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            JournalState s = ctx.Journal.State;
            string[] codes = new string[s.AuditCount];
            int[] counts = new int[s.AuditCount];
            int distinct = 0;
            int total = 0;
            for (int i = 0; i < s.AuditCount; i++)
            {
                string code = DeclineAudit.CodeOf(s.AuditAt(i).Text);
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
