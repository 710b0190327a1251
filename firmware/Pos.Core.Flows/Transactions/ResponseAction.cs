namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the terminal (or the person at it) does after a response code. Values are stable; names come from
    /// <see cref="ResponseNames"/>.
    /// </summary>
    public enum ResponseAction
    {
        /// <summary>Nothing beyond showing the result.</summary>
        None = 0,
        /// <summary>The cashier may try the same transaction again.</summary>
        Retry = 1,
        /// <summary>Try again later (host or issuer busy).</summary>
        RetryLater = 2,
        /// <summary>Sign in again before the next transaction (77, 99, A0).</summary>
        ReSignIn = 3,
        /// <summary>Retain the card (shown only when <see cref="TransactionSettings.RetainCardPrompt"/> is on; otherwise "use another card").</summary>
        RetainCard = 4,
        /// <summary>Ask for another card.</summary>
        UseAnotherCard = 5,
        /// <summary>The merchant contacts the acquirer.</summary>
        ContactAcquirer = 6,
        /// <summary>The cardholder contacts the issuer.</summary>
        ContactIssuer = 7,
        /// <summary>The cardholder enters the PIN again (55).</summary>
        ReEnterPin = 8,
        /// <summary>Upload the offline transactions again (79).</summary>
        ReuploadOffline = 9,

        /// <summary>One past the highest value; sizes lookup tables.</summary>
        Count = 10,
    }
}
