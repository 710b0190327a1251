namespace Pos.Core.Transactions
{
    /// <summary>Receives one line per transition of the transaction machine ("Idle --Digit/BeginPurchase--> AmountEntry").</summary>
    public delegate void TraceHandler(string line);
}
