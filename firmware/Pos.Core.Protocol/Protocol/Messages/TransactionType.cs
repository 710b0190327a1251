namespace Pos.Core.Protocol.Messages
{
    /// <summary>Financial transactions the terminal sends; each has a row in <see cref="TransactionTypes"/>.</summary>
    public enum TransactionType
    {
        /// <summary>Balance inquiry (查询), 0200, 60.1 = 01.</summary>
        BalanceInquiry = 0,
        /// <summary>Purchase (消费), 0200, 60.1 = 22.</summary>
        Purchase = 1,
        /// <summary>Void of a purchase (消费撤销), 0200, 60.1 = 23.</summary>
        Void = 2,
        /// <summary>Refund (退货), 0220, 60.1 = 25.</summary>
        Refund = 3,
        /// <summary>Offline sale advice upload (离线结算), 0220, 60.1 = 30.</summary>
        OfflineAdvice = 4,
    }
}
