namespace Pos.Core.Receipts
{
    /// <summary>Which copy of a sale, void or refund slip is printed.</summary>
    public enum SlipCopy
    {
        /// <summary>The copy the merchant keeps (signed when no PIN was entered).</summary>
        Merchant = 0,

        /// <summary>The copy the cardholder takes.</summary>
        Cardholder = 1,
    }
}
