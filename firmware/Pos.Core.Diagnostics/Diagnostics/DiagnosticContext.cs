using Pos.Core.Audit;
using Pos.Core.Events;
using Pos.Core.Printing;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// Everything the checks look at: the HAL seams, the journal (with its boot recovery report), the audit trail, the
    /// key store and the limits. A seam left null makes the checks that need it NOT RUN ("no seam"). Built once by the app.
    /// </summary>
    public sealed class DiagnosticContext
    {
        /// <summary>Creates a context around the clock, the journal and the audit trail (what every check may use).</summary>
        public DiagnosticContext(IClock clock, Journal journal, AuditTrail audit)
        {
            if (clock == null || journal == null || audit == null)
            {
                throw new System.ArgumentNullException(nameof(journal));
            }

            Clock = clock;
            Journal = journal;
            Audit = audit;
        }

        /// <summary>The clock.</summary>
        public IClock Clock { get; }

        /// <summary>The journal (settings, queue, diagnostics ring).</summary>
        public Journal Journal { get; }

        /// <summary>The audit trail (opened at boot: its chain's status).</summary>
        public AuditTrail Audit { get; }

        /// <summary>What the journal's recovery found at boot, or null when unknown.</summary>
        public RecoveryReport Recovery { get; set; }

        /// <summary>The firmware version text ("0.1.0").</summary>
        public string FirmwareVersion { get; set; }

        /// <summary>The storage volume (free space).</summary>
        public IStorage Storage { get; set; }

        /// <summary>The battery.</summary>
        public IPower Power { get; set; }

        /// <summary>The Wi-Fi link.</summary>
        public INetworkLink Network { get; set; }

        /// <summary>The card reader.</summary>
        public ICardReader CardReader { get; set; }

        /// <summary>The host exchange (TCP connect and echo).</summary>
        public IHostExchange Exchange { get; set; }

        /// <summary>
        /// The terminal's ISO packager for the host checks' echo (they run on the main loop, like its other users);
        /// when null, a check builds one for as long as it runs.
        /// </summary>
        public IsoPackager Packager { get; set; }

        /// <summary>The receipt printer's port, or null when the terminal has no printer (the printer check is NOT RUN).</summary>
        public PrinterPort Printer { get; set; }

        /// <summary>
        /// The timers an asynchronous check arms for its own deadline (expiries addressed to <see cref="Owner"/>); when
        /// null, <see cref="DiagnosticRunner.SubscribeTo"/> takes the dispatcher's. Without any, a check waits for its outcome.
        /// </summary>
        public TimerService Timers { get; set; }

        /// <summary>The runner: the part an asynchronous check's outcome is addressed to (set by <see cref="DiagnosticRunner"/>).</summary>
        public Pos.Core.Events.IEventHandler Owner { get; set; }

        /// <summary>The keys (KCVs only ever leave it).</summary>
        public IKeyStore Keys { get; set; }

        /// <summary>
        /// The terminal's protocol settings for the echo request; when null they are built from the journal's
        /// <see cref="DiagnosticsSettingsKeys.TerminalId"/> and <see cref="DiagnosticsSettingsKeys.MerchantId"/>.
        /// </summary>
        public TerminalSettings Terminal { get; set; }

        /// <summary>
        /// The acquirer host as the exchange is configured to reach it (a name or an IPv4 address); null or empty: the
        /// journal's <see cref="DiagnosticsSettingsKeys.HostName"/> setting is read instead.
        /// </summary>
        public string HostName { get; set; }

        /// <summary>The limits.</summary>
        public DiagnosticThresholds Thresholds { get; set; } = new DiagnosticThresholds();

        /// <summary>A journal setting, or null.</summary>
        public string Setting(string key)
        {
            return Journal.State.GetSetting(key);
        }
    }
}
