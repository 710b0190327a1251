using Pos.Core.Localization;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Battery voltage against <see cref="DiagnosticThresholds.BatteryWarnMillivolts"/> and
    /// <see cref="DiagnosticThresholds.BatteryFailMillivolts"/>; on external power a low battery is only a WARN, and
    /// no battery reading at all is a PASS ("external power") there and a FAIL otherwise.
    /// </summary>
    public sealed class BatteryCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public BatteryCheck()
            : base("battery", TextKey.DiagBattery, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            if (ctx.Power == null)
            {
                return CheckResult.NotRun("no seam");
            }

            int mv = ctx.Power.ReadBatteryMillivolts();
            bool external = ctx.Power.IsExternalPower;
            if (mv <= 0)
            {
                return external ? CheckResult.Pass("external power") : Fail("no reading");
            }

            string text = DiagnosticFormat.Volts(mv);
            if (mv < ctx.Thresholds.BatteryFailMillivolts)
            {
                return external ? Warn(text + " charging") : Fail(text);
            }

            if (mv < ctx.Thresholds.BatteryWarnMillivolts)
            {
                return Warn(external ? text + " charging" : text);
            }

            return CheckResult.Pass(text);
        }
    }
}
