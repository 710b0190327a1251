using System;
using Pos.Core.Localization;
using Pos.Core.Protocol;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Merchant and terminal ids set (8-character TID, 15-character MID; from the journal settings, else the context's
    /// terminal settings), signed in today (<see cref="DiagnosticsSettingsKeys.SignInDate"/> = today and no
    /// <see cref="DiagnosticsSettingsKeys.SignInRequired"/>; otherwise WARN), and the batch number as value.
    /// </summary>
    public sealed class MerchantCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public MerchantCheck()
            : base("merchant", TextKey.DiagMerchant, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            string tid = ctx.Setting(DiagnosticsSettingsKeys.TerminalId);
            string mid = ctx.Setting(DiagnosticsSettingsKeys.MerchantId);
            if (tid == null && ctx.Terminal != null)
            {
                tid = ctx.Terminal.TerminalId;
            }

            if (mid == null && ctx.Terminal != null)
            {
                mid = ctx.Terminal.MerchantId;
            }

            string batch = "batch " + Numeric.Format(ctx.Journal.State.BatchNumber, 6);
            if (tid == null || tid.Length != 8)
            {
                return Fail("TID not set, " + batch);
            }

            if (mid == null || mid.Length != 15)
            {
                return Fail("MID not set, " + batch);
            }

            string date = ctx.Setting(DiagnosticsSettingsKeys.SignInDate);
            if (ctx.Setting(DiagnosticsSettingsKeys.SignInRequired) != null)
            {
                return Warn("sign-in required, " + batch);
            }

            if (date == null)
            {
                return Warn("not signed in, " + batch);
            }

            if (date != Today(ctx.Clock.UtcNow))
            {
                return Warn("signed in " + date + ", " + batch);
            }

            return CheckResult.Pass("TID " + tid + ", " + batch);
        }

        private static string Today(DateTime now)
        {
            return Numeric.Format(now.Year, 4) + Numeric.Format(now.Month, 2) + Numeric.Format(now.Day, 2);
        }
    }
}
