using Pos.Core.Exchange;
using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// TCP connect to the host, judged from the connect phase of an echo exchange (the seam has no connect-only call):
    /// <see cref="ExchangeFailure.ConnectFailed"/> or <see cref="ExchangeFailure.NotReady"/> is a FAIL; any later
    /// outcome proves the connection was made. The seam does not time the connect alone, so the value is an upper
    /// bound: "&lt;= N ms", the whole round trip when a reply came (WARN above <see cref="DiagnosticThresholds.EchoWarnMs"/>).
    /// </summary>
    public sealed class TcpConnectCheck : HostExchangeCheck
    {
        /// <summary>Creates the check.</summary>
        public TcpConnectCheck()
            : base("tcp_connect", TextKey.DiagTcpConnect)
        {
        }

        /// <inheritdoc />
        protected override CheckResult Evaluate(DiagnosticContext ctx, ExchangeOutcome outcome, long roundTripMs)
        {
            if (outcome.Failure == ExchangeFailure.ConnectFailed || outcome.Failure == ExchangeFailure.NotReady)
            {
                return Fail(FailureName(outcome.Failure));
            }

            if (outcome.Failure != ExchangeFailure.None)
            {
                return CheckResult.Pass("connected, " + FailureName(outcome.Failure));
            }

            string text = "<= " + DiagnosticFormat.Ms(roundTripMs);
            return roundTripMs > ctx.Thresholds.EchoWarnMs ? Warn(text) : CheckResult.Pass(text);
        }
    }
}
