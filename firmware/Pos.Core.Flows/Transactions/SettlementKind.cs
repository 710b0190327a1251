namespace Pos.Core.Transactions
{
    /// <summary>The kinds a settlement report counts (<see cref="SettlementSummary"/>); values index its tables.</summary>
    public enum SettlementKind
    {
        /// <summary>Online sales approved (a voided one included: its void counts under <see cref="Void"/>).</summary>
        Sale = 0,

        /// <summary>Voids approved.</summary>
        Void = 1,

        /// <summary>Refunds approved.</summary>
        Refund = 2,

        /// <summary>Offline sales delivered to the host.</summary>
        Offline = 3,
    }
}
