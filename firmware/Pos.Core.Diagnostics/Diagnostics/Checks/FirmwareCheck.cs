using Pos.Core.Localization;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>Firmware version: PASS with the version; WARN when the build carries none.</summary>
    public sealed class FirmwareCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public FirmwareCheck()
            : base("firmware", TextKey.DiagFirmware, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            string v = ctx.FirmwareVersion;
            return v == null || v.Length == 0 ? Warn("unknown") : CheckResult.Pass(v);
        }
    }
}
