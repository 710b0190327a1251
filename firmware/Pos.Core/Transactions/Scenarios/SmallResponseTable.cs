namespace Pos.Core.Transactions.Scenarios
{
    /// <summary>
    /// A small response-code table for scenarios and tests, covering the codes they use (reference/cups-pos.md §1.2).
    /// Not the product's table: that one is generated from the catalogs.
    /// </summary>
    public sealed class SmallResponseTable : IResponseCodeTable
    {
        private static readonly string[] Codes = new string[]
        {
            "00", "03", "04", "12", "14", "25", "41", "43", "51", "54", "55", "68", "77", "96", "97", "99", "A0",
        };

        private static readonly ResponseClass[] Classes = new ResponseClass[]
        {
            ResponseClass.Success, ResponseClass.NoRetry, ResponseClass.OperatorAction, ResponseClass.NoRetry, ResponseClass.Retryable,
            ResponseClass.NoRetry, ResponseClass.OperatorAction, ResponseClass.OperatorAction, ResponseClass.NoRetry, ResponseClass.NoRetry,
            ResponseClass.NoRetry, ResponseClass.NoRetry, ResponseClass.OperatorAction, ResponseClass.NoRetry, ResponseClass.OperatorAction,
            ResponseClass.Retryable, ResponseClass.Retryable,
        };

        private static readonly ResponseAction[] Actions = new ResponseAction[]
        {
            ResponseAction.None, ResponseAction.ContactAcquirer, ResponseAction.RetainCard, ResponseAction.None, ResponseAction.UseAnotherCard,
            ResponseAction.None, ResponseAction.RetainCard, ResponseAction.RetainCard, ResponseAction.None, ResponseAction.UseAnotherCard,
            ResponseAction.ReEnterPin, ResponseAction.RetryLater, ResponseAction.ReSignIn, ResponseAction.RetryLater, ResponseAction.ContactAcquirer,
            ResponseAction.ReSignIn, ResponseAction.ReSignIn,
        };

        /// <inheritdoc />
        public ResponseClass ClassOf(string code)
        {
            int i = IndexOf(code);
            return i < 0 ? ResponseClass.Unknown : Classes[i];
        }

        /// <inheritdoc />
        public ResponseAction ActionOf(string code)
        {
            int i = IndexOf(code);
            return i < 0 ? ResponseAction.None : Actions[i];
        }

        private static int IndexOf(string code)
        {
            for (int i = 0; i < Codes.Length; i++)
            {
                if (Codes[i] == code)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
