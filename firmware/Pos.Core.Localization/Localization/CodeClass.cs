namespace Pos.Core.Localization
{
    /// <summary>
    /// The terminal's class for a response code (the A–E classes of the CUPS POS code table). The numeric values
    /// are those of the generated tables; tools/Pos.Catalog's Vocabulary lists them in the same order.
    /// </summary>
    public enum CodeClass
    {
        /// <summary>Not a response code or local error (diagnostics checks, screen strings).</summary>
        None = 0,

        /// <summary>A: approved.</summary>
        Success = 1,

        /// <summary>B: failed, may retry.</summary>
        Retryable = 2,

        /// <summary>C: failed, do not retry.</summary>
        NoRetry = 3,

        /// <summary>D: failed, the operator must act (retain card, sign in again).</summary>
        OperatorAction = 4,

        /// <summary>E: system fault, do not retry.</summary>
        SystemFault = 5,
    }
}
