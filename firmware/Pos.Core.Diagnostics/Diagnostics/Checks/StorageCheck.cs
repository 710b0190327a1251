using Pos.Core.Localization;
using Pos.Core.Storage;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Journal integrity from the boot recovery report (Corrupt or read-only: FAIL; a truncated tail: WARN), the
    /// provisioning marker (storage that started empty and nobody confirmed: WARN, with the local.storage_new checklist)
    /// and free space on the volume against <see cref="DiagnosticThresholds.FreeWarnBytes"/> / <see cref="DiagnosticThresholds.FreeFailBytes"/>.
    /// </summary>
    public sealed class StorageCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public StorageCheck()
            : base("storage", TextKey.DiagStorage, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            CheckStatus status = CheckStatus.Pass;
            int checklist = TitleKey;
            string text;
            RecoveryReport r = ctx.Recovery;
            if (ctx.Journal.IsReadOnly || (r != null && r.Status == RecoveryStatus.Corrupt))
            {
                status = CheckStatus.Fail;
                text = "journal corrupt";
            }
            else if (r != null && r.Status == RecoveryStatus.TailTruncated)
            {
                status = CheckStatus.Warn;
                text = "tail cut " + r.BytesDropped.ToString() + " B";
            }
            else if (!StorageProvisioning.IsConfirmedIn(ctx.Journal.State))
            {
                status = CheckStatus.Warn;
                checklist = TextKey.LocalStorageNew;
                text = "started empty, not confirmed";
            }
            else
            {
                text = r != null && r.Status == RecoveryStatus.Fresh ? "journal new" : "journal ok";
            }

            if (ctx.Storage != null)
            {
                long free = ctx.Storage.FreeBytes;
                if (free < 0)
                {
                    // The driver cannot tell (the ESP32 LittleFS driver without a known partition size): no verdict on space.
                    text = text + ", free space unknown";
                }
                else
                {
                    text = text + ", " + DiagnosticFormat.Kilobytes(free) + " free";
                    if (free < ctx.Thresholds.FreeFailBytes)
                    {
                        status = CheckStatus.Fail;
                    }
                    else if (free < ctx.Thresholds.FreeWarnBytes && status == CheckStatus.Pass)
                    {
                        status = CheckStatus.Warn;
                    }
                }
            }

            return new CheckResult(status, text, checklist);
        }
    }
}
