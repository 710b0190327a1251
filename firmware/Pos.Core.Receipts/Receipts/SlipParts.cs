using System;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Protocol;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// What the slips share: the head (title, copy, reprint, merchant and terminal) and the values as the screen writes
    /// them (the card masked by <see cref="PanMask"/>, numbers as six digits, local date and time, money in the locale's
    /// format, the entry mode's and the kind's names).
    /// </summary>
    internal static class SlipParts
    {
        // The count column of a report's table.
        private const int CountCells = 4;

        // By TxnFlow: the kind's name on a slip (-1: not a money transaction).
        private static readonly int[] FlowKinds = new int[]
        {
            -1, TextKey.UiRecKindSale, TextKey.UiRecKindVoid, TextKey.UiRecKindRefund, -1, -1, -1, -1,
        };

        /// <summary>The title centred, the copy's name and the reprint mark under it, a rule, then the merchant and terminal.</summary>
        internal static void Head(Slip slip, SlipTerminal terminal, int locale, int title, int copy, bool reprint, int operatorNumber)
        {
            slip.Center(Catalog.Get(locale, title));
            if (copy >= 0)
            {
                slip.Center(Catalog.Get(locale, copy));
            }

            if (reprint)
            {
                slip.Big("*** " + Catalog.Get(locale, TextKey.UiSlipReprint) + " ***");
            }

            slip.Rule();
            slip.Pair(Catalog.Get(locale, TextKey.UiSlipMerchant), terminal.MerchantName);
            slip.Pair(Catalog.Get(locale, TextKey.UiSlipMerchantNo), terminal.MerchantId);
            slip.Pair(Catalog.Get(locale, TextKey.UiSlipTerminalNo), terminal.TerminalId);
            if (operatorNumber >= 0)
            {
                slip.Pair(Catalog.Get(locale, TextKey.UiRecLabelOperator), operatorNumber == Operators.None
                    ? Catalog.Get(locale, TextKey.UiRecNoOperator) : Operators.Label(operatorNumber));
            }

            slip.Rule();
        }

        /// <summary>A label from the catalog and its value (left out when empty).</summary>
        internal static void Pair(Slip slip, int locale, int label, string value)
        {
            slip.Pair(Catalog.Get(locale, label), value);
        }

        /// <summary>A STAN or batch as six digits; empty for none (0 or less).</summary>
        internal static string Number(int n)
        {
            return n <= 0 ? string.Empty : n > 999999 ? n.ToString() : Numeric.Format(n, 6);
        }

        /// <summary>The amount in the locale's money format.</summary>
        internal static string Amount(long fen, int locale)
        {
            return Money.Format(fen, locale);
        }

        /// <summary>
        /// Local "YYYY-MM-DD HH:MM" of a stamp "YYYYMMDDThhmmss" (UTC), as the records screen shows it; a stamp that is
        /// missing or from an unset clock gives the local date MMDD as "MM-DD", or empty.
        /// </summary>
        internal static string When(string stamp, string localDate, int offsetMinutes)
        {
            DateTime utc;
            if (stamp != null && UtcStamps.TryParse(stamp, out utc) && utc.Year >= StatusSnapshot.MinValidYear)
            {
                return Local(utc, offsetMinutes);
            }

            return localDate != null && localDate.Length == 4 ? localDate.Substring(0, 2) + "-" + localDate.Substring(2) : string.Empty;
        }

        /// <summary>Local "YYYY-MM-DD HH:MM" of a UTC time (the screen's conversion; written in place: one string, an audit excerpt makes many).</summary>
        internal static string Local(DateTime utc, int offsetMinutes)
        {
            DateTime local = HostClock.ToLocal(utc, offsetMinutes);
            char[] text = new char[16];
            Numeric.Write(local.Year, 4, text, 0);
            text[4] = '-';
            Numeric.Write(local.Month, 2, text, 5);
            text[7] = '-';
            Numeric.Write(local.Day, 2, text, 8);
            text[10] = ' ';
            Numeric.Write(local.Hour, 2, text, 11);
            text[13] = ':';
            Numeric.Write(local.Minute, 2, text, 14);
            return new string(text);
        }

        /// <summary>A table row's label: <paramref name="label"/> padded to <paramref name="cells"/>, then the count right-aligned in four.</summary>
        internal static string Columns(string label, string count, int cells)
        {
            int pad = cells + CountCells - TextLayout.Cells(label) - count.Length;
            return label + new string(' ', pad > 1 ? pad : 1) + count;
        }

        /// <summary>"Who acts" of a checklist entry, when it names someone.</summary>
        internal static void Who(Slip slip, int locale, int key)
        {
            Actor who = Catalog.WhoOf(key);
            if (who != Actor.None)
            {
                slip.Left(TextFormat.Fill(Catalog.Get(locale, TextKey.UiWhoLabel), Catalog.ActorName(locale, who)));
            }
        }

        /// <summary>"What to do", the numbered steps of a checklist entry and its sentence for the cardholder, as the checklist screen has them.</summary>
        internal static void Steps(Slip slip, int locale, int key)
        {
            slip.Left(Catalog.Get(locale, TextKey.UiSlipSteps));
            int count = Catalog.StepCount(locale, key);
            for (int i = 0; i < count; i++)
            {
                slip.Paragraph((i + 1).ToString() + ". ", Catalog.Step(locale, key, i));
            }

            string say = Catalog.Say(locale, key);
            if (say.Length > 0)
            {
                slip.Blank();
                slip.Paragraph(string.Empty, TextFormat.Fill(Catalog.Get(locale, TextKey.UiSayLabel), say));
            }
        }

        /// <summary>The localized name of a card entry mode, or empty.</summary>
        internal static string Entry(EntryMode mode, int locale)
        {
            int key = EntryModeKeys.Of(mode);
            return key < 0 ? string.Empty : Catalog.Get(locale, key);
        }

        /// <summary>The localized kind of a money flow (sale, void, refund), or empty.</summary>
        internal static string Kind(TxnFlow flow, int locale)
        {
            int i = (int)flow;
            int key = i >= 0 && i < FlowKinds.Length ? FlowKinds[i] : -1;
            return key < 0 ? string.Empty : Catalog.Get(locale, key);
        }
    }
}
