using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// Which catalog entry explains a code the machine puts on a screen: its local codes (LNC, LTO, …, LCD bad card data,
    /// LCK clock not set, LSE system error, LLM / LDL / LRL over a merchant limit, LKL keys erased, LMK no master key), the offline policy's L01–L08, the
    /// card reader's E1–E5 and the printer's LPP / LPC / LPH / LPO (<see cref="PrinterCodes"/>); and which title
    /// names a flow (purchase, void, …).
    /// </summary>
    public static class ScreenCodeKeys
    {
        // One per key of CodeKeys, packed (PackedNames).
        private const string Codes = "LNC|LTO|LBR|LMA|LNK|LST|LKC|LOU|LCD|LCK|LSE|LLM|LDL|LRL|LKL|LMK"
            + "|L01|L02|L03|L04|L05|L06|L07|L08"
            + "|E1|E2|E3|E4|E5"
            + "|" + PrinterCodes.PaperOut + "|" + PrinterCodes.CoverOpen + "|" + PrinterCodes.Overheated + "|" + PrinterCodes.Offline;

        private static readonly int[] CodeKeys = new int[]
        {
            TextKey.LocalNoNetwork, TextKey.LocalHostTimeout, TextKey.LocalReplyMalformed, TextKey.LocalMacError,
            TextKey.LocalNotSignedIn, TextKey.LocalStorageFault, TextKey.LocalKcvMismatch, TextKey.LocalOfflineUploadFailed,
            TextKey.LocalCardDataInvalid, TextKey.LocalClockNotSet, TextKey.LocalSystemError, TextKey.LocalOverSaleLimit,
            TextKey.LocalOverDailyLimit, TextKey.LocalOverRefundLimit, TextKey.LocalKeysLost, TextKey.LocalNoMasterKey,
            TextKey.LocalOfflineDisabled, TextKey.LocalOfflineOverLimit, TextKey.LocalOfflineOverTotal,
            TextKey.LocalOfflineQueueFull, TextKey.LocalOfflineEntryMode, TextKey.LocalOfflineType, TextKey.LocalOfflinePin,
            TextKey.LocalOfflineNoDataKey,
            TextKey.LocalCardBadTrack, TextKey.LocalCardChipFailure, TextKey.LocalCardMultiple, TextKey.LocalCardReaderSilent,
            TextKey.LocalCardRemoved,
            TextKey.LocalPrinterPaperOut, TextKey.LocalPrinterCoverOpen, TextKey.LocalPrinterOverheated, TextKey.LocalPrinterOffline,
        };

        // Indexed by TxnFlow (None has no title).
        private static readonly int[] FlowKeys = new int[]
        {
            -1, TextKey.UiAmountTitle, TextKey.UiFnVoid, TextKey.UiFnRefund, TextKey.UiFnBalance, TextKey.UiFnSettle,
            TextKey.UiFnSignIn, TextKey.UiFnReversal,
        };

        /// <summary>Number of local codes in the table.</summary>
        public static int LocalCodeCount
        {
            get { return CodeKeys.Length; }
        }

        /// <summary>Local code <paramref name="index"/> of the table, or null past the last.</summary>
        public static string LocalCode(int index)
        {
            return PackedNames.At(Codes, index);
        }

        /// <summary>The catalog key of a local code, or -1.</summary>
        public static int ForLocalCode(string code)
        {
            int i = PackedNames.IndexOf(Codes, code);
            return i < 0 ? -1 : CodeKeys[i];
        }

        /// <summary>The title key of a flow, or -1 (none).</summary>
        public static int ForFlow(TxnFlow flow)
        {
            int i = (int)flow;
            return i >= 0 && i < FlowKeys.Length ? FlowKeys[i] : -1;
        }
    }
}
