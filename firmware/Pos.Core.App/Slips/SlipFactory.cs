using Pos.Core.Diagnostics;
using Pos.Core.Receipts;
using Pos.Core.Storage;

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

        public SlipFactory(Journal journal, SlipTerminal terminal)
        {
            _journal = journal;
            _terminal = terminal;
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

                    DeclineSlips.Build(slip, job.Last, _terminal, locale, job.Operator);
                    return slip;
                default:
                    return null;
            }
        }
    }
}
