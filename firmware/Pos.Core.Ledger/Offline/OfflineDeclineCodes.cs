using Pos.Core.Common;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The local error codes of the offline policy, one table: id, stable string code (what the message catalog is
    /// keyed by and what logs and journals record) and an English name for logs. Ids and codes never change
    /// meaning; new rules get new codes at the end. Local codes are "L" + two digits so they cannot be confused with
    /// the host's two-character field 39 codes.
    /// </summary>
    public static class OfflineDeclineCodes
    {
        /// <summary>Accepted: not a decline.</summary>
        public const int None = 0;
        /// <summary>L01: offline payments are disabled by the merchant.</summary>
        public const int OfflineDisabled = 1;
        /// <summary>L02: the amount is over the per-transaction offline limit.</summary>
        public const int OverTransactionLimit = 2;
        /// <summary>L03: the amount would take the offline total over its cap.</summary>
        public const int OverTotalCap = 3;
        /// <summary>L04: the offline queue already holds the maximum count.</summary>
        public const int QueueFull = 4;
        /// <summary>L05: the card entry mode is not allowed offline (magstripe, manual, fallback by default).</summary>
        public const int EntryModeNotAllowed = 5;
        /// <summary>L06: the transaction type is never taken offline (refund, void, balance, pre-authorisation).</summary>
        public const int TransactionTypeNotAllowed = 6;
        /// <summary>L07: a PIN was entered; online PIN cannot be stored and forwarded.</summary>
        public const int PinNotAllowed = 7;

        /// <summary>One past the highest id.</summary>
        /// <summary>L08: no data-at-rest key (keys lost): the card data cannot be stored sealed, and never in clear.</summary>
        public const int NoDataKey = 8;

        public const int Count = 9;

        // By id, packed (PackedNames); None has no code.
        private const string Codes = "|L01|L02|L03|L04|L05|L06|L07|L08";

        private const string Names = "Accepted|OfflineDisabled|OverTransactionLimit|OverTotalCap|QueueFull|EntryModeNotAllowed"
            + "|TransactionTypeNotAllowed|PinNotAllowed|NoDataKey";

        /// <summary>The stable string code of an id ("L01".."L08"), empty for <see cref="None"/>.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException">Unknown id.</exception>
        public static string CodeOf(int id)
        {
            Check(id);
            return PackedNames.At(Codes, id);
        }

        /// <summary>The English name of an id, for logs.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException">Unknown id.</exception>
        public static string NameOf(int id)
        {
            Check(id);
            return PackedNames.At(Names, id);
        }

        /// <summary>The id of a string code, or -1 when it is not an offline policy code.</summary>
        public static int IdOf(string code)
        {
            // Only None's code is empty, and None is not a decline code.
            return code == null || code.Length == 0 ? -1 : PackedNames.IndexOf(Codes, code);
        }

        private static void Check(int id)
        {
            if (id < 0 || id >= Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(id));
            }
        }
    }
}
