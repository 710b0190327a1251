using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The merchant's limits (交易限额), in fen, 0 = no limit: per purchase, per local day of purchases (the day's
    /// approved total, <see cref="DailySales"/>), per refund. They mirror what the acquirer allows the merchant, so an
    /// amount over one is refused at the amount entry, before the card is read, instead of being declined by the host.
    /// Kept in the journal settings <see cref="SaleKey"/>, <see cref="DailyKey"/>, <see cref="RefundKey"/> (absent = no
    /// limit). Set through <see cref="With"/> and <see cref="Save"/>, which refuse a negative, non-numeric or too large
    /// value with <see cref="TransactionLimitsException"/>; read through <see cref="Read"/>, which takes a damaged
    /// setting as "no limit" and logs it (never throws).
    /// </summary>
    public sealed class TransactionLimits
    {
        /// <summary>Journal setting: the limit per purchase, fen (decimal).</summary>
        public const string SaleKey = "limit.sale";

        /// <summary>Journal setting: the limit of a local day's approved purchases, fen (decimal).</summary>
        public const string DailyKey = "limit.daily";

        /// <summary>Journal setting: the limit per refund, fen (decimal).</summary>
        public const string RefundKey = "limit.refund";

        /// <summary>The name of the per-purchase limit (API, scenarios, <see cref="TransactionLimitsException.Setting"/>).</summary>
        public const string Sale = "sale";

        /// <summary>The name of the daily limit.</summary>
        public const string Daily = "daily";

        /// <summary>The name of the per-refund limit.</summary>
        public const string Refund = "refund";

        /// <summary>Creates limits (fen, 0 = none); not checked until <see cref="Validate"/> or <see cref="Save"/>.</summary>
        public TransactionLimits(long saleFen, long dailyFen, long refundFen)
        {
            SaleFen = saleFen;
            DailyFen = dailyFen;
            RefundFen = refundFen;
        }

        /// <summary>The largest purchase, fen; 0 = no limit.</summary>
        public long SaleFen { get; }

        /// <summary>The largest approved purchase total of one local day, fen; 0 = no limit.</summary>
        public long DailyFen { get; }

        /// <summary>The largest refund, fen; 0 = no limit.</summary>
        public long RefundFen { get; }

        /// <summary>True when no limit is set.</summary>
        public bool None => SaleFen == 0 && DailyFen == 0 && RefundFen == 0;

        /// <summary>
        /// The limits in the journal. A value that is not a number from 0 to <paramref name="maxAmountFen"/> (a damaged
        /// or hand-edited setting) counts as no limit, and <paramref name="log"/> (may be null) says which.
        /// </summary>
        public static TransactionLimits Read(JournalState state, long maxAmountFen, ISerialLog log)
        {
            return new TransactionLimits(Stored(state, SaleKey, maxAmountFen, log), Stored(state, DailyKey, maxAmountFen, log),
                Stored(state, RefundKey, maxAmountFen, log));
        }

        /// <summary>
        /// A copy with the limit named <paramref name="setting"/> (<see cref="Sale"/>, <see cref="Daily"/>,
        /// <see cref="Refund"/>) set from its decimal text in fen ("0": none).
        /// </summary>
        /// <exception cref="TransactionLimitsException">An unknown name, or a value that is not a number from 0 to <paramref name="maxAmountFen"/>.</exception>
        public TransactionLimits With(string setting, string fen, long maxAmountFen)
        {
            if (setting != Sale && setting != Daily && setting != Refund)
            {
                throw new TransactionLimitsException(setting == null ? string.Empty : setting, "no such limit (sale, daily, refund)");
            }

            long value = FieldList.ParseNumber(fen);
            Check(setting, value, maxAmountFen);
            return new TransactionLimits(setting == Sale ? value : SaleFen, setting == Daily ? value : DailyFen, setting == Refund ? value : RefundFen);
        }

        /// <summary>Checks every limit: 0 (none) to <paramref name="maxAmountFen"/>.</summary>
        /// <exception cref="TransactionLimitsException">The first limit out of range.</exception>
        public void Validate(long maxAmountFen)
        {
            Check(Sale, SaleFen, maxAmountFen);
            Check(Daily, DailyFen, maxAmountFen);
            Check(Refund, RefundFen, maxAmountFen);
        }

        /// <summary>Checks, then writes the three settings in one journal record (a limit of 0 removes its setting); durable when it returns.</summary>
        /// <exception cref="TransactionLimitsException">A limit out of range: nothing was written.</exception>
        public void Save(Journal journal, long maxAmountFen)
        {
            Validate(maxAmountFen);
            journal.BeginGroup();
            try
            {
                journal.SetSetting(SaleKey, Text(SaleFen));
                journal.SetSetting(DailyKey, Text(DailyFen));
                journal.SetSetting(RefundKey, Text(RefundFen));
                journal.CommitGroup();
            }
            finally
            {
                journal.AbandonGroup();
            }
        }

        /// <summary>"sale 50000 daily 200000 refund 0": the limits in fen, as the scenario command writes them.</summary>
        public override string ToString()
        {
            return Sale + " " + SaleFen.ToString() + " " + Daily + " " + DailyFen.ToString() + " " + Refund + " " + RefundFen.ToString();
        }

        private static void Check(string setting, long value, long maxAmountFen)
        {
            if (value < 0)
            {
                throw new TransactionLimitsException(setting, "not a whole number of fen from 0");
            }

            if (value > maxAmountFen)
            {
                throw new TransactionLimitsException(setting, "above the largest amount, " + maxAmountFen.ToString() + " fen");
            }
        }

        private static string Text(long fen)
        {
            return fen == 0 ? null : fen.ToString();
        }

        private static long Stored(JournalState state, string key, long maxAmountFen, ISerialLog log)
        {
            string text = state.GetSetting(key);
            if (text == null)
            {
                return 0;
            }

            long value = FieldList.ParseNumber(text);
            if (value >= 0 && value <= maxAmountFen)
            {
                return value;
            }

            if (log != null)
            {
                log.WriteLine("limits: setting " + key + " damaged (" + text.Length.ToString() + " characters), taken as no limit");
            }

            return 0;
        }
    }
}
