namespace Pos.Core.Transactions
{
    /// <summary>How the cashier looks a record up; the value is the key that picks it on the records menu.</summary>
    public enum RecordSearch
    {
        /// <summary>No search.</summary>
        None = 0,

        /// <summary>The voucher number (凭证号, the STAN): up to six digits, exact.</summary>
        Stan = 1,

        /// <summary>The reference number (field 37): its last digits as typed.</summary>
        Rrn = 2,

        /// <summary>The amount, typed in fen like the amount entry: exact.</summary>
        Amount = 3,

        /// <summary>The card's last four digits.</summary>
        Card = 4,

        /// <summary>The local date MMDD; nothing typed: today.</summary>
        Date = 5,
    }
}
