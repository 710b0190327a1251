using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Security;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Keys present with their check values: keys the store erased at boot FAIL with the reason and the local.keys_lost
    /// checklist; TMK, PIK and MAK must be loaded (FAIL names the first missing one); the
    /// value lists each loaded slot with its 4-byte KCV ("TMK 1A2B3C4D PIK … MAK …", TDK when loaded). Only KCVs ever
    /// leave the key store. A TEST master key (emulator, bench board) WARNs with the local.keys_test checklist.
    /// </summary>
    public sealed class KeysCheck : DiagnosticCheck
    {
        private static readonly KeySlot[] Required = new KeySlot[] { KeySlot.Tmk, KeySlot.Pik, KeySlot.Mak };

        /// <summary>Creates the check.</summary>
        public KeysCheck()
            : base("keys", TextKey.DiagKeys, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            if (ctx.Keys == null)
            {
                return CheckResult.NotRun("no seam");
            }

            KeysLostReason lost = ctx.Keys.LostReason;
            if (lost != KeysLostReason.None)
            {
                return new CheckResult(CheckStatus.Fail, "keys lost: " + KeysLostReasonNames.Of(lost), TextKey.LocalKeysLost);
            }

            for (int i = 0; i < Required.Length; i++)
            {
                if (!ctx.Keys.Has(Required[i]))
                {
                    return Fail(KeySlotNames.Of(Required[i]) + " missing");
                }
            }

            byte[] kcv = new byte[4];
            string text = string.Empty;
            for (int s = 0; s < (int)KeySlot.Count; s++)
            {
                KeySlot slot = (KeySlot)s;
                if (ctx.Keys.GetCheckValue(slot, kcv, 0))
                {
                    text = text + (text.Length == 0 ? string.Empty : " ") + KeySlotNames.Of(slot) + " " + Hex.Encode(kcv);
                }
            }

            // A TEST master key works with the simulator and never with a real acquirer: say so before anyone sells.
            if (TestMasterKey.IsInUse(ctx.Keys, kcv))
            {
                return new CheckResult(CheckStatus.Warn, text + " TEST", TextKey.LocalKeysTest);
            }

            return CheckResult.Pass(text);
        }
    }
}
