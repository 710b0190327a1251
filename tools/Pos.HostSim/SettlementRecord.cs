namespace Pos.HostSim
{
    /// <summary>One settlement (0500) the host answered: what the terminal claimed, what the ledger held, the verdict.</summary>
    public sealed record SettlementRecord(string Tid, int Batch, BatchTotals TerminalTotals, BatchTotals HostTotals, bool DomesticBalanced,
        bool ForeignBalanced)
    {
        /// <summary>Both groups balanced.</summary>
        public bool Balanced => DomesticBalanced && ForeignBalanced;
    }
}
