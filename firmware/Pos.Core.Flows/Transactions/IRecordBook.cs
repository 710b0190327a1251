namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the records look-up needs of the terminal's books: the transactions of the open batch as the cashier should
    /// see them (the log, the failed log, the offline queue and the pending reversal together), searched, read one at a
    /// time, today's summary, and a record's slip printed again. The composition supplies it (<see cref="TransactionMachine.Records"/>).
    /// </summary>
    public interface IRecordBook
    {
        /// <summary>
        /// Searches the open batch; returns how many records match. The matches are kept, newest first, for
        /// <see cref="Read"/> until the next search. A value the search cannot use matches nothing.
        /// </summary>
        int Search(RecordSearch kind, string value);

        /// <summary>Fills <paramref name="into"/> with match <paramref name="index"/> (0 the newest); false when it is gone.</summary>
        bool Read(int index, TransactionRecord into);

        /// <summary>Fills <paramref name="into"/> with today's counts and totals (the merchant's local day, the open batch).</summary>
        void Summarise(DaySummary into);

        /// <summary>Prints match <paramref name="index"/> again, marked REPRINT; the books are only read.</summary>
        PrintAnswer Reprint(int index);
    }
}
