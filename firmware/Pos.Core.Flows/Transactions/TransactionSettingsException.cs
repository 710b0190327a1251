namespace Pos.Core.Transactions
{
    /// <summary>A transaction setting is outside its allowed range; <see cref="Setting"/> names it.</summary>
    public sealed class TransactionSettingsException : System.Exception
    {
        /// <summary>Creates the exception for one setting.</summary>
        public TransactionSettingsException(string setting)
            : base("transaction setting out of range: " + setting)
        {
            Setting = setting;
        }

        /// <summary>The name of the offending setting.</summary>
        public string Setting { get; }
    }
}
