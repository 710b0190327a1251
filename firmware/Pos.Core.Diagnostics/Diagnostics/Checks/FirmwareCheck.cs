using Pos.Core.Localization;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>Firmware version: PASS with the version; WARN when the build carries none, or when a remote notice said a newer one is available.</summary>
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
            if (v == null || v.Length == 0)
            {
                return Warn("unknown");
            }

            // A remote notice of a newer version: warn, with the checklist's "update the firmware as instructed".
            string available = ctx.Setting(DiagnosticsSettingsKeys.FirmwareAvailable);
            return available != null && available.Length > 0 && available != v ? Warn(v + ", update " + available) : CheckResult.Pass(v);
        }
    }
}
