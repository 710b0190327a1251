namespace Pos.Emulator
{
    /// <summary>What the page's panels show, taken on the terminal thread after each turn of its loop (immutable; a record so the powered view is the unpowered one <c>with</c> the terminal's fields).</summary>
    public sealed record DeviceSnapshot
    {
        /// <summary>Counts snapshots.</summary>
        public long Sequence { get; init; }

        /// <summary>Power on (a terminal is running).</summary>
        public bool Powered { get; init; }

        /// <summary>Boots since the emulator started.</summary>
        public int Boots { get; init; }

        /// <summary>The display's version (fetch a new picture when it changes).</summary>
        public int FrameVersion { get; init; }

        /// <summary>The screen as text (<c>Screen.ToText()</c> of what is shown: the menu's or the terminal's).</summary>
        public string ScreenText { get; init; } = string.Empty;

        /// <summary>The machine's screen id (or MENU:state while the technician menu is open).</summary>
        public string ScreenId { get; init; } = string.Empty;

        /// <summary>The transaction machine's state name.</summary>
        public string State { get; init; } = string.Empty;

        /// <summary>Technician/merchant menu open.</summary>
        public bool MenuActive { get; init; }

        /// <summary>"zh-CN" or "en-US".</summary>
        public string Locale { get; init; } = string.Empty;

        /// <summary>Wi-Fi link up.</summary>
        public bool LinkUp { get; init; }

        /// <summary>The exchange points at the host (false: at a closed port, "host unreachable").</summary>
        public bool HostReachable { get; init; }

        /// <summary>The link monitor's verdict (status bar online).</summary>
        public bool Online { get; init; }

        /// <summary>The link monitor's state name and last reason.</summary>
        public string LinkState { get; init; } = string.Empty;

        /// <summary>Offline sales waiting.</summary>
        public int OfflineCount { get; init; }

        /// <summary>Offline queue items (masked, one line each).</summary>
        public string[] OfflineItems { get; init; } = Array.Empty<string>();

        /// <summary>Offline sales allowed by the policy.</summary>
        public bool OfflineEnabled { get; init; }

        /// <summary>"none" or "STAN 000012 reason 98, 1 attempt".</summary>
        public string Reversal { get; init; } = "none";

        /// <summary>Batch number.</summary>
        public int Batch { get; init; }

        /// <summary>Last STAN used.</summary>
        public int Stan { get; init; }

        /// <summary>Approved transactions in the batch's log.</summary>
        public int LoggedTransactions { get; init; }

        /// <summary>Debit count and amount (fen) of the batch's log.</summary>
        public string Totals { get; init; } = string.Empty;

        /// <summary>Journal settings, diagnostics and queue record counts.</summary>
        public string JournalCounts { get; init; } = string.Empty;

        /// <summary>The audit trail as its boot verification found it: "chain intact, 23 entries", "chain BROKEN at #5 (Hash), 23 entries".</summary>
        public string Audit { get; init; } = string.Empty;

        /// <summary>What the journal's recovery found at the last boot.</summary>
        public string Recovery { get; init; } = string.Empty;

        /// <summary>Battery percent (-1 none) and millivolts.</summary>
        public int BatteryPercent { get; init; }

        /// <summary>Battery millivolts.</summary>
        public int BatteryMillivolts { get; init; }

        /// <summary>Result tones the buzzer has played since the emulator started.</summary>
        public int Tones { get; init; }

        /// <summary>The last tone played ("Success", "Failure", "Attention", "KeyClick"), or empty.</summary>
        public string LastTone { get; init; } = string.Empty;

        /// <summary>The card reader waits for a card.</summary>
        public bool CardReaderWaiting { get; init; }

        /// <summary>Milliseconds from start to the first rendered screen.</summary>
        public long FirstScreenMs { get; init; }

        /// <summary>Simulated uptime, ms.</summary>
        public long UptimeMs { get; init; }

        /// <summary>The terminal's wall clock (UTC, "yyyy-MM-dd HH:mm:ss").</summary>
        public string ClockUtc { get; init; } = string.Empty;

        /// <summary>Simulated ms per real ms.</summary>
        public int ClockRate { get; init; }

        /// <summary>Simulated time frozen.</summary>
        public bool ClockPaused { get; init; }

        /// <summary>The wall clock's fault: "None", "Unset" or "Wrong".</summary>
        public string WallFault { get; init; } = string.Empty;

        /// <summary>Age of the oldest undelivered offline item as the self-test writes it ("4 h 0 min"), or "-".</summary>
        public string OfflineOldestAge { get; init; } = "-";

        /// <summary>Wi-Fi signal the link reports, dBm.</summary>
        public int Rssi { get; init; }

        /// <summary>"ip/mask gw gateway dns a,b" as the link reports it.</summary>
        public string Network { get; init; } = string.Empty;

        /// <summary>Name lookups fail.</summary>
        public bool DnsFails { get; init; }

        /// <summary>Remote management: "off", or the session's state with what waits ("connected, 0 waiting, 0 dropped").</summary>
        public string Remote { get; init; } = "off";

        /// <summary>The card reader does not answer.</summary>
        public bool ReaderFault { get; init; }

        /// <summary>The "flash full" control is on.</summary>
        public bool FlashFull { get; init; }

        /// <summary>Free flash bytes (-1 while off).</summary>
        public long FreeBytes { get; init; } = -1;

        /// <summary>The merchant's limits and the day's approved purchases ("sale 500.00, daily 2,000.00 (sold today 800.00), refund none").</summary>
        public string Limits { get; init; } = string.Empty;

        /// <summary>Lines recorded (the page's scenario recording).</summary>
        public int RecordedLines { get; init; }

        /// <summary>The receipt printer's status ("ready", "paper-out", "cover-open", "overheated", "offline"), or "none".</summary>
        public string PrinterStatus { get; init; } = PrinterStatusNames.None;

        /// <summary>Raster lines on the printer's roll (printed and fed) since it was last torn off.</summary>
        public int PrinterLines { get; init; }

        /// <summary>Cuts on the roll (one per finished slip) since it was last torn off.</summary>
        public int PrinterCuts { get; init; }

        /// <summary>Slips the terminal's print queue holds, the one printing included (0 while off or with no printer).</summary>
        public int PrinterWaiting { get; init; }

        /// <summary>
        /// The printer's checklist is in front of the idle screen (a slip could not print; any key puts it away).
        /// <see cref="ScreenId"/> stays the machine's, as the scenario runner's <c>expect screen</c> sees it.
        /// </summary>
        public bool PrinterNotice { get; init; }

        /// <summary>The printer's dots per line (384 at 58 mm, 576 at 80 mm; 0 with no printer).</summary>
        public int PrinterWidthDots { get; init; }
    }
}
