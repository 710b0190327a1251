namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// The result of one check: a status, the measured value as short text ("-67 dBm", "3.71 V", "12 ms",
    /// "2 items, oldest 3 h"; shown on the screen and written to the report) and, for WARN and FAIL, the catalog key
    /// of the checklist to show. Values never hold keys or clear PANs.
    /// </summary>
    public sealed class CheckResult
    {
        /// <summary>No checklist.</summary>
        public const int NoChecklist = -1;

        /// <summary>Creates a result.</summary>
        public CheckResult(CheckStatus status, string value, int checklistKey)
        {
            Status = status;
            Value = value ?? string.Empty;
            ChecklistKey = status == CheckStatus.Warn || status == CheckStatus.Fail ? checklistKey : NoChecklist;
        }

        /// <summary>The status.</summary>
        public CheckStatus Status { get; }

        /// <summary>The measured value, or empty.</summary>
        public string Value { get; }

        /// <summary>The <c>TextKey</c> of the checklist for WARN / FAIL, else <see cref="NoChecklist"/>.</summary>
        public int ChecklistKey { get; }

        /// <summary>True for WARN and FAIL: the menu opens the checklist.</summary>
        public bool HasChecklist => ChecklistKey != NoChecklist;

        /// <summary>A PASS.</summary>
        public static CheckResult Pass(string value)
        {
            return new CheckResult(CheckStatus.Pass, value, NoChecklist);
        }

        /// <summary>A WARN with its checklist.</summary>
        public static CheckResult Warn(string value, int checklistKey)
        {
            return new CheckResult(CheckStatus.Warn, value, checklistKey);
        }

        /// <summary>A FAIL with its checklist.</summary>
        public static CheckResult Fail(string value, int checklistKey)
        {
            return new CheckResult(CheckStatus.Fail, value, checklistKey);
        }

        /// <summary>NOT RUN, with the reason as value.</summary>
        public static CheckResult NotRun(string reason)
        {
            return new CheckResult(CheckStatus.NotRun, reason, NoChecklist);
        }

        /// <summary>Started, outcome pending.</summary>
        public static CheckResult Running(string value)
        {
            return new CheckResult(CheckStatus.Running, value, NoChecklist);
        }
    }
}
