using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Base of the two host checks: each sends one echo test 0820 (<see cref="RequestBuilder.EchoTest"/>, a fresh
    /// STAN from the journal, the current batch) through <see cref="IHostExchange"/> and judges the outcome event
    /// (<see cref="Signal.ExchangeReplied"/> / <see cref="Signal.ExchangeFailed"/> with its exchange id) with the
    /// round-trip time on the injected clock. NOT RUN when there is no exchange seam, the link is down, the exchange
    /// is busy, the terminal ids are not set or the journal is read-only. The request and frame exist only while a check
    /// runs (a self-test is rare; kept, they took about 3 KB of heap a check from boot on); the packager is the
    /// terminal's (<see cref="DiagnosticContext.Packager"/>), or one built for the check when the context has none.
    /// </summary>
    public abstract class HostExchangeCheck : DiagnosticCheck
    {
        private const int FrameBytes = 256;
        private static int _nextId;
        private IsoMessage _request;
        private int _exchangeId = -1;
        private long _startMs;

        /// <summary>Creates a host check.</summary>
        protected HostExchangeCheck(string key, int titleKey)
            : base(key, titleKey, CheckMode.Asynchronous)
        {
        }

        /// <summary>The echo request in flight (for reading the reply against it), null when none.</summary>
        protected IsoMessage Request => _request;

        /// <summary>The context's packager, or a new one when it has none (a context built without a terminal).</summary>
        protected static IsoPackager PackagerOf(DiagnosticContext ctx)
        {
            return ctx.Packager != null ? ctx.Packager : new IsoPackager();
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            _exchangeId = -1;
            if (ctx.Exchange == null)
            {
                return CheckResult.NotRun("no seam");
            }

            if (ctx.Network != null && !ctx.Network.IsUp)
            {
                return CheckResult.NotRun("link down");
            }

            if (ctx.Exchange.IsBusy)
            {
                return CheckResult.NotRun("exchange busy");
            }

            TerminalSettings terminal = ctx.Terminal;
            if (terminal == null)
            {
                string tid = ctx.Setting(DiagnosticsSettingsKeys.TerminalId);
                string mid = ctx.Setting(DiagnosticsSettingsKeys.MerchantId);
                if (tid == null || mid == null)
                {
                    return CheckResult.NotRun("TID/MID not set");
                }

                terminal = new TerminalSettings(tid, mid);
            }

            int stan;
            try
            {
                stan = ctx.Journal.ReserveStan();
            }
            catch (JournalException)
            {
                return CheckResult.NotRun("journal read-only");
            }

            IsoMessage request = new IsoMessage();
            new RequestBuilder(terminal).EchoTest(request, stan, ctx.Journal.State.BatchNumber);
            byte[] frame = new byte[FrameBytes];
            int length;
            try
            {
                length = PackagerOf(ctx).Pack(request, null, frame, 0);
            }
            catch (ProtocolException)
            {
                return CheckResult.NotRun("TID/MID invalid");
            }

            _request = request;
            _nextId = (_nextId + 1) % 1000000;
            _exchangeId = DiagnosticsIds.ExchangeIdBase + _nextId;
            _startMs = ctx.Clock.UptimeMs;
            HostChannel channel = ctx.Exchange as HostChannel;
            if (channel != null && ctx.Owner != null)
            {
                // The terminal's channel: the outcome comes addressed to the runner alone.
                channel.Start(ctx.Owner, _exchangeId, frame, 0, length, ctx.Thresholds.ConnectTimeoutMs, ctx.Thresholds.ResponseTimeoutMs);
            }
            else
            {
                ctx.Exchange.Start(_exchangeId, frame, 0, length, ctx.Thresholds.ConnectTimeoutMs, ctx.Thresholds.ResponseTimeoutMs);
            }
            return CheckResult.Running(string.Empty);
        }

        /// <inheritdoc />
        public override CheckResult Complete(DiagnosticContext ctx, Event e)
        {
            if (_exchangeId < 0 || (e.Signal != Signal.ExchangeReplied && e.Signal != Signal.ExchangeFailed))
            {
                return null;
            }

            ExchangeOutcome outcome = e.Data as ExchangeOutcome;
            if (outcome == null || outcome.ExchangeId != _exchangeId)
            {
                return null;
            }

            _exchangeId = -1;
            CheckResult result = Evaluate(ctx, outcome, ctx.Clock.UptimeMs - _startMs);
            _request = null;
            return result;
        }

        /// <inheritdoc />
        public override void Cancel(DiagnosticContext ctx)
        {
            _exchangeId = -1; // the late outcome is ignored as stale
            _request = null;
        }

        /// <summary>Judges the outcome of this check's exchange.</summary>
        protected abstract CheckResult Evaluate(DiagnosticContext ctx, ExchangeOutcome outcome, long roundTripMs);

        /// <summary>Report text of an exchange failure.</summary>
        public static string FailureName(ExchangeFailure failure)
        {
            switch (failure)
            {
                case ExchangeFailure.ConnectFailed:
                    return "connect failed";
                case ExchangeFailure.SendFailed:
                    return "send failed";
                case ExchangeFailure.Timeout:
                    return "no reply (timeout)";
                case ExchangeFailure.ClosedMidReply:
                    return "closed mid reply";
                case ExchangeFailure.ReplyTooLarge:
                    return "reply too large";
                case ExchangeFailure.NotReady:
                    return "no host address";
                default:
                    return "ok";
            }
        }
    }
}
