namespace Pos.HostSim
{
    /// <summary>What a ledger entry records.</summary>
    public enum LedgerEntryKind
    {
        /// <summary>Online purchase 0200 (60.1 = 22): a debit.</summary>
        Purchase = 0,
        /// <summary>Void 0200 (60.1 = 23): cancels its original purchase; not counted itself.</summary>
        Void = 1,
        /// <summary>Refund 0220 (60.1 = 25): a credit.</summary>
        Refund = 2,
        /// <summary>Offline advice 0220 (60.1 = 30): a debit approved offline by the terminal.</summary>
        Advice = 3,
    }
}
