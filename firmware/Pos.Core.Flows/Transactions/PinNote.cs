namespace Pos.Core.Transactions
{
    /// <summary>The note under the PIN entry (<see cref="ScreenModel.PinNote"/>); its text form is the word in brackets.</summary>
    public enum PinNote
    {
        /// <summary>No note (empty).</summary>
        None = 0,
        /// <summary>The host answered 55: the cardholder enters the PIN again ("RETRY"); cleared by the first digit.</summary>
        Retry = 1,
        /// <summary>ENTER with a PIN shorter than the rule allows ("LENGTH").</summary>
        Length = 2,
    }
}
