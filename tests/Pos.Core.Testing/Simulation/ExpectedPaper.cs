using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Receipts;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;

namespace Pos.Core.Simulation
{
    /// <summary>What the paper should hold: the CRC of slips as the renderer prints them alone (58 mm), to compare with <c>SimulatedPrinter.PaperCrc</c>.</summary>
    public static class ExpectedPaper
    {
        /// <summary>A sale's copies (merchant, then cardholder) from <paramref name="entry"/>, or else the decline slip of <paramref name="declined"/>.</summary>
        public static uint Crc(ScenarioRunner r, LoggedTransaction entry, LastTransaction declined, int copies, bool reprint, int operatorNumber)
        {
            uint crc = Crc32.Start();
            return Crc32.Finish(Add(crc, r, entry, declined, copies, reprint, operatorNumber));
        }

        /// <summary>The running CRC <paramref name="crc"/> with these slips after what it covered (paper that already holds slips).</summary>
        public static uint Add(uint crc, ScenarioRunner r, LoggedTransaction entry, LastTransaction declined, int copies, bool reprint, int operatorNumber)
        {
            SlipTerminal who = new SlipTerminal(r.Options.MerchantName, r.Options.Terminal.MerchantId, r.Options.Terminal.TerminalId,
                r.Options.Transactions.UtcOffsetMinutes);
            int locale = LocaleSetting.Load(r.Terminal.Journal.State);
            SlipRaster raster = new SlipRaster(SlipPaper.Columns58);
            for (int copy = 0; copy < copies; copy++)
            {
                Slip slip = new Slip();
                if (entry != null)
                {
                    SaleSlips.Build(slip, entry, who, locale, copy == 0 ? SlipCopy.Merchant : SlipCopy.Cardholder, reprint);
                }
                else
                {
                    DeclineSlips.Build(slip, declined, who, locale, operatorNumber, reprint);
                }

                crc = AddSlip(crc, slip, raster);
            }

            return crc;
        }

        /// <summary>The running CRC <paramref name="crc"/> with <paramref name="slip"/> printed after what it covered.</summary>
        public static uint AddSlip(uint crc, Slip slip, SlipRaster raster)
        {
            SlipLayout layout = new SlipLayout(slip, raster.Columns);
            for (int i = 0; i < layout.RowCount; i++)
            {
                int rows = raster.Render(layout.Row(i));
                crc = Crc32.Update(crc, raster.Band, 0, rows * raster.BytesPerRow);
            }

            return crc;
        }
    }
}
