using Pos.Core.Common;
using Pos.Core.Protocol.Messages;
using Pos.Core.Receipts;
using Pos.Core.Transactions;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// The slips the golden tests pin and the snapshot test draws: a sale's merchant copy (PIN entered), its cardholder
    /// copy with the signature line (no PIN), a reprint, an offline sale, a refund, a host decline 51 and a local-code
    /// decline (LNC), from fixed log entries and last-transaction records; and the CRC-32 of a slip's raster.
    /// </summary>
    public static class SlipSamples
    {
        /// <summary>Sale, merchant copy, PIN entered.</summary>
        public const int SaleMerchant = 0;

        /// <summary>Sale, cardholder copy, no PIN: the signature line.</summary>
        public const int SaleSignature = 1;

        /// <summary>The sale's merchant copy printed again.</summary>
        public const int Reprint = 2;

        /// <summary>A sale approved offline, stored to be sent.</summary>
        public const int Offline = 3;

        /// <summary>A refund, cardholder copy.</summary>
        public const int Refund = 4;

        /// <summary>A host decline, 51.</summary>
        public const int Decline51 = 5;

        /// <summary>A local code: no connection (LNC).</summary>
        public const int DeclineLocal = 6;

        /// <summary>Number of samples.</summary>
        public const int Count = 7;

        /// <summary>The full PAN of every sample (never printed).</summary>
        public const string Pan = "6222021234567890123";

        private static readonly string[] Names = new string[]
        {
            "sale-merchant", "sale-signature", "reprint", "offline", "refund", "decline-51", "decline-lnc",
        };

        /// <summary>The sample's name (file names, test output).</summary>
        public static string Name(int sample)
        {
            return Names[sample];
        }

        /// <summary>The terminal of the samples: DEMO STORE, UTC+8.</summary>
        public static SlipTerminal Terminal()
        {
            return new SlipTerminal("DEMO STORE", "898440153110001", "12345678", 480);
        }

        /// <summary>The sample's slip in a locale.</summary>
        public static Slip Build(int sample, int locale)
        {
            Slip slip = new Slip();
            if (sample == Decline51 || sample == DeclineLocal)
            {
                LastTransaction last = new LastTransaction();
                last.Flow = TxnFlow.Purchase;
                last.Outcome = sample == Decline51 ? LastOutcome.Declined : LastOutcome.NotCompleted;
                last.Stan = sample == Decline51 ? 124 : 125;
                last.Batch = 1;
                last.AmountFen = 50000;
                last.Pan = Pan;
                last.Stamp = "20261122T015200";
                last.Code = sample == Decline51 ? "51" : TxnLocalCodes.CodeNoConnection;
                DeclineSlips.Build(slip, last, Terminal(), locale, 1, false);
                return slip;
            }

            LoggedTransaction t = new LoggedTransaction();
            t.Type = sample == Refund ? TransactionType.Refund : TransactionType.Purchase;
            t.Stan = sample == Refund ? 130 : 123;
            t.Batch = 1;
            t.AmountFen = sample == Refund ? 2000 : 12345;
            t.Pan = Pan;
            t.EntryMode = sample == SaleMerchant || sample == Reprint ? "051" : "072";
            t.Rrn = sample == Offline ? null : "612345678901";
            t.AuthCode = "A1B2C3";
            t.Date = "1122";
            t.Stamp = "20261122T014100";
            t.Operator = 1;
            t.Offline = sample == Offline;
            t.OriginalStan = sample == Refund ? 123 : 0;
            SaleSlips.Build(slip, t, Terminal(), locale, sample == SaleMerchant || sample == Reprint ? SlipCopy.Merchant : SlipCopy.Cardholder,
                sample == Reprint);
            return slip;
        }

        /// <summary>The CRC-32 of every raster byte of a laid-out slip, band by band.</summary>
        public static uint Crc(SlipLayout layout, SlipRaster raster)
        {
            uint crc = Crc32.Start();
            for (int i = 0; i < layout.RowCount; i++)
            {
                int rows = raster.Render(layout.Row(i));
                crc = Crc32.Update(crc, raster.Band, 0, rows * raster.BytesPerRow);
            }

            return Crc32.Finish(crc);
        }
    }
}
