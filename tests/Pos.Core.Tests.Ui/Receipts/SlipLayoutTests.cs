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
                    Assert.IsTrue((text.IndexOf("622202*********0123") >= 0) == (sample < SlipSamples.Settlement), SlipSamples.Name(sample)); // reports hold no card
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
        public void A_settlement_report_holds_the_kinds_the_totals_sent_and_the_hosts_answer()
        {
            string text = new SlipLayout(SlipSamples.Build(SlipSamples.Settlement, Locale.ZhCn), SlipPaper.Columns58).ToText();
            OutputHelper.WriteLine(text);
            Assert.IsTrue(text.IndexOf("结算单") >= 0);
            Assert.IsTrue(text.IndexOf("批次号                    000001") >= 0);
            Assert.IsTrue(text.IndexOf("结算时间        2026-11-22 09:50") >= 0, "local time");
            Assert.IsTrue(text.IndexOf("消费              3      ¥191.90") >= 0);
            Assert.IsTrue(text.IndexOf("撤销              1       ¥23.45") >= 0);
            Assert.IsTrue(text.IndexOf("退货              1       ¥20.00") >= 0);
            Assert.IsTrue(text.IndexOf("离线消费          2       ¥61.00") >= 0);
            Assert.IsTrue(text.IndexOf("净额                     ¥209.45") >= 0);
            Assert.IsTrue(text.IndexOf("内卡借记          4      ¥229.45") >= 0, "the 0500's debits");
            Assert.IsTrue(text.IndexOf("内卡贷记          1       ¥20.00") >= 0, "the 0500's credits");
            Assert.IsTrue(text.IndexOf("内卡对账                      平") >= 0);
            Assert.IsTrue(text.IndexOf(Catalog.Get(Locale.ZhCn, TextKey.UiSettlementOk)) >= 0);
            Assert.IsTrue(text.IndexOf("重打印") < 0);
            string uploaded = new SlipLayout(SlipSamples.Build(SlipSamples.SettlementUploaded, Locale.EnUs), SlipPaper.Columns58).ToText();
            Assert.IsTrue(uploaded.IndexOf("*** REPRINT ***") >= 0);
            Assert.IsTrue(uploaded.IndexOf("Domestic cards      not balanced") >= 0);
            Assert.IsTrue(uploaded.IndexOf("Foreign cards           balanced") >= 0);
            Assert.IsTrue(uploaded.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiSettledUploaded)) >= 0);
        }

        [TestMethod]
        public void A_self_test_report_holds_every_check_and_the_steps_of_each_warn_and_fail()
        {
            string text = new SlipLayout(SlipSamples.Build(SlipSamples.SelfTest, Locale.EnUs), SlipPaper.Columns80).ToText();
            OutputHelper.WriteLine(text);
            Assert.IsTrue(text.IndexOf("SELF-TEST REPORT") >= 0);
            Assert.IsTrue(text.IndexOf("Tested at") >= 0 && text.IndexOf("2026-11-22 09:50") >= 0, "the run's local time");
            Assert.IsTrue(text.IndexOf("Wi-Fi link and signal") >= 0 && text.IndexOf("WARN") >= 0 && text.IndexOf("-78 dBm") >= 0);
            Assert.IsTrue(text.IndexOf("Echo test") >= 0 && text.IndexOf("NOT RUN") >= 0);
            Assert.IsTrue(text.IndexOf("1. " + Catalog.Step(Locale.EnUs, TextKey.DiagWifi, 0)) >= 0, "the WARN's checklist");
            Assert.IsTrue(text.IndexOf("1. " + Catalog.Step(Locale.EnUs, TextKey.DiagTcpConnect, 0)) >= 0, "the FAIL's checklist");
            Assert.IsTrue(text.IndexOf(Catalog.Step(Locale.EnUs, TextKey.DiagBattery, 0)) < 0, "no checklist for a PASS");
            string zh = new SlipLayout(SlipSamples.Build(SlipSamples.SelfTest, Locale.ZhCn), SlipPaper.Columns58).ToText();
            Assert.IsTrue(zh.IndexOf("连接失败") >= 0, "the value in the reader's words");
            Assert.IsTrue(zh.IndexOf("通过                           5") >= 0);
            Assert.IsTrue(zh.IndexOf("失败                           1") >= 0);
        }

        [TestMethod]
        public void An_audit_excerpt_holds_its_entries_in_local_time_and_the_chain()
        {
            string text = new SlipLayout(SlipSamples.Build(SlipSamples.Audit, Locale.ZhCn), SlipPaper.Columns58).ToText();
            OutputHelper.WriteLine(text);
            Assert.IsTrue(text.IndexOf("记录链完整，共7条") >= 0);
            Assert.IsTrue(text.IndexOf("#1 ") < 0, "the last six only");
            Assert.IsTrue(text.IndexOf("#2 2026-11-22 08:25 01      交易") >= 0, "local time, operator, event");
            Assert.IsTrue(text.IndexOf("  sale 500.00 #000124 *0123 51") >= 0);
            Assert.IsTrue(text.IndexOf("#7 2026-11-22 09:50 98      自检") >= 0);
            Assert.IsTrue(text.IndexOf("#2-#7") >= 0);

            Pos.Core.Audit.AuditTrail trail = SlipSamples.Runner().Context.Audit;
            Slip slip = new Slip();
            AuditSlips.Build(slip, trail, trail.Count, 5, SlipSamples.Terminal(), Locale.EnUs);
            Assert.IsTrue(new SlipLayout(slip, SlipPaper.Columns58).ToText().IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiAuditNone)) >= 0, "nothing past the newest");
            slip = new Slip();
            AuditSlips.Build(slip, trail, -3, 2, SlipSamples.Terminal(), Locale.EnUs);
            string first = new SlipLayout(slip, SlipPaper.Columns58).ToText();
            Assert.IsTrue(first.IndexOf("#1-#2") >= 0, "from the oldest, two entries");
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
