using Pos.Core.Localization;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Wi-Fi link and signal: FAIL when the link is down or no RSSI comes back; else the RSSI against
    /// <see cref="DiagnosticThresholds.RssiWarnDbm"/> (WARN below) and <see cref="DiagnosticThresholds.RssiFailDbm"/> (FAIL below).
    /// </summary>
    public sealed class WifiCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public WifiCheck()
            : base("wifi", TextKey.DiagWifi, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            if (ctx.Network == null)
            {
                return CheckResult.NotRun("no seam");
            }

            if (!ctx.Network.IsUp)
            {
                return Fail("link down");
            }

            int rssi = ctx.Network.MeasureRssi();
            if (rssi == 0)
            {
                return Fail("no signal");
            }

            string text = rssi.ToString() + " dBm";
            if (rssi < ctx.Thresholds.RssiFailDbm)
            {
                return Fail(text);
            }

            return rssi < ctx.Thresholds.RssiWarnDbm ? Warn(text) : CheckResult.Pass(text);
        }
    }
}
