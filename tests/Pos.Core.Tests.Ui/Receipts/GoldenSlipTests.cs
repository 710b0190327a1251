using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Receipts;
using Pos.Core.Simulation;

namespace Pos.Core.Tests.Receipts
{
    /// <summary>
    /// Dot-exact golden hashes of the slips: CRC-32 over every raster byte the renderer prints, band by band. A change of
    /// font, layout, slip or catalog text changes the hash; the test prints the slip's text form first, and
    /// tests/Pos.Tests.Host/Catalog/SlipSnapshotTests writes each slip as a PNG: look at both before re-pinning.
    /// </summary>
    [TestClass]
    public class GoldenSlipTests
    {
        [TestMethod]
        public void Sale_merchant_copy_zh_CN()
        {
            Check(SlipSamples.SaleMerchant, Locale.ZhCn, SlipPaper.Columns58, 0x3E3E112Bu);
        }

        [TestMethod]
        public void Sale_merchant_copy_en_US()
        {
            Check(SlipSamples.SaleMerchant, Locale.EnUs, SlipPaper.Columns58, 0xB32B84C1u);
        }

        [TestMethod]
        public void Sale_cardholder_copy_with_signature_zh_CN()
        {
            Check(SlipSamples.SaleSignature, Locale.ZhCn, SlipPaper.Columns58, 0x12C3C01Bu);
        }

        [TestMethod]
        public void Sale_cardholder_copy_with_signature_en_US()
        {
            Check(SlipSamples.SaleSignature, Locale.EnUs, SlipPaper.Columns58, 0x44EBAC1Au);
        }

        [TestMethod]
        public void Reprint_zh_CN()
        {
            Check(SlipSamples.Reprint, Locale.ZhCn, SlipPaper.Columns58, 0x28DE14E3u);
        }

        [TestMethod]
        public void Reprint_en_US()
        {
            Check(SlipSamples.Reprint, Locale.EnUs, SlipPaper.Columns58, 0xE12F12A6u);
        }

        [TestMethod]
        public void Offline_sale_zh_CN()
        {
            Check(SlipSamples.Offline, Locale.ZhCn, SlipPaper.Columns58, 0x23D4DF77u);
        }

        [TestMethod]
        public void Offline_sale_en_US()
        {
            Check(SlipSamples.Offline, Locale.EnUs, SlipPaper.Columns58, 0x0BC55F0Bu);
        }

        [TestMethod]
        public void Decline_51_zh_CN()
        {
            Check(SlipSamples.Decline51, Locale.ZhCn, SlipPaper.Columns58, 0xA61BC69Bu);
        }

        [TestMethod]
        public void Decline_51_en_US()
        {
            Check(SlipSamples.Decline51, Locale.EnUs, SlipPaper.Columns58, 0x802DB113u);
        }

        [TestMethod]
        public void Decline_local_code_zh_CN()
        {
            Check(SlipSamples.DeclineLocal, Locale.ZhCn, SlipPaper.Columns58, 0xDF2F952Au);
        }

        [TestMethod]
        public void Decline_local_code_en_US()
        {
            Check(SlipSamples.DeclineLocal, Locale.EnUs, SlipPaper.Columns58, 0xFCDD22EEu);
        }

        [TestMethod]
        public void Settlement_report_zh_CN()
        {
            Check(SlipSamples.Settlement, Locale.ZhCn, SlipPaper.Columns58, 0x0C560540u);
        }

        [TestMethod]
        public void Settlement_report_en_US()
        {
            Check(SlipSamples.Settlement, Locale.EnUs, SlipPaper.Columns58, 0x1BF673ACu);
        }

        [TestMethod]
        public void Settlement_report_uploaded_reprint_zh_CN()
        {
            Check(SlipSamples.SettlementUploaded, Locale.ZhCn, SlipPaper.Columns58, 0xDFF1E961u);
        }

        [TestMethod]
        public void Self_test_report_zh_CN()
        {
            Check(SlipSamples.SelfTest, Locale.ZhCn, SlipPaper.Columns58, 0xDC615D96u);
        }

        [TestMethod]
        public void Self_test_report_en_US()
        {
            Check(SlipSamples.SelfTest, Locale.EnUs, SlipPaper.Columns58, 0xDEBB2259u);
        }

        [TestMethod]
        public void Audit_excerpt_zh_CN()
        {
            Check(SlipSamples.Audit, Locale.ZhCn, SlipPaper.Columns58, 0x9371467Bu);
        }

        [TestMethod]
        public void Audit_excerpt_en_US()
        {
            Check(SlipSamples.Audit, Locale.EnUs, SlipPaper.Columns58, 0xA3CCB2FAu);
        }

        [TestMethod]
        public void Sale_merchant_copy_80_mm_zh_CN()
        {
            Check(SlipSamples.SaleMerchant, Locale.ZhCn, SlipPaper.Columns80, 0xF5FA4DFAu);
        }

        private static void Check(int sample, int locale, int columns, uint expected)
        {
            SlipLayout layout = new SlipLayout(SlipSamples.Build(sample, locale), columns);
            uint crc = SlipSamples.Crc(layout, new SlipRaster(columns));
            OutputHelper.WriteLine(layout.ToText());
            OutputHelper.WriteLine(SlipSamples.Name(sample) + " " + Locale.Tag(locale) + " " + columns.ToString() + " columns: CRC " + crc.ToString("X8"));
            Assert.AreEqual(expected, crc);
        }
    }
}
