using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Ui.Screens
{
    /// <summary>
    /// Pixel-exact golden hashes (CRC-32 of every byte handed to the display) of the state screens as the view builds
    /// them. Re-pin a value only after looking at the PNGs tests/Pos.Tests.Host/Catalog/ScreenSnapshotTests writes.
    /// </summary>
    [TestClass]
    public class ScreenGoldenTests
    {
        [TestMethod]
        public void Idle_zh_CN()
        {
            Check(Idle(), Locale.ZhCn, 0xA57FE9C8u);
        }

        [TestMethod]
        public void Idle_en_US()
        {
            Check(Idle(), Locale.EnUs, 0x6874BDCCu);
        }

        [TestMethod]
        public void Amount_entry_zh_CN()
        {
            Check(Amount(), Locale.ZhCn, 0x71B55A43u);
        }

        [TestMethod]
        public void Amount_entry_en_US()
        {
            Check(Amount(), Locale.EnUs, 0xA8BFB645u);
        }

        [TestMethod]
        public void Pin_entry_zh_CN()
        {
            Check(Pin(), Locale.ZhCn, 0x940792B2u);
        }

        [TestMethod]
        public void Pin_entry_en_US()
        {
            Check(Pin(), Locale.EnUs, 0x1194E668u);
        }

        [TestMethod]
        public void Approved_zh_CN()
        {
            Check(Approved(), Locale.ZhCn, 0xEDAF4756u);
        }

        [TestMethod]
        public void Approved_en_US()
        {
            Check(Approved(), Locale.EnUs, 0xC6B9CE82u);
        }

        [TestMethod]
        public void Settled_zh_CN()
        {
            Check(ScreenSamples.Balanced(), Locale.ZhCn, 0xFF25D043u);
        }

        [TestMethod]
        public void Settled_en_US()
        {
            Check(ScreenSamples.Balanced(), Locale.EnUs, 0x7E0A9CDFu);
        }

        [TestMethod]
        public void Declined_51_zh_CN_is_the_checklist_decline_screen()
        {
            // Same pixels as ChecklistScreen.BuildDecline with the same status (GoldenScreenTests.Decline_51_zh_CN).
            Check(Declined51(), Locale.ZhCn, 0xD16505ACu);
        }

        [TestMethod]
        public void Declined_51_en_US_is_the_checklist_decline_screen()
        {
            Check(Declined51(), Locale.EnUs, 0x03FEC132u);
        }

        [TestMethod]
        public void Over_the_limit_per_sale_zh_CN()
        {
            Check(OverLimit(TxnLocalCodes.CodeOverSaleLimit, 80000, 50000, -1), Locale.ZhCn, 0x1F870353u);
        }

        [TestMethod]
        public void Over_the_limit_per_sale_en_US()
        {
            Check(OverLimit(TxnLocalCodes.CodeOverSaleLimit, 80000, 50000, -1), Locale.EnUs, 0xC8889D7Fu);
        }

        [TestMethod]
        public void Over_the_daily_limit_zh_CN()
        {
            Check(OverLimit(TxnLocalCodes.CodeOverDailyLimit, 50000, 100000, 60000), Locale.ZhCn, 0xADF01623u);
        }

        [TestMethod]
        public void Over_the_daily_limit_en_US()
        {
            Check(OverLimit(TxnLocalCodes.CodeOverDailyLimit, 50000, 100000, 60000), Locale.EnUs, 0xD695E27Eu);
        }

        private static ScreenModel OverLimit(string code, long amountFen, long limitFen, long dayTotalFen)
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.OverLimit);
            m.Code = code;
            m.Flow = TxnFlow.Purchase;
            m.AmountFen = amountFen;
            m.LimitFen = limitFen;
            m.DayTotalFen = dayTotalFen < 0 ? ScreenModel.NoAmount : dayTotalFen;
            return m;
        }

        private static ScreenModel Idle()
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Idle);
            m.Online = true;
            m.Queued = 2;
            m.SignedIn = true;
            return m;
        }

        private static ScreenModel Amount()
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Amount);
            m.Flow = TxnFlow.Purchase;
            m.AmountFen = 12345;
            return m;
        }

        private static ScreenModel Pin()
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Pin);
            m.AmountFen = 12345;
            m.MaskedPan = ScreenSamples.MaskedPan;
            m.PinDigits = 4;
            return m;
        }

        private static ScreenModel Approved()
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Approved);
            m.AmountFen = 12345;
            m.MaskedPan = ScreenSamples.MaskedPan;
            m.AuthCode = "A1B2C3";
            m.Stan = 42;
            m.Flow = TxnFlow.Purchase;
            m.Rrn = "000000004711";
            m.UtcTime = ScreenSamples.SampleTime();
            m.Entry = EntryMode.Chip;
            return m;
        }

        [TestMethod]
        public void Record_list_zh_CN()
        {
            Check(ScreenSamples.Model(ScreenIds.RecordList), Locale.ZhCn, 0xF342E81Bu);
        }

        [TestMethod]
        public void Record_list_en_US()
        {
            Check(ScreenSamples.Model(ScreenIds.RecordList), Locale.EnUs, 0x8D249139u);
        }

        [TestMethod]
        public void Record_detail_zh_CN()
        {
            Check(ScreenSamples.Model(ScreenIds.RecordDetail), Locale.ZhCn, 0x62BE2686u);
        }

        [TestMethod]
        public void Record_detail_en_US()
        {
            Check(ScreenSamples.Model(ScreenIds.RecordDetail), Locale.EnUs, 0x89338169u);
        }

        [TestMethod]
        public void Record_guide_zh_CN()
        {
            Check(ScreenSamples.Model(ScreenIds.RecordGuide), Locale.ZhCn, 0x6417F53Bu);
        }

        [TestMethod]
        public void Record_guide_en_US()
        {
            Check(ScreenSamples.Model(ScreenIds.RecordGuide), Locale.EnUs, 0x04486912u);
        }

        [TestMethod]
        public void Day_summary_zh_CN()
        {
            Check(ScreenSamples.Model(ScreenIds.DaySummary), Locale.ZhCn, 0xCE9104F8u);
        }

        [TestMethod]
        public void Day_summary_en_US()
        {
            Check(ScreenSamples.Model(ScreenIds.DaySummary), Locale.EnUs, 0x90FD1E43u);
        }

        private static ScreenModel Declined51()
        {
            ScreenModel m = ScreenSamples.Code(ScreenIds.Declined, "51");
            m.Class = ResponseClass.NoRetry;
            m.Action = ResponseAction.UseAnotherCard;
            return m;
        }

        private static void Check(ScreenModel model, int locale, uint expected)
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen screen = ScreenSamples.Render(view, model, locale);
            CrcDisplay display = new CrcDisplay();
            new ScreenRenderer().Render(screen, display);
            OutputHelper.WriteLine(model.Id + " " + Locale.Tag(locale) + " CRC " + display.Crc.ToString("X8"));
            Assert.AreEqual(240, display.RowsWritten);
            Assert.AreEqual(expected, display.Crc, model.Id + " " + Locale.Tag(locale) + " CRC " + display.Crc.ToString("X8"));
        }
    }
}
