namespace Pos.Core.Transactions
{
    /// <summary>
    /// A merchant limit was refused where it is set (negative, not a number, above the largest amount the terminal
    /// takes); <see cref="Setting"/> names it ("sale", "daily", "refund") and nothing was written.
    /// </summary>
    public sealed class TransactionLimitsException : System.Exception
    {
        /// <summary>Creates the exception for one limit.</summary>
        public TransactionLimitsException(string setting, string why)
            : base("limit " + setting + " refused: " + why)
        {
            Setting = setting;
        }

        /// <summary>The name of the refused limit: <see cref="TransactionLimits.Sale"/>, <see cref="TransactionLimits.Daily"/> or <see cref="TransactionLimits.Refund"/>.</summary>
        public string Setting { get; }
    }
}
