namespace Pos.Core.Transactions
{
    /// <summary>
    /// The terminal action class of a field-39 response code (reference/cups-pos.md §1.1, classes A–E). Values are
    /// stable; names come from <see cref="ResponseNames"/>, never from enum formatting.
    /// </summary>
    public enum ResponseClass
    {
        /// <summary>The code is not in the table: show "transaction failed" with the raw code, do not retry.</summary>
        Unknown = 0,
        /// <summary>A: success.</summary>
        Success = 1,
        /// <summary>B: failed, may retry.</summary>
        Retryable = 2,
        /// <summary>C: failed, do not retry.</summary>
        NoRetry = 3,
        /// <summary>D: failed, the operator must act (retain card, re-sign-in).</summary>
        OperatorAction = 4,
        /// <summary>E: system fault, do not retry.</summary>
        SystemFault = 5,

        /// <summary>One past the highest value; sizes lookup tables.</summary>
        Count = 6,
    }
}
