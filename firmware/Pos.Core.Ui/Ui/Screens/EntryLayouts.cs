using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// The layouts of the screens that take the cashier's or the cardholder's input: amount, original STAN, the void's
    /// confirmation, the card prompt, the PIN and the duplicate-sale warning. Row 2 holds the title, rows 4–12 the body.
    /// </summary>
    internal static class EntryLayouts
    {
        // The card prompt's mode badges, in this order.
        private static readonly int[] ModeBits = new int[] { CardModes.Chip, CardModes.Tap, CardModes.Swipe };

        private static readonly int[] ModeKeys = new int[] { TextKey.UiCardChip, TextKey.UiCardTap, TextKey.UiCardSwipe };

        internal static int Amount(ScreenCanvas c, ScreenModel m)
        {
            LayoutParts.FlowTitle(c, m.Flow, TextKey.UiAmountTitle);
            c.Line(LayoutParts.PromptRow, c.Text(TextKey.UiAmountPrompt), TextStyle.Normal);
            c.Input(LayoutParts.InputRow, LayoutParts.Amount(c, m.AmountFen));
            if (m.Error != EntryError.None)
            {
                c.Line(LayoutParts.ErrorRow, c.Text(TextKey.UiAmountLimit), TextStyle.Declined);
            }

            return 1;
        }

        internal static int OriginalStan(ScreenCanvas c, ScreenModel m)
        {
            LayoutParts.FlowTitle(c, m.Flow, TextKey.UiFnVoid);
            c.Line(LayoutParts.PromptRow, c.Text(TextKey.UiStanPrompt), TextStyle.Normal);
            c.Input(LayoutParts.InputRow, m.Digits);
            int error = m.Error == EntryError.NotFound ? TextKey.UiStanNotFound : m.Error == EntryError.Voided ? TextKey.UiStanVoided : -1;
            if (error >= 0)
            {
                c.Line(LayoutParts.ErrorRow, c.Text(error), TextStyle.Declined);
            }

            return 1;
        }

        internal static int VoidConfirm(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnVoid));
            c.Field(5, c.Text(TextKey.UiLabelAmount), LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            c.Field(6, c.Text(TextKey.UiLabelCard), m.MaskedPan, TextStyle.Normal);
            c.Field(7, c.Text(TextKey.UiLabelTrace), LayoutParts.Number(m.Stan), TextStyle.Normal);
            c.Centered(10, c.Text(TextKey.UiVoidConfirm), TextStyle.Warning);
            return 1;
        }

        internal static int PresentCard(ScreenCanvas c, ScreenModel m)
        {
            LayoutParts.FlowTitle(c, m.Flow, TextKey.UiAmountTitle);
            if (m.AmountFen >= 0)
            {
                c.Field(4, c.Text(TextKey.UiLabelAmount), LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            }

            // The modes this transaction accepts (offline: what the policy allows); none given: all three, never an empty prompt.
            int modes = m.AcceptedModes & CardModes.All;
            if (modes == CardModes.None)
            {
                modes = CardModes.All;
            }

            c.Centered(7, c.Text(modes == CardModes.All ? TextKey.UiCardPrompt : TextKey.UiCardPromptOnly), TextStyle.Normal);
            int shown = 0;
            int cells = 0;
            for (int i = 0; i < ModeBits.Length; i++)
            {
                if ((modes & ModeBits[i]) != 0)
                {
                    cells += TextLayout.Cells(Badge(c, i)) + (shown > 0 ? 2 : 0);
                    shown++;
                }
            }

            int col = (Screen.Columns - cells) / 2;
            for (int i = 0; i < ModeBits.Length; i++)
            {
                if ((modes & ModeBits[i]) != 0)
                {
                    col = c.Screen.Write(9, col, Badge(c, i), TextStyle.Inverse) + 2;
                }
            }

            if (m.Error != EntryError.None)
            {
                int key = ScreenCodeKeys.ForLocalCode(m.Code);
                c.Centered(LayoutParts.ErrorRow, c.Text(key < 0 ? TextKey.LocalCardReadError : key), TextStyle.Declined);
            }

            return 1;
        }

        internal static int Pin(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiPinPrompt));
            if (m.AmountFen >= 0)
            {
                c.Field(4, c.Text(TextKey.UiLabelAmount), LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            }

            c.Field(5, c.Text(TextKey.UiLabelCard), m.MaskedPan, TextStyle.Normal);

            // One '*' per digit typed: the model holds the count, never a digit.
            c.Centered(LayoutParts.InputRow, new string('*', m.PinDigits > 0 ? m.PinDigits : 0) + "_", TextStyle.Title);
            if (m.PinOptional)
            {
                c.Centered(10, c.Text(TextKey.UiPinHint), TextStyle.Dim);
            }

            if (m.PinNote == PinNote.Retry)
            {
                c.Centered(LayoutParts.ErrorRow, c.Text(TextKey.UiPinRetry), TextStyle.Warning);
            }
            else if (m.PinNote == PinNote.Length)
            {
                c.Centered(LayoutParts.ErrorRow, c.Text(TextKey.UiPinLength), TextStyle.Declined);
            }

            return 1;
        }

        internal static int Duplicate(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiDupTitle));
            c.Field(4, c.Text(TextKey.UiLabelAmount), LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            c.Field(5, c.Text(TextKey.UiLabelCard), m.MaskedPan, TextStyle.Normal);
            c.Line(7, TextFormat.Fill(c.Text(TextKey.UiDupSince), LayoutParts.Count(m.AgeMinutes)), TextStyle.Warning);
            c.Field(8, c.Text(TextKey.UiLabelTrace), LayoutParts.Number(m.Stan), TextStyle.Normal);
            LayoutParts.OptionalField(c, 9, TextKey.UiLabelTime, LayoutParts.Time(c, m));
            c.Field(10, string.Empty, c.Text(m.EarlierOffline ? TextKey.UiOfflineApproved : TextKey.UiApproved), TextStyle.Approved);
            c.Centered(12, c.Text(TextKey.UiDupAsk), TextStyle.Warning);
            return 1;
        }

        // A mode's badge text, a space each side.
        private static string Badge(ScreenCanvas c, int mode)
        {
            return " " + c.Text(ModeKeys[mode]) + " ";
        }
    }
}
