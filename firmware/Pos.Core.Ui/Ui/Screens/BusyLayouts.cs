using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// The layouts of the screens shown while the host is asked (keys do nothing): processing, reversing, signing in,
    /// settling and the batch upload with its progress bar.
    /// </summary>
    internal static class BusyLayouts
    {
        private const int ProgressCells = 30;

        internal static int Processing(ScreenCanvas c, ScreenModel m)
        {
            LayoutParts.FlowTitle(c, m.Flow, -1);
            c.Centered(6, c.Text(TextKey.UiProcessing), TextStyle.Normal);
            c.Centered(8, c.Text(TextKey.UiBusyHost), TextStyle.Dim);
            c.Centered(10, c.Text(TextKey.UiProcessingCard), TextStyle.Warning);
            return 1;
        }

        internal static int Reversing(ScreenCanvas c, ScreenModel m)
        {
            string reason = m.ReversalReason;
            if (LayoutParts.IsRefundConfirmation(reason))
            {
                // A refund whose answer was lost is asked again (the same 0220), never reversed.
                c.Title(c.Text(TextKey.UiFnRefund));
                c.Centered(6, c.Text(TextKey.UiBusyRefund), TextStyle.Normal);
                return 1;
            }

            c.Title(c.Text(TextKey.UiFnReversal));
            c.Centered(6, c.Text(TextKey.UiBusyReversal), TextStyle.Normal);
            if (reason.Length > 0)
            {
                c.Centered(8, TextFormat.Fill(c.Text(TextKey.UiBusyAttempt), reason, m.Attempt < 0 ? "1" : m.Attempt.ToString()), TextStyle.Dim);
            }

            return 1;
        }

        internal static int SigningIn(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnSignIn));
            c.Centered(6, c.Text(TextKey.UiBusySignIn), TextStyle.Normal);
            c.Centered(8, c.Text(TextKey.UiBusyHost), TextStyle.Dim);
            return 1;
        }

        internal static int Settling(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnSettle));
            c.Centered(6, c.Text(TextKey.UiBusySettle), TextStyle.Normal);
            c.Centered(8, c.Text(TextKey.UiBusyHost), TextStyle.Dim);
            return 1;
        }

        internal static int Uploading(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnSettle));
            c.Centered(6, c.Text(TextKey.UiBusyUpload), TextStyle.Normal);
            int sent = m.UploadSent < 0 ? 0 : m.UploadSent;
            int total = m.UploadTotal;
            if (total > 0)
            {
                c.Centered(8, TextFormat.Fill(c.Text(TextKey.UiBusyProgress), sent.ToString(), total.ToString()), TextStyle.Dim);
                int filled = (sent > total ? total : sent) * ProgressCells / total;
                int col = (Screen.Columns - ProgressCells) / 2;
                c.Screen.Write(10, col, new string(' ', filled), TextStyle.Approved);
                c.Screen.Write(10, col + filled, new string('.', ProgressCells - filled), TextStyle.Dim);
            }

            return 1;
        }
    }
}
