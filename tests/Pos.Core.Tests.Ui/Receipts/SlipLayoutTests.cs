using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Receipts;
using Pos.Core.Simulation;
using Pos.Core.Ui;

namespace Pos.Core.Tests.Receipts
{
    [TestClass]
    public class SlipLayoutTests
    {
        [TestMethod]
        public void A_pair_puts_its_value_at_the_right_margin_or_on_a_row_of_its_own()
        {
            Slip slip = new Slip();
            slip.Pair("Card", "622202*********0123");
            slip.Pair("A label that is long", "and a value that is long too");
            slip.Pair("Empty", string.Empty);
            SlipLayout layout = new SlipLayout(slip, SlipPaper.Columns58);
            Assert.AreEqual("Card" + Pad(32 - 4 - 19) + "622202*********0123", layout.Row(0).Text);
            Assert.AreEqual(32, TextLayout.Cells(layout.Row(0).Text));
            Assert.AreEqual("A label that is long", layout.Row(1).Text);
            Assert.AreEqual("    and a value that is long too", layout.Row(2).Text);
            Assert.AreEqual(3, layout.RowCount);
        }

        [TestMethod]
        public void Centred_big_text_and_a_paragraph_with_its_hanging_indent()
        {
            Slip slip = new Slip();
            slip.Big("CNY 1.00");
            slip.Paragraph("1. ", "Cardholder: call the card issuer for the reason.");
            SlipLayout layout = new SlipLayout(slip, SlipPaper.Columns58);
            Assert.AreEqual("            CNY 1.00", layout.Row(0).Text);
            Assert.IsTrue(layout.Row(0).Tall);
            Assert.AreEqual("1. Cardholder: call the card", layout.Row(1).Text);
            Assert.AreEqual("   issuer for the reason.", layout.Row(2).Text);
        }

        [TestMethod]
        public void Chinese_takes_two_columns_and_no_row_is_wider_than_the_paper()
        {
            int[] widths = new int[] { SlipPaper.Columns58, SlipPaper.Columns80 };
            for (int w = 0; w < widths.Length; w++)
            {
                for (int locale = 0; locale < Locale.Count; locale++)
                {
                    for (int sample = 0; sample < SlipSamples.Count; sample++)
                    {
                        SlipLayout layout = new SlipLayout(SlipSamples.Build(sample, locale), widths[w]);
                        for (int i = 0; i < layout.RowCount; i++)
                        {
                            Assert.IsTrue(TextLayout.Cells(layout.Row(i).Text) <= widths[w], SlipSamples.Name(sample) + " row " + i.ToString());
                        }
                    }
                }
            }

            Slip slip = new Slip();
            slip.Right("商户存根");
            Assert.AreEqual(Pad(24) + "商户存根", new SlipLayout(slip, SlipPaper.Columns58).Row(0).Text);
        }

        [TestMethod]
        public void No_slip_prints_the_full_card_number()
        {
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int sample = 0; sample < SlipSamples.Count; sample++)
                {
                    string text = new SlipLayout(SlipSamples.Build(sample, locale), SlipPaper.Columns80).ToText();
                    Assert.IsTrue(text.IndexOf(SlipSamples.Pan) < 0, SlipSamples.Name(sample));
                    Assert.IsTrue(text.IndexOf("622202*********0123") >= 0, SlipSamples.Name(sample));
                }
            }
        }

        [TestMethod]
        public void A_signature_line_without_a_PIN_and_PIN_verified_with_one()
        {
            string signed = new SlipLayout(SlipSamples.Build(SlipSamples.SaleSignature, Locale.EnUs), SlipPaper.Columns58).ToText();
            string pin = new SlipLayout(SlipSamples.Build(SlipSamples.SaleMerchant, Locale.EnUs), SlipPaper.Columns58).ToText();
            Assert.IsTrue(signed.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiSlipSignature)) >= 0);
            Assert.IsTrue(signed.IndexOf("________________________________") >= 0);
            Assert.IsTrue(signed.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiSlipPinVerified)) < 0);
            Assert.IsTrue(pin.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiSlipPinVerified)) >= 0);
            Assert.IsTrue(pin.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiSlipSignature)) < 0);
        }

        [TestMethod]
        public void Copies_reprint_offline_and_refund_say_what_they_are()
        {
            string reprint = new SlipLayout(SlipSamples.Build(SlipSamples.Reprint, Locale.ZhCn), SlipPaper.Columns58).ToText();
            Assert.IsTrue(reprint.IndexOf("重打印") >= 0);
            Assert.IsTrue(reprint.IndexOf("商户存根") >= 0);
            string offline = new SlipLayout(SlipSamples.Build(SlipSamples.Offline, Locale.ZhCn), SlipPaper.Columns58).ToText();
            Assert.IsTrue(offline.IndexOf("离线交易，待上送") >= 0);
            Assert.IsTrue(offline.IndexOf("持卡人存根") >= 0);
            string refund = new SlipLayout(SlipSamples.Build(SlipSamples.Refund, Locale.EnUs), SlipPaper.Columns58).ToText();
            Assert.IsTrue(refund.IndexOf("Original no.") >= 0);
            Assert.IsTrue(refund.IndexOf("000123") >= 0);
            Assert.IsTrue(refund.IndexOf("CNY 20.00") >= 0);
        }

        [TestMethod]
        public void A_decline_slip_holds_the_checklist_texts()
        {
            string text = new SlipLayout(SlipSamples.Build(SlipSamples.Decline51, Locale.ZhCn), SlipPaper.Columns80).ToText();
            Assert.IsTrue(text.IndexOf(Catalog.CodeTitle(Locale.ZhCn, "51")) >= 0);
            Assert.IsTrue(text.IndexOf("1. " + Catalog.Step(Locale.ZhCn, Catalog.KeyForCode("51"), 0)) >= 0);
            Assert.IsTrue(text.IndexOf(Catalog.Get(Locale.ZhCn, TextKey.UiSlipNotCharged)) >= 0);
        }

        [TestMethod]
        public void The_raster_is_one_bit_a_dot_in_bands_of_one_row()
        {
            SlipRaster narrow = new SlipRaster(SlipPaper.Columns58);
            SlipRaster wide = new SlipRaster(SlipPaper.Columns80);
            Assert.AreEqual(384, narrow.WidthDots);
            Assert.AreEqual(48, narrow.BytesPerRow);
            Assert.AreEqual(576, wide.WidthDots);
            Assert.AreEqual(72, wide.BytesPerRow);
            Assert.AreEqual(48 * 52, narrow.Band.Length);
            Slip slip = new Slip();
            slip.Left("|");
            slip.Big("|");
            slip.Rule();
            SlipLayout layout = new SlipLayout(slip, SlipPaper.Columns58);
            Assert.AreEqual(28, narrow.Render(layout.Row(0)));
            Assert.AreEqual(0, (int)(narrow.Band[(12 * 48) + 1] & 0x0F)); // nothing past the first cell's 12 dots
            Assert.IsTrue(narrow.Band[12 * 48] != 0); // the bar, in the first byte
            Assert.AreEqual(0, (int)narrow.Band[27 * 48]); // the gap under the text
            Assert.AreEqual(52, narrow.Render(layout.Row(1)));
            Assert.AreEqual(12, narrow.Render(layout.Row(2)));
            Assert.AreEqual(0xFC, (int)narrow.Band[5 * 48]);
            Assert.AreEqual(0, (int)narrow.Band[0]);
            Assert.AreEqual(28 + 52 + 12, SlipRaster.RowsOf(layout));
        }

        private static string Pad(int n)
        {
            return new string(' ', n);
        }
    }
}
