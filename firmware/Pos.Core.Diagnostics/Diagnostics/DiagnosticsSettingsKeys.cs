namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// Journal setting keys the self-test and the menus read or write (docs/DIAGNOSTICS.md, "Settings keys"). The
    /// transaction code writes the terminal ones; the menu writes the technician and merchant ones.
    /// </summary>
    public static class DiagnosticsSettingsKeys
    {
        /// <summary>Terminal id, field 41 (8 characters). Written at installation / by the transaction code.</summary>
        public const string TerminalId = "term.tid";

        /// <summary>Merchant id, field 42 (15 characters).</summary>
        public const string MerchantId = "term.mid";

        /// <summary>Host name or dotted IPv4 address of the acquirer host.</summary>
        public const string HostName = "host.name";

        /// <summary>Host TCP port (decimal).</summary>
        public const string HostPort = "host.port";

        /// <summary>Date of the last successful sign-in, yyyyMMdd UTC (written by the transaction machine).</summary>
        public const string SignInDate = "signin.date";

        /// <summary>Present when the host demanded a new sign-in (written by the transaction machine).</summary>
        public const string SignInRequired = "signin.required";

        /// <summary>The merchant's locale tag ("zh-CN", "en-US"); absent = the default locale.</summary>
        public const string Locale = "locale";

        /// <summary>Technician PIN as "salt:hash" (hex, SHA-256 of salt followed by the PIN's ASCII digits); absent = the default PIN.</summary>
        public const string TechnicianPin = "tech.pin";

        /// <summary>Consecutive wrong technician PINs (decimal).</summary>
        public const string TechnicianFailures = "tech.fails";

        /// <summary>Locked until this UTC time (DateTime ticks, decimal); absent = not locked.</summary>
        public const string TechnicianLockedUntil = "tech.lock";

        /// <summary>The idle key sequence that opens the technician PIN prompt (letters, see <see cref="KeySequence"/>).</summary>
        public const string TechnicianSequence = "tech.keys";

        /// <summary>The firmware version a remote notice said is available ("" or absent: none); the firmware check warns until it runs.</summary>
        public const string FirmwareAvailable = "fw.available";
    }
}
