namespace Pos.Core.Offline
{
    /// <summary>Called by the forwarder when a queue item (or the reversal) reached a final outcome.</summary>
    /// <param name="tid">Terminal id of the item.</param>
    /// <param name="batch">Batch of the item.</param>
    /// <param name="stan">STAN of the item (with TID and batch: its id).</param>
    /// <param name="result">What happened.</param>
    /// <param name="responseCode">The host's field 39, or null when no reply decided it.</param>
    public delegate void ItemFinishedHandler(string tid, int batch, int stan, ForwardResult result, string responseCode);
}
