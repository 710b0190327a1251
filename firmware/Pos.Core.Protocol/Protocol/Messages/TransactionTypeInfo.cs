namespace Pos.Core.Protocol.Messages
{
    /// <summary>One row of the transaction-type table (reference/cups-pos.md §2.4).</summary>
    public sealed class TransactionTypeInfo
    {
        /// <summary>No field 61.</summary>
        public const int NoOriginal = 0;

        /// <summary>Field 61 = original batch n6 + original STAN n6.</summary>
        public const int OriginalBatchStan = 1;

        /// <summary>Field 61 = original batch n6 + original STAN n6 + original date MMDD.</summary>
        public const int OriginalBatchStanDate = 2;

        /// <summary>Creates a row.</summary>
        public TransactionTypeInfo(TransactionType type, string name, string processingCode, string conditionCode, int requestMti,
            string code601, bool macRequested, bool createsReversal, bool carriesAmount, int originalData, bool sendsOriginalRrn)
        {
            Type = type;
            Name = name;
            ProcessingCode = processingCode;
            ConditionCode = conditionCode;
            RequestMti = requestMti;
            Code601 = code601;
            MacRequested = macRequested;
            CreatesReversal = createsReversal;
            CarriesAmount = carriesAmount;
            OriginalData = originalData;
            SendsOriginalRrn = sendsOriginalRrn;
        }

        /// <summary>The type.</summary>
        public TransactionType Type { get; }

        /// <summary>Name for logs.</summary>
        public string Name { get; }

        /// <summary>Field 3.</summary>
        public string ProcessingCode { get; }

        /// <summary>Field 25.</summary>
        public string ConditionCode { get; }

        /// <summary>Request MTI as a number (reply = request + 10).</summary>
        public int RequestMti { get; }

        /// <summary>60.1 transaction type code.</summary>
        public string Code601 { get; }

        /// <summary>True when the request carries a MAC (and its approved reply is verified).</summary>
        public bool MacRequested { get; }

        /// <summary>True when a lost or unusable reply must be reversed (引发冲正).</summary>
        public bool CreatesReversal { get; }

        /// <summary>True when field 4 is sent.</summary>
        public bool CarriesAmount { get; }

        /// <summary>What field 61 carries: <see cref="NoOriginal"/>, <see cref="OriginalBatchStan"/> or <see cref="OriginalBatchStanDate"/>.</summary>
        public int OriginalData { get; }

        /// <summary>True when field 37 carries the original RRN.</summary>
        public bool SendsOriginalRrn { get; }
    }
}
