using Pos.Core.Storage;

namespace Pos.Core.Offline
{
    /// <summary>
    /// Called by the forwarder inside the journal group that marks an advice delivered, before the group is written:
    /// what the terminal books for a delivered sale (its transaction-log entry) reaches the flash in the same record,
    /// so a power cut leaves both or neither. Throwing abandons the group; the advice then stays pending.
    /// </summary>
    /// <param name="item">The advice the host has just accepted (its payload is still readable).</param>
    public delegate void AdviceDeliveringHandler(QueueItem item);
}
