namespace Pos.Fleet.Texts
{
    /// <summary>The console's own texts (headings, labels, buttons); <see cref="UiText"/> holds them in every locale.</summary>
    public enum UiString
    {
        /// <summary>"Fleet"</summary>
        Fleet,

        /// <summary>"Terminal"</summary>
        Terminal,

        /// <summary>"Terminals"</summary>
        Terminals,

        /// <summary>"online"</summary>
        OnlineCount,

        /// <summary>"Connection"</summary>
        Connection,

        /// <summary>"online"</summary>
        Online,

        /// <summary>"offline"</summary>
        Offline,

        /// <summary>"Firmware"</summary>
        Firmware,

        /// <summary>"Battery"</summary>
        Battery,

        /// <summary>"Host link"</summary>
        Link,

        /// <summary>"online"</summary>
        LinkOnline,

        /// <summary>"offline"</summary>
        LinkOffline,

        /// <summary>"checking"</summary>
        LinkChecking,

        /// <summary>"Offline queue"</summary>
        Queue,

        /// <summary>"Flagged"</summary>
        Flagged,

        /// <summary>"Last self-test"</summary>
        LastSelfTest,

        /// <summary>"Last seen"</summary>
        LastSeen,

        /// <summary>"In a transaction"</summary>
        Busy,

        /// <summary>"Events dropped"</summary>
        Dropped,

        /// <summary>"yes"</summary>
        Yes,

        /// <summary>"no"</summary>
        No,

        /// <summary>"Status history"</summary>
        StatusHistory,

        /// <summary>"Received"</summary>
        Received,

        /// <summary>"Terminal time"</summary>
        TerminalTime,

        /// <summary>"Lag (ms)"</summary>
        LagMs,

        /// <summary>"Declines by cause"</summary>
        Declines,

        /// <summary>"Code"</summary>
        Code,

        /// <summary>"Count"</summary>
        Count,

        /// <summary>"Cause"</summary>
        Cause,

        /// <summary>"Class"</summary>
        Class,

        /// <summary>"Who acts"</summary>
        Who,

        /// <summary>"Say to the cardholder"</summary>
        Say,

        /// <summary>"Last"</summary>
        Last,

        /// <summary>"Self-test reports"</summary>
        SelfTests,

        /// <summary>"Check"</summary>
        Check,

        /// <summary>"Result"</summary>
        Result,

        /// <summary>"Value"</summary>
        Value,

        /// <summary>"remote"</summary>
        Remote,

        /// <summary>"at the terminal"</summary>
        AtTerminal,

        /// <summary>"Checklist"</summary>
        Checklist,

        /// <summary>"Commands"</summary>
        Commands,

        /// <summary>"Run self-test"</summary>
        RunSelfTest,

        /// <summary>"All checks"</summary>
        AllChecks,

        /// <summary>"Fetch log excerpt"</summary>
        FetchLog,

        /// <summary>"Entries (1–50)"</summary>
        LogCount,

        /// <summary>"Set parameters"</summary>
        SetParameters,

        /// <summary>"Send parameters"</summary>
        SendParameters,

        /// <summary>"Empty fields stay as they are on the terminal."</summary>
        LeaveEmpty,

        /// <summary>"unchanged"</summary>
        Unchanged,

        /// <summary>"on"</summary>
        On,

        /// <summary>"off"</summary>
        Off,

        /// <summary>"Show message"</summary>
        ShowMessage,

        /// <summary>"Message (at most 120 characters)"</summary>
        MessageText,

        /// <summary>"Seconds (optional)"</summary>
        Seconds,

        /// <summary>"Firmware update notice"</summary>
        FirmwareNotice,

        /// <summary>"Version"</summary>
        Version,

        /// <summary>"Note (optional)"</summary>
        Note,

        /// <summary>"Send"</summary>
        Send,

        /// <summary>"Commands and acknowledgements"</summary>
        Acks,

        /// <summary>"Seq"</summary>
        Seq,

        /// <summary>"Command"</summary>
        Command,

        /// <summary>"Reason"</summary>
        Reason,

        /// <summary>"waiting"</summary>
        Waiting,

        /// <summary>"not sent"</summary>
        NotSent,

        /// <summary>"Log excerpt"</summary>
        LogExcerpt,

        /// <summary>"Audit chain"</summary>
        Chain,

        /// <summary>"No log excerpt yet."</summary>
        NoLog,

        /// <summary>"Other events"</summary>
        OtherEvents,

        /// <summary>"Type"</summary>
        Type,

        /// <summary>"Detail"</summary>
        Detail,

        /// <summary>"Repeated network failures (24 h)"</summary>
        ViewNetwork,

        /// <summary>"Offline periods"</summary>
        OfflinePeriods,

        /// <summary>"Network declines"</summary>
        NetworkDeclines,

        /// <summary>"Failed network checks"</summary>
        FailedChecks,

        /// <summary>"Outdated firmware"</summary>
        ViewFirmware,

        /// <summary>"Should run"</summary>
        Target,

        /// <summary>"Growing offline queues"</summary>
        ViewQueues,

        /// <summary>"Queue depths, oldest first"</summary>
        Depths,

        /// <summary>"None."</summary>
        NoneFound,

        /// <summary>"Nothing yet."</summary>
        NoneYet,

        /// <summary>"Command sent, seq"</summary>
        CommandSent,

        /// <summary>"Command not sent"</summary>
        CommandNotSent,

        /// <summary>"Unknown terminal"</summary>
        UnknownTerminal,

        /// <summary>"Language"</summary>
        Language,

        /// <summary>"Fleet views"</summary>
        FleetViews,
    }
}
