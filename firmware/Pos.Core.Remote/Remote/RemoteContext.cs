using Pos.Core.Audit;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Link;
using Pos.Core.Offline;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Remote
{
    /// <summary>
    /// The parts of a started terminal the <see cref="RemoteAgent"/> reads and drives: its loop (queue, timers,
    /// dispatcher), its journal and audit trail, the transaction machine, the link monitor and host channel (to stay
    /// out of a payment's way), the offline queue, the self-test runner and the battery. Set every property but
    /// <see cref="Power"/> and <see cref="OfflineQueue"/> (either may be null).
    /// </summary>
    public sealed class RemoteContext
    {
        /// <summary>The terminal id (field 41): the client id, the broker user and the topics'.</summary>
        public string TerminalId { get; set; }

        /// <summary>The firmware version the status reports.</summary>
        public string FirmwareVersion { get; set; }

        /// <summary>Time.</summary>
        public IClock Clock { get; set; }

        /// <summary>The main loop's queue.</summary>
        public EventQueue Queue { get; set; }

        /// <summary>The main loop's dispatcher (the agent watches what it dispatches).</summary>
        public Dispatcher Dispatcher { get; set; }

        /// <summary>The journal (replay guard, parameters, firmware notice).</summary>
        public Journal Journal { get; set; }

        /// <summary>The audit trail (every command is written to it; its security entries become events).</summary>
        public AuditTrail Audit { get; set; }

        /// <summary>The transaction machine (in flight or idle, the declines, the limits).</summary>
        public TransactionMachine Machine { get; set; }

        /// <summary>The link monitor (online or offline, the offline periods).</summary>
        public LinkMonitor Link { get; set; }

        /// <summary>The host channel (the agent waits while it is busy).</summary>
        public HostChannel Channel { get; set; }

        /// <summary>The offline queue, or null while storage is unconfirmed.</summary>
        public OfflineQueue OfflineQueue { get; set; }

        /// <summary>The self-test runner.</summary>
        public DiagnosticRunner Runner { get; set; }

        /// <summary>The battery, or null.</summary>
        public IPower Power { get; set; }

        /// <summary>The serial log (never a secret is written to it).</summary>
        public ISerialLog Log { get; set; }
    }
}
