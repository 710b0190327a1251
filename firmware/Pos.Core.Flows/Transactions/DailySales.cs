using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The approved purchase total of the merchant's local day, for the daily limit (<see cref="TransactionLimits"/>):
    /// one journal setting, <see cref="Key"/> = "yyyyMMdd,fen", written in the same journal record as the approval
    /// that moves it (an online sale, an offline sale queued, a void of a sale of that day), so a power cut cannot count
    /// a sale that is not on record or miss one that is. A counter instead of a scan of the transaction log: the log
    /// keeps no year, offline sales sit in the queue until delivered, and a settlement during the day empties the log,
    /// while the acquirer's daily limit still counts what was sold before it. A record of another day counts 0; a
    /// damaged one counts 0 and is logged (never thrown).
    /// </summary>
    public sealed class DailySales
    {
        /// <summary>Journal setting of the day and its total.</summary>
        public const string Key = "limit.day";

        private const int DayLength = 8;
        private readonly Journal _journal;

        /// <summary>Creates the counter over the opened journal.</summary>
        public DailySales(Journal journal)
        {
            _journal = journal;
        }

        /// <summary>The approved purchase total of <paramref name="day"/> (yyyyMMdd, local), fen.</summary>
        public long TotalOf(string day, ISerialLog log)
        {
            string text = _journal.State.GetSetting(Key);
            if (text == null)
            {
                return 0;
            }

            long total = text.Length > DayLength + 1 && text[DayLength] == ',' ? FieldList.ParseNumber(text.Substring(DayLength + 1)) : -1;
            if (total < 0 || FieldList.ParseNumber(text.Substring(0, DayLength)) < 0)
            {
                if (log != null)
                {
                    log.WriteLine("limits: setting " + Key + " damaged, the day's total taken as 0");
                }

                return 0;
            }

            return text.Substring(0, DayLength) == day ? total : 0;
        }

        /// <summary>
        /// Adds <paramref name="fen"/> (negative: takes a voided sale off, never below 0) to <paramref name="day"/>'s total.
        /// Call inside the journal group of the approval it counts.
        /// </summary>
        public void Add(string day, long fen, ISerialLog log)
        {
            long total = TotalOf(day, log) + fen;
            _journal.SetSetting(Key, day + "," + (total < 0 ? 0 : total).ToString());
        }
    }
}
