using Pos.Core.Audit;
using Pos.Core.Diagnostics;
using Pos.Core.Receipts;
using Pos.Core.Storage;
using Pos.Core.Transactions;

namespace Pos.Core.Slips
{
    /// <summary>
    /// Lays out the slip of a <see cref="SlipJob"/> when its turn to print comes, in the merchant's locale of that
    /// moment: the job keeps data, this turns one copy of it into a <see cref="Slip"/> by the builders of
    /// Pos.Core.Receipts. A job whose data cannot make a slip gives null (logged by the spooler, never printed half).
    /// </summary>
    internal sealed class SlipFactory
    {
        private readonly Journal _journal;
        private readonly SlipTerminal _terminal;
        private readonly DiagnosticRunner _runner;
        private readonly AuditTrail _trail;

        public SlipFactory(Journal journal, SlipTerminal terminal, DiagnosticRunner runner, AuditTrail trail)
        {
            _journal = journal;
            _terminal = terminal;
            _runner = runner;
            _trail = trail;
        }

        /// <summary>Copy <paramref name="copy"/> (0 first) of <paramref name="job"/>, or null.</summary>
        public Slip Build(SlipJob job, int copy)
        {
            int locale = LocaleSetting.Load(_journal.State);
            Slip slip = new Slip();
            switch (job.Kind)
            {
                case SlipJobKind.Sale:
                    if (job.Entry == null)
                    {
                        return null;
                    }

                    SaleSlips.Build(slip, job.Entry, _terminal, locale, copy == 0 ? SlipCopy.Merchant : SlipCopy.Cardholder, job.Reprint);
                    return slip;
                case SlipJobKind.Decline:
                    if (job.Last == null)
                    {
                        return null;
                    }

                    DeclineSlips.Build(slip, job.Last, _terminal, locale, job.Operator, job.Reprint);
                    return slip;
                case SlipJobKind.Settlement:
                    SettlementSummary summary = job.Data as SettlementSummary;
                    if (summary == null)
                    {
                        return null;
                    }

                    SettlementSlips.Build(slip, summary, _terminal, locale, job.Reprint);
                    return slip;
                case SlipJobKind.SelfTest:
                    // The runner's results as the technician sees them now (they outlive the results screen, not a reboot).
                    if (_runner == null || _runner.Count == 0)
                    {
                        return null;
                    }

                    SelfTestSlips.Build(slip, _runner, _terminal, locale);
                    return slip;
                case SlipJobKind.Audit:
                    int newest = job.Data is int ? (int)job.Data : 0;
                    if (_trail == null || newest <= 0)
                    {
                        return null;
                    }

                    AuditSlips.Build(slip, _trail, _trail.Count - newest, newest, _terminal, locale);
                    return slip;
                default:
                    return null;
            }
        }
    }
}
