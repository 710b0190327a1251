using Pos.Core.Protocol.Messages;

namespace Pos.Core.Tests.App
{
    /// <summary>Offline sales as the tests put them straight into the queue (the card's chip entry, a fixed time).</summary>
    public static class OfflineSales
    {
        /// <summary>A purchase of <paramref name="amountFen"/> on the test card, approved offline.</summary>
        public static FinancialRequest Sale(long amountFen)
        {
            FinancialRequest sale = new FinancialRequest();
            sale.Type = TransactionType.Purchase;
            sale.AmountFen = amountFen;
            sale.EntryMode = "072";
            sale.Pan = "6225881234567890";
            sale.ExpiryYymm = "2812";
            sale.LocalTime = "080000";
            sale.LocalDate = "0301";
            sale.OriginalAuthCode = "OFF001";
            return sale;
        }
    }
}
