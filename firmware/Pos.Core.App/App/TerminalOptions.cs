using Pos.Core.Link;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Transactions;

namespace Pos.Core.App
{
    /// <summary>
    /// Everything the <see cref="Terminal"/> needs besides the HAL seams: parameters of each part, the response-code
    /// table and the offline store. Defaults are the documented ones; the code table is the catalog's.
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

        /// <summary>An offline store to use instead of the journal-backed queue (scenarios); null (default) = the real queue and forwarder.</summary>
        public IOfflineStore OfflineStore { get; set; }

        /// <summary>MAC algorithm of field 64.</summary>
        public MacAlgorithm MacAlgorithm { get; set; } = MacAlgorithm.CupsEcb;

        /// <summary>Event queue capacity.</summary>
        public int QueueCapacity { get; set; } = 32;

        /// <summary>Timer slots.</summary>
        public int TimerSlots { get; set; } = 12;
    }
}
