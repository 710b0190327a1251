using Pos.Core.Link;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Transactions;

namespace Pos.Core.App
{
    /// <summary>
    /// Everything the <see cref="Terminal"/> and the <see cref="TerminalApp"/> need besides the seams: identity,
    /// parameters of each part and the response-code table. Defaults are the documented ones; the code table is the
    /// catalog's.
    /// </summary>
    public sealed class TerminalOptions
    {
        /// <summary>Creates options for a terminal and merchant id.</summary>
        public TerminalOptions(string terminalId, string merchantId)
        {
            Terminal = new TerminalSettings(terminalId, merchantId);
        }

        /// <summary>Ids, TPDU, header, currency.</summary>
        public TerminalSettings Terminal { get; }

        /// <summary>The merchant's name on the idle screen (ASCII, or characters the catalogs use).</summary>
        public string MerchantName { get; set; } = string.Empty;

        /// <summary>The acquirer host as the exchange reaches it (a name or an IPv4 address) for the self-test; empty: the journal's setting.</summary>
        public string HostName { get; set; } = string.Empty;

        /// <summary>The firmware version the self-test reports.</summary>
        public string FirmwareVersion { get; set; } = string.Empty;

        /// <summary>The locale set at the first boot (journal without a locale setting); -1 (default) leaves the default.</summary>
        public int InitialLocale { get; set; } = -1;

        /// <summary>Timeouts, retries, limits of the transaction machine.</summary>
        public TransactionSettings Transactions { get; set; } = new TransactionSettings();

        /// <summary>Link monitor parameters.</summary>
        public LinkSettings Link { get; set; } = new LinkSettings();

        /// <summary>Merchant offline policy.</summary>
        public OfflinePolicySettings OfflinePolicy { get; set; } = new OfflinePolicySettings();

        /// <summary>The response-code table: by default the generated catalog table (<see cref="CatalogResponseCodeTable"/>).</summary>
        public IResponseCodeTable Codes { get; set; } = new CatalogResponseCodeTable();

        /// <summary>Store-and-forward parameters (retry budget, backoff, expiry); the Terminal sets the reversal budget and timeouts from <see cref="Transactions"/>.</summary>
        public ForwarderSettings Forwarder { get; set; } = new ForwarderSettings();

        /// <summary>MAC algorithm of field 64.</summary>
        public MacAlgorithm MacAlgorithm { get; set; } = MacAlgorithm.CupsEcb;

        /// <summary>Event queue capacity.</summary>
        public int QueueCapacity { get; set; } = 32;

        /// <summary>Copies of an approval's slip: 2 (merchant, then cardholder; the default) or 1 (merchant only).</summary>
        public int SaleSlipCopies { get; set; } = 2;

        /// <summary>Whether a transaction that did not go through prints its decline slip (the reason and the steps).</summary>
        public bool PrintDeclineSlips { get; set; } = true;

        /// <summary>Remote management: the broker and this terminal's secrets (docs/REMOTE.md); null (the default) leaves it off.</summary>
        public Pos.Core.Remote.RemoteSettings Remote { get; set; }

        /// <summary>Timer slots.</summary>
        public int TimerSlots { get; set; } = 16;

        /// <summary>
        /// True where a journal found empty at start is a provisioning by definition and is confirmed without asking:
        /// the emulator creating a new data folder, test rigs. False on the device (the default): there an empty drive
        /// is a new terminal or a reformatted one, and a technician confirms it (<see cref="Pos.Core.Storage.StorageProvisioning"/>).
        /// </summary>
        public bool ConfirmFreshStorage { get; set; }

        /// <summary>
        /// True: sales need a signed-on operator (the terminal asks for a sign-on at power-on and after a sign-off) and
        /// the role table is enforced (void, refund and settlement ask for the supervisor's password). The device sets
        /// it; false (the default of tests and old scenarios) keeps the terminal selling from boot with no roles.
        /// </summary>
        public bool RequireOperatorSignOn { get; set; }
    }
}
