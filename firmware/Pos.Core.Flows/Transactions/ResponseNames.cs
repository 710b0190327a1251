namespace Pos.Core.Transactions
{
    /// <summary>Names of <see cref="ResponseClass"/> and <see cref="ResponseAction"/> values for logs, docs and catalog keys.</summary>
    public static class ResponseNames
    {
        private static readonly string[] Classes = new string[]
        {
            "Unknown", "Success", "Retryable", "NoRetry", "OperatorAction", "SystemFault",
        };

        private static readonly string[] Actions = new string[]
        {
            "None", "Retry", "RetryLater", "ReSignIn", "RetainCard", "UseAnotherCard", "ContactAcquirer", "ContactIssuer",
            "ReEnterPin", "ReuploadOffline",
        };

        /// <summary>The name of a class, or its number in brackets.</summary>
        public static string Of(ResponseClass value)
        {
            int i = (int)value;
            return i >= 0 && i < Classes.Length ? Classes[i] : "[" + i.ToString() + "]";
        }

        /// <summary>The name of an action, or its number in brackets.</summary>
        public static string Of(ResponseAction value)
        {
            int i = (int)value;
            return i >= 0 && i < Actions.Length ? Actions[i] : "[" + i.ToString() + "]";
        }
    }
}
