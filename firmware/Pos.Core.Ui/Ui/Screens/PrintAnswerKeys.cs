using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>The words of a <see cref="PrintAnswer"/> (the record detail's note row, the menus' notes).</summary>
    internal static class PrintAnswerKeys
    {
        // By PrintAnswer: none, queued, no printer, nothing to print, queue full.
        private static readonly int[] Keys = new int[]
        {
            -1, TextKey.UiPrintQueued, TextKey.UiPrintNoPrinter, TextKey.UiPrintNothing, TextKey.UiPrintFull,
        };

        /// <summary>The catalog key of <paramref name="answer"/>, or -1 for none.</summary>
        internal static int Of(PrintAnswer answer)
        {
            int i = (int)answer;
            return i > 0 && i < Keys.Length ? Keys[i] : -1;
        }

        /// <summary>The note's style: queued in the approved colour, the rest as warnings.</summary>
        internal static byte Style(PrintAnswer answer)
        {
            return answer == PrintAnswer.Queued ? TextStyle.Approved : TextStyle.Warning;
        }
    }
}
