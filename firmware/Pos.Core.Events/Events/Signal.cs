namespace Pos.Core.Events
{
    /// <summary>
    /// Every signal of the application, in one place (the QP habit): a reader sees the whole vocabulary of events
    /// here. Values are stable because traces, scenario files and the journal record them as numbers; names for
    /// traces come from <see cref="SignalNames"/>, never from enum formatting (it prints numbers on the device).
    /// </summary>
    public enum Signal
    {
        /// <summary>No signal; never posted.</summary>
        None = 0,

        // Input from the board.
        /// <summary>A key was pressed. <see cref="Event.Param"/> is the <c>Pos.Hal.Key</c> value.</summary>
        KeyPressed = 1,
        /// <summary>A card was read or a read failed. <see cref="Event.Data"/> is the card, <see cref="Event.Param"/> the error.</summary>
        CardRead = 2,
        /// <summary>The network link went up (<see cref="Event.Param"/> = 1) or down (0).</summary>
        LinkChanged = 3,

        // Time.
        /// <summary>A timer armed with <see cref="TimerService"/> fired. <see cref="Event.Param"/> is the timer id.</summary>
        TimerExpired = 10,

        // Lifecycle.
        /// <summary>Posted once after power-on, when the journal has been recovered.</summary>
        Boot = 20,
        /// <summary>Asks every part to stop cleanly (emulator shutdown).</summary>
        Shutdown = 21,

        // Host exchange outcomes (posted by the worker that owns the socket).
        /// <summary>A reply arrived. <see cref="Event.Data"/> holds the reply bytes.</summary>
        ExchangeReplied = 30,
        /// <summary>An exchange failed. <see cref="Event.Param"/> says how.</summary>
        ExchangeFailed = 31,

        // Link monitor.
        /// <summary>The link monitor decided the host is reachable again.</summary>
        WentOnline = 40,
        /// <summary>The link monitor decided the host is unreachable. <see cref="Event.Param"/> is the reason.</summary>
        WentOffline = 41,
        /// <summary>A reachability probe answered. <see cref="Event.Param"/> is the probe id given to <c>IReachabilityProbe.StartProbe</c>.</summary>
        ProbeSucceeded = 42,
        /// <summary>A reachability probe failed (refused, unreachable, no echo). <see cref="Event.Param"/> is the probe id.</summary>
        ProbeFailed = 43,

        // Offline store-and-forward (Pos.Core.Offline.Forwarder, OfflineQueue).
        /// <summary>The forwarder has nothing left to send: no pending reversal, no pending advice. <see cref="Event.Param"/> is the number of flagged items kept for diagnostics.</summary>
        ForwardingDone = 50,
        /// <summary>The forwarder stopped before the queue was drained. <see cref="Event.Param"/> is a <c>Pos.Core.Offline.ForwardStopReason</c> value.</summary>
        ForwardingStopped = 51,
        /// <summary>The offline queue changed (enqueued, delivered, flagged, reversal cleared). <see cref="Event.Param"/> is the number of items still to forward (pending advices plus the pending reversal).</summary>
        OfflineQueueChanged = 52,

        // Receipt printer (Pos.Core.Printing.PrinterPort).
        /// <summary>A printer request ended. <see cref="Event.Param"/> is the <c>Pos.Hal.PrinterStatus</c>, <see cref="Event.Data"/> a <c>Pos.Core.Printing.PrinterOutcome</c>.</summary>
        PrinterCompleted = 60,

        // Remote management (Pos.Core.Remote.RemotePort).
        /// <summary>The remote session's state changed. <see cref="Event.Param"/> is the <c>Pos.Hal.Remote.RemoteLinkState</c>, <see cref="Event.Data"/> the detail text.</summary>
        RemoteChanged = 70,
        /// <summary>A message arrived on the remote session's subscription. <see cref="Event.Data"/> is a <c>Pos.Core.Remote.RemoteInbound</c>.</summary>
        RemoteMessage = 71,
        /// <summary>A remote publish ended. <see cref="Event.Param"/> is 1 when the broker acknowledged it, 0 when it failed.</summary>
        RemotePublished = 72,

        /// <summary>One past the highest value; sizes lookup tables.</summary>
        Count = 73,
    }
}
