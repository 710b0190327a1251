namespace Pos.Core.Diagnostics
{
    /// <summary>Outcome of one self-test check. Values are stable (reports count them); names come from <see cref="CheckStatusNames"/>.</summary>
    public enum CheckStatus
    {
        /// <summary>Not run (skipped, not applicable, or an earlier failure made it meaningless).</summary>
        NotRun = 0,
        /// <summary>Within limits.</summary>
        Pass = 1,
        /// <summary>Works, but outside the comfortable range: its checklist applies.</summary>
        Warn = 2,
        /// <summary>Broken: its checklist applies.</summary>
        Fail = 3,
        /// <summary>Started and waiting for the technician or an outcome; never stored in a report.</summary>
        Running = 4,
    }
}
