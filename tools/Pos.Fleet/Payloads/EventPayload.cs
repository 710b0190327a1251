namespace Pos.Fleet.Payloads
{
    /// <summary>
    /// One event (<c>pos/&lt;tid&gt;/event</c>): the common fields and, flat as on the wire, the fields of every type
    /// (<see cref="EventTypes"/>); the ones its type does not carry are null.
    /// </summary>
    public sealed class EventPayload
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; init; } = string.Empty;

        /// <summary>The terminal's clock when it happened.</summary>
        public string? At { get; init; }

        /// <summary>The event's number since boot.</summary>
        public long? N { get; init; }

        /// <summary>The type (<see cref="EventTypes"/>).</summary>
        public string Type { get; init; } = string.Empty;

        /// <summary>Decline: field 39 (51) or the local code (LNC).</summary>
        public string? Code { get; init; }

        /// <summary>Decline: the catalog's class letter A–E as the terminal sent it.</summary>
        public string? Class { get; init; }

        /// <summary>Decline: who acts (cardholder, cashier, merchant, technician).</summary>
        public string? Who { get; init; }

        /// <summary>Decline: purchase, refund, …</summary>
        public string? Kind { get; init; }

        /// <summary>Decline, reversal: the system trace audit number.</summary>
        public string? Stan { get; init; }

        /// <summary>Decline: the amount in fen.</summary>
        public long? Amount { get; init; }

        /// <summary>Decline: the masked card number (first 6, last 4).</summary>
        public string? Pan { get; init; }

        /// <summary>Reversal: why it was sent.</summary>
        public string? Reason { get; init; }

        /// <summary>Reversal: its result; self-test: the overall result (PASS, WARN, FAIL).</summary>
        public string? Result { get; init; }

        /// <summary>Offline: when the period began.</summary>
        public string? From { get; init; }

        /// <summary>Offline: when it ended.</summary>
        public string? To { get; init; }

        /// <summary>Offline: its length in seconds.</summary>
        public long? Secs { get; init; }

        /// <summary>Offline: advices queued meanwhile.</summary>
        public int? Queued { get; init; }

        /// <summary>Self-test: the checks, in the report's order (empty for other types).</summary>
        public IReadOnlyList<SelfTestCheck> Checks { get; init; } = System.Array.Empty<SelfTestCheck>();

        /// <summary>Self-test: a command ran it.</summary>
        public bool? Remote { get; init; }

        /// <summary>Security: forged-command, replayed-command, pin-lockout, key-load, …</summary>
        public string? What { get; init; }

        /// <summary>Security: the detail.</summary>
        public string? Detail { get; init; }

        /// <summary>Log: the audit trail's newest entries (empty for other types).</summary>
        public IReadOnlyList<string> Lines { get; init; } = System.Array.Empty<string>();

        /// <summary>Log: "ok" or where the audit chain breaks.</summary>
        public string? Chain { get; init; }
    }
}
