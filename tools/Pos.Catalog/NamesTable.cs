namespace Pos.Catalog
{
    /// <summary>
    /// The enums whose names the firmware needs as text (enum formatting prints numbers on nanoFramework), and the class
    /// that names each: the generator reads the enum sources and writes the classes (<see cref="NamesSources"/>).
    /// </summary>
    public static class NamesTable
    {
        /// <summary>Every generated names class.</summary>
        public static readonly NamesClass[] All =
        {
            new("firmware/Pos.Core.Events/Events", "SignalNames",
                "Names of the signals for traces and logs.",
                new EnumMirror("Signal")),
            new("firmware/Pos.Core.Protocol/Security", "KeySlotNames",
                "Short names of the key slots (TMK, PIK, MAK, TDK) for diagnostics screens and logs.",
                new EnumMirror("KeySlot") { Upper = true, Check = "IsValid" }),
            new("firmware/Pos.Core.Protocol/Security", "SecurityErrorNames",
                "Names of the security error codes for logs and diagnostics.",
                new EnumMirror("SecurityError") { Check = "IsDefined" }),
            new("firmware/Pos.Core.Protocol/Security", "KeysLostReasonNames",
                "Names of the reasons a key store erased its keys at boot, for the self-test and logs.",
                new EnumMirror("KeysLostReason")),
            new("firmware/Pos.Core.Protocol/Security", "KeyOriginNames",
                "Names of the master key's origins, for the self-test, logs and the audit.",
                new EnumMirror("KeyOrigin")),
            new("firmware/Pos.Core.Protocol/Security", "MacAlgorithmNames",
                "Names of the MAC algorithms for parameters screens and logs.",
                new EnumMirror("MacAlgorithm") { Renames = { ["CupsEcb"] = "CUPS-ECB", ["AnsiX919"] = "X9.19", ["AnsiX99"] = "X9.9" } }),
            new("firmware/Pos.Core.Ledger/Link", "LinkNames",
                "Names of the link monitor's states, inputs and actions for logs, diagnostics and docs, and the sizes of its tables.",
                new EnumMirror("LinkState") { CountConstant = "StateCount" },
                new EnumMirror("LinkInput") { CountConstant = "InputCount" },
                new EnumMirror("LinkAction")),
            new("firmware/Pos.Core.Ledger/Offline", "ForwardResultNames",
                "Names of the forwarder's outcomes for logs and diagnostics.",
                new EnumMirror("ForwardResult")) { HandWritten = "Delivered" },
            new("firmware/Pos.Core.Ledger/Offline", "ForwardStopReasonNames",
                "Names of the reasons the forwarder stops, for logs and diagnostics.",
                new EnumMirror("ForwardStopReason")),
            new("firmware/Pos.Core.Ledger/Offline", "AdviceFlagReasonNames",
                "Names of the reasons an advice is flagged, for logs and the audit (the reason is stored as a number).",
                new EnumMirror("AdviceFlagReason") { IntArgument = true, CountConstant = "Count" }),
            new("firmware/Pos.Core.Ledger/Audit", "AuditEventNames",
                "Names of the audit trail's event kinds for the serial export and logs (the screen shows localized labels).",
                new EnumMirror("AuditEvent") { Upper = true, CountConstant = "Count" }),
            new("firmware/Pos.Core.Ledger/Audit", "AuditBreakNames",
                "Names of the reasons the audit trail's chain breaks, for its marker entries, the export and logs.",
                new EnumMirror("AuditBreak")),
            new("firmware/Pos.Core.Ledger/Audit", "AuditStatusNames",
                "Names of what the audit trail's verification found, for the export, logs and the emulator.",
                new EnumMirror("AuditStatus")),
            new("firmware/Pos.Core.Diagnostics/Diagnostics", "CheckStatusNames",
                "The locale-neutral report words of the check statuses: PASS, WARN, FAIL, NOT RUN, RUNNING.",
                new EnumMirror("CheckStatus") { Upper = true }) { HandWritten = "Labels" },
            new("firmware/Pos.Core.Flows/Transactions", "ResponseNames",
                "Names of the response classes and actions for logs and docs.",
                new EnumMirror("ResponseClass"),
                new EnumMirror("ResponseAction")),
            new("firmware/Pos.Core.Flows/Transactions", "TxnNames",
                "Names of the transaction machine's states, triggers, guards and actions for traces and the tables of " +
                "docs/TRANSACTIONS.md (through TransactionTable.NameOf).",
                new EnumMirror("TxnState") { Renames = { ["Stay"] = "(stay)", ["Resume"] = "(resume)" } },
                new EnumMirror("TxnTrigger"),
                new EnumMirror("TxnGuard") { Renames = { ["Always"] = "-" } },
                new EnumMirror("TxnAction"),
                new EnumMirror("TxnPartId")),
        };
    }
}
