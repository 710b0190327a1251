namespace Pos.Core.Transactions
{
    /// <summary>
    /// The problem an entry screen shows (<see cref="ScreenModel.Error"/>): AMOUNT, ORIGINAL_STAN, PRESENT_CARD and RECORD_QUERY.
    /// Its text form is the word in brackets (<see cref="ScreenText"/>).
    /// </summary>
    public enum EntryError
    {
        /// <summary>No problem (empty).</summary>
        None = 0,
        /// <summary>The amount is over the limit or above the refund's original ("LIMIT").</summary>
        Limit = 1,
        /// <summary>No transaction of the batch has the STAN typed ("NOT_FOUND").</summary>
        NotFound = 2,
        /// <summary>The original was voided already ("VOIDED").</summary>
        Voided = 3,
        /// <summary>The card could not be taken: <see cref="ScreenModel.Code"/> says why (E1–E5 the reader's, LCD its data).</summary>
        Card = 4,
        /// <summary>The records look-up's value is not complete yet (the card's four digits, a date's four) ("INCOMPLETE").</summary>
        Incomplete = 5,
    }
}
