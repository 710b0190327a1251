namespace Pos.Fleet.Payloads
{
    /// <summary>The event types of docs/REMOTE.md (field <c>type</c>); a reader keeps an unknown type as it came.</summary>
    public static class EventTypes
    {
        /// <summary>A declined transaction: code, class, who, kind, stan, amount, masked pan.</summary>
        public const string Decline = "decline";

        /// <summary>A reversal: stan, reason, result.</summary>
        public const string Reversal = "reversal";

        /// <summary>An offline period that ended: from, to, secs, queued.</summary>
        public const string Offline = "offline";

        /// <summary>A self-test report: result, checks, remote.</summary>
        public const string SelfTest = "selftest";

        /// <summary>A security event: what, detail.</summary>
        public const string Security = "security";

        /// <summary>A log excerpt: lines, chain.</summary>
        public const string Log = "log";
    }
}
