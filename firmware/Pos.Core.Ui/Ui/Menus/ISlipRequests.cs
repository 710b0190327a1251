using Pos.Core.Transactions;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// What the menus may ask of the receipt printer (the composition's print queue; <see cref="TechnicianMenu.AttachSlips"/>):
    /// the merchant's "Print" items and the technician's reports on paper. Each request only queues a slip and answers at
    /// once; the menu shows the answer on its note row.
    /// </summary>
    public interface ISlipRequests
    {
        /// <summary>The last transaction's slip again, marked REPRINT, whatever its outcome.</summary>
        PrintAnswer PrintLast();

        /// <summary>The last settlement's report.</summary>
        PrintAnswer PrintSettlement();

        /// <summary>The self-test report <paramref name="report"/> (the text <c>DiagnosticReport</c> writes; null: none yet).</summary>
        PrintAnswer PrintSelfTest(string report);

        /// <summary>The newest <paramref name="newest"/> entries of the audit trail.</summary>
        PrintAnswer PrintAudit(int newest);
    }
}
