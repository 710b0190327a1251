using Pos.Core.Exchange;
using Pos.Core.Localization;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Hal;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Protocol echo test 0820/0830: a reply with field 39 = 00 that answers the request is a PASS with the round-trip
    /// time (WARN above <see cref="DiagnosticThresholds.EchoWarnMs"/>); any other code, an unreadable reply or a
    /// transport failure is a FAIL.
    /// </summary>
    public sealed class EchoCheck : HostExchangeCheck
    {
        private readonly ManagementReply _reader = new ManagementReply();

        /// <summary>Creates the check.</summary>
        public EchoCheck()
            : base("echo", TextKey.DiagEcho)
        {
        }

        /// <inheritdoc />
        protected override CheckResult Evaluate(DiagnosticContext ctx, ExchangeOutcome outcome, long roundTripMs)
        {
            if (outcome.Failure != ExchangeFailure.None || outcome.Reply == null)
            {
                return Fail(FailureName(outcome.Failure));
            }

            try
            {
                IsoMessage reply = new IsoMessage(); // only while the check runs, like the request
                PackagerOf(ctx).Unpack(outcome.Reply, 0, outcome.Reply.Length, reply, null);
                _reader.Read(Request, reply);
            }
            catch (ProtocolException)
            {
                return Fail("bad reply");
            }

            if (!_reader.Approved)
            {
                return Fail("code " + _reader.ResponseCode);
            }

            string text = DiagnosticFormat.Ms(roundTripMs);
            return roundTripMs > ctx.Thresholds.EchoWarnMs ? Warn(text) : CheckResult.Pass(text);
        }
    }
}
