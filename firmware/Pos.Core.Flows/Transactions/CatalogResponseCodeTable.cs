using Pos.Core.Localization;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The product's <see cref="IResponseCodeTable"/>: a view over the generated catalog table
    /// (<see cref="Catalog.KeyForCode"/>, <see cref="Catalog.ClassOf"/>, <see cref="Catalog.ActionOf"/>), so the
    /// transaction machine and the screens read class and action from the same bytes and can never disagree. Codes
    /// the catalog does not list give <see cref="ResponseClass.Unknown"/> / <see cref="ResponseAction.None"/> ("transaction
    /// failed" with the raw code). Stateless; one shared instance is enough.
    /// </summary>
    public sealed class CatalogResponseCodeTable : IResponseCodeTable
    {
        // Indexed by the CodeClass value (None, A, B, C, D, E).
        private static readonly ResponseClass[] Classes = new ResponseClass[]
        {
            ResponseClass.Unknown, ResponseClass.Success, ResponseClass.Retryable, ResponseClass.NoRetry,
            ResponseClass.OperatorAction, ResponseClass.SystemFault,
        };

        // Indexed by the CodeAction value.
        private static readonly ResponseAction[] Actions = new ResponseAction[]
        {
            ResponseAction.None, ResponseAction.Retry, ResponseAction.ReSignIn, ResponseAction.RetainCard,
            ResponseAction.UseAnotherCard, ResponseAction.ContactIssuer, ResponseAction.ContactAcquirer,
            ResponseAction.ReEnterPin, ResponseAction.ReuploadOffline,
        };

        /// <inheritdoc />
        public ResponseClass ClassOf(string code)
        {
            int key = Catalog.KeyForCode(code);
            return key == TextKey.RcUnknown ? ResponseClass.Unknown : MapClass(Catalog.ClassOf(key));
        }

        /// <inheritdoc />
        public ResponseAction ActionOf(string code)
        {
            int key = Catalog.KeyForCode(code);
            return key == TextKey.RcUnknown ? ResponseAction.None : MapAction(Catalog.ActionOf(key));
        }

        /// <summary>The machine's class for a catalog class (out of range: <see cref="ResponseClass.Unknown"/>).</summary>
        public static ResponseClass MapClass(CodeClass value)
        {
            int i = (int)value;
            return i >= 0 && i < Classes.Length ? Classes[i] : ResponseClass.Unknown;
        }

        /// <summary>The machine's action for a catalog action (out of range: <see cref="ResponseAction.None"/>).</summary>
        public static ResponseAction MapAction(CodeAction value)
        {
            int i = (int)value;
            return i >= 0 && i < Actions.Length ? Actions[i] : ResponseAction.None;
        }
    }
}
