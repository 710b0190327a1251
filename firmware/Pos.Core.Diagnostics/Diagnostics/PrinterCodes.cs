using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// The local codes of the receipt printer's faults, one per <see cref="PrinterStatus"/> but Ready, each with its
    /// checklist (<c>local.printer_*</c>): LPP paper out, LPC cover open, LPH overheated, LPO offline or not answering.
    /// The self-test's printer check and the print queue show the same code and the same steps; the screens find the
    /// entry of a code through <c>ScreenCodeKeys</c>.
    /// </summary>
    public static class PrinterCodes
    {
        /// <summary>Local code: the roll is empty (local.printer_paper_out).</summary>
        public const string PaperOut = "LPP";

        /// <summary>Local code: the paper cover is open (local.printer_cover_open).</summary>
        public const string CoverOpen = "LPC";

        /// <summary>Local code: the head is too hot (local.printer_overheated).</summary>
        public const string Overheated = "LPH";

        /// <summary>Local code: the printer is offline or does not answer (local.printer_offline).</summary>
        public const string Offline = "LPO";

        // Indexed by PrinterStatus - 1: Ready has no code. Packed (PackedNames).
        private const string Codes = PaperOut + "|" + CoverOpen + "|" + Overheated + "|" + Offline;

        private static readonly int[] Keys = new int[]
        {
            TextKey.LocalPrinterPaperOut, TextKey.LocalPrinterCoverOpen, TextKey.LocalPrinterOverheated, TextKey.LocalPrinterOffline,
        };

        // The report words of each status (Ready first), localized on the screen by DiagnosticValueText. Packed.
        private const string Words = "ready|paper out|cover open|overheated|offline";

        /// <summary>Number of printer codes.</summary>
        public const int Count = 4;

        /// <summary>The local code of <paramref name="status"/>, or null for Ready (and a value outside the enum).</summary>
        public static string Of(PrinterStatus status)
        {
            return PackedNames.At(Codes, (int)status - 1);
        }

        /// <summary>The catalog key of <paramref name="status"/>'s checklist, or -1 for Ready.</summary>
        public static int KeyOf(PrinterStatus status)
        {
            int i = (int)status - 1;
            return i >= 0 && i < Keys.Length ? Keys[i] : -1;
        }

        /// <summary>Printer code <paramref name="index"/> (0 to <see cref="Count"/> - 1).</summary>
        public static string CodeAt(int index)
        {
            string code = PackedNames.At(Codes, index);
            if (code == null)
            {
                throw new System.IndexOutOfRangeException();
            }

            return code;
        }

        /// <summary>The catalog key of printer code <paramref name="index"/>.</summary>
        public static int KeyAt(int index)
        {
            return Keys[index];
        }

        /// <summary>The report word of <paramref name="status"/> ("paper out"); "offline" for a value outside the enum.</summary>
        public static string Name(PrinterStatus status)
        {
            string word = PackedNames.At(Words, (int)status);
            return word != null ? word : "offline";
        }
    }
}
