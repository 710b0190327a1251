using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// The layouts of the results that went through: online and offline approval, balance, signed in and settled.
    /// Row 2 holds the result badge; a row whose value is none is left out.
    /// </summary>
    internal static class ResultLayouts
    {
        internal static int Approved(ScreenCanvas c, ScreenModel m)
        {
            c.Badge(2, c.Text(LayoutParts.ApprovedBadge(m.Flow)), TextStyle.Approved);
            c.Field(4, c.Text(TextKey.UiLabelAmount), LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            c.Field(6, c.Text(TextKey.UiLabelCard), m.MaskedPan, TextStyle.Normal);
            LayoutParts.OptionalField(c, 7, TextKey.UiLabelEntry, LayoutParts.Entry(c, m.Entry));
            c.Field(8, c.Text(TextKey.UiLabelAuth), m.AuthCode, TextStyle.Normal);
            c.Field(9, c.Text(TextKey.UiLabelTrace), LayoutParts.Number(m.Stan), TextStyle.Normal);
            LayoutParts.OptionalField(c, 10, TextKey.UiLabelRrn, m.Rrn);
            LayoutParts.OptionalField(c, 11, TextKey.UiLabelTime, LayoutParts.Time(c, m));
            return 1;
        }

        internal static int OfflineApproved(ScreenCanvas c, ScreenModel m)
        {
            c.Badge(2, c.Text(TextKey.UiOfflineApproved), TextStyle.Approved);
            c.Field(4, c.Text(TextKey.UiLabelAmount), LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            c.Field(6, c.Text(TextKey.UiLabelCard), m.MaskedPan, TextStyle.Normal);
            LayoutParts.OptionalField(c, 7, TextKey.UiLabelEntry, LayoutParts.Entry(c, m.Entry));
            c.Field(8, c.Text(TextKey.UiLabelTrace), LayoutParts.Number(m.Stan), TextStyle.Normal);
            LayoutParts.OptionalField(c, 9, TextKey.UiLabelTime, LayoutParts.Time(c, m));
            c.Wrapped(11, 2, c.Text(TextKey.UiOfflineAccepted), TextStyle.Warning);
            return 1;
        }

        internal static int Balance(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnBalance));
            if (m.AmountFen >= 0)
            {
                c.Field(6, c.Text(TextKey.UiBalanceValue), LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            }
            else
            {
                c.Centered(6, c.Text(TextKey.UiBalanceNone), TextStyle.Dim);
            }

            LayoutParts.OptionalField(c, 8, TextKey.UiLabelCard, m.MaskedPan);
            return 1;
        }

        internal static int SignedIn(ScreenCanvas c, ScreenModel m)
        {
            c.Badge(2, c.Text(TextKey.UiSignedIn), TextStyle.Approved);
            c.Field(5, c.Text(TextKey.UiLabelBatch), LayoutParts.Number(m.Batch), TextStyle.Normal);
            return 1;
        }

        internal static int Settled(ScreenCanvas c, ScreenModel m)
        {
            bool uploaded = m.Uploaded;
            c.Badge(2, c.Text(uploaded ? TextKey.UiSettledUploaded : TextKey.UiSettlementOk), uploaded ? TextStyle.Warning : TextStyle.Approved);
            LayoutParts.OptionalField(c, 4, TextKey.UiLabelBatch, LayoutParts.Number(m.ClosedBatch));
            c.Field(5, c.Text(TextKey.UiLabelNewBatch), LayoutParts.Number(m.Batch), TextStyle.Normal);
            if (m.SalesCount >= 0 || m.RefundCount >= 0)
            {
                // The domestic totals the terminal sent in the 0500 (what the badge says the host agreed with or not).
                c.Field(7, TextFormat.Fill(c.Text(TextKey.UiSettleSales), LayoutParts.Count(m.SalesCount)),
                    LayoutParts.Amount(c, m.SalesFen < 0 ? 0 : m.SalesFen), TextStyle.Title);
                c.Field(8, TextFormat.Fill(c.Text(TextKey.UiSettleRefunds), LayoutParts.Count(m.RefundCount)),
                    LayoutParts.Amount(c, m.RefundFen < 0 ? 0 : m.RefundFen), TextStyle.Title);
                c.Centered(10, c.Text(TextKey.UiSettleVoids), TextStyle.Dim);
            }

            return 1;
        }
    }
}
