namespace Pos.Core.Transactions
{
    /// <summary>
    /// The one table of field-39 response codes: class and action per code. The real table is generated from the
    /// message catalogs (firmware/catalogs/codes.txt); the transaction machine only asks it. A code the table does
    /// not know must give <see cref="ResponseClass.Unknown"/> (shown as "transaction failed" with the raw code,
    /// never retried).
    /// </summary>
    public interface IResponseCodeTable
    {
        /// <summary>The class of a code, or <see cref="ResponseClass.Unknown"/>.</summary>
        ResponseClass ClassOf(string code);

        /// <summary>The action of a code, or <see cref="ResponseAction.None"/> for unknown codes.</summary>
        ResponseAction ActionOf(string code);
    }
}
