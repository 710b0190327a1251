namespace Pos.Core.Localization
{
    /// <summary>What the terminal does after a response code or local error. Values match the generated tables.</summary>
    public enum CodeAction
    {
        /// <summary>Nothing beyond showing the message.</summary>
        None = 0,

        /// <summary>The same transaction may be tried again (now or later, as the steps say).</summary>
        Retry = 1,

        /// <summary>Sign in again (new working keys or batch), then redo the transaction.</summary>
        ReSignIn = 2,

        /// <summary>Retain the card, when card retention is enabled in the merchant parameters.</summary>
        RetainCard = 3,

        /// <summary>Ask for another card or payment method.</summary>
        UseAnotherCard = 4,

        /// <summary>The cardholder contacts the issuer.</summary>
        ContactIssuer = 5,

        /// <summary>The merchant contacts the acquirer.</summary>
        ContactAcquirer = 6,

        /// <summary>Ask the cardholder for the PIN again.</summary>
        ReEnterPin = 7,

        /// <summary>Upload the offline transactions again.</summary>
        ReUploadOffline = 8,
    }
}
