using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Core.Receipts;
using Pos.Core.Transactions;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// The slips the golden tests pin and the snapshot test draws: a sale's merchant copy (PIN entered), its cardholder
    /// copy with the signature line (no PIN), a reprint, an offline sale, a refund, a host decline 51 and a local-code
    /// decline (LNC), from fixed log entries and last-transaction records; the reports: a balanced settlement, an
    /// unbalanced one reprinted, a self-test with a WARN and a FAIL, an audit excerpt (the self-test's runner and the
    /// trail are built once, on a simulated clock and flash); and the CRC-32 of a slip's raster.
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

        /// <summary>Settlement report, balanced.</summary>
        public const int Settlement = 7;

        /// <summary>Settlement report reprinted, not balanced at first: the batch was uploaded.</summary>
        public const int SettlementUploaded = 8;

        /// <summary>Self-test report: passes, a WARN, a FAIL and a check not run.</summary>
        public const int SelfTest = 9;

        /// <summary>Audit excerpt: the trail's last six entries.</summary>
        public const int Audit = 10;

        /// <summary>Number of samples.</summary>
        public const int Count = 11;

        /// <summary>The entries of the audit sample.</summary>
        public const int AuditEntries = 6;

        // 2026-11-22 09:50 in Beijing.
        private static readonly DateTime ReportTime = new DateTime(2026, 11, 22, 1, 50, 0);

        private static readonly SettlementSummary[] _settled = new SettlementSummary[2];
        private static DiagnosticRunner _runner;

        /// <summary>The full PAN of every sample (never printed).</summary>
        public const string Pan = "6222021234567890123";

        private static readonly string[] Names = new string[]
        {
            "sale-merchant", "sale-signature", "reprint", "offline", "refund", "decline-51", "decline-lnc", "settlement", "settlement-uploaded",
            "selftest", "audit",
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
            if (sample == Settlement || sample == SettlementUploaded)
            {
                bool uploaded = sample == SettlementUploaded;
                if (_settled[uploaded ? 1 : 0] == null)
                {
                    _settled[uploaded ? 1 : 0] = SettlementReport(uploaded);
                }

                SettlementSlips.Build(slip, _settled[uploaded ? 1 : 0], Terminal(), locale, uploaded);
                return slip;
            }

            if (sample == SelfTest)
            {
                SelfTestSlips.Build(slip, Runner(), Terminal(), locale);
                return slip;
            }

            if (sample == Audit)
            {
                AuditTrail trail = Runner().Context.Audit;
                AuditSlips.Build(slip, trail, trail.Count - AuditEntries, AuditEntries, Terminal(), locale);
                return slip;
            }

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
                DeclineSlips.Build(slip, last, Terminal(), locale, 1);
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

        /// <summary>
        /// The record of batch 000001 settled by operator 01: three sales (one voided), its void, a refund and two offline
        /// sales delivered, as the log would count them; the 0500's totals; the host's codes (unbalanced: '2' for the
        /// domestic cards, then the batch uploaded).
        /// </summary>
        public static SettlementSummary SettlementReport(bool uploaded)
        {
            SettlementSummary r = new SettlementSummary();
            long[] sales = new long[] { 12345, 2345, 4500 };
            for (int i = 0; i < sales.Length; i++)
            {
                r.Count(Entry(TransactionType.Purchase, sales[i], false));
            }

            r.Count(Entry(TransactionType.Void, 2345, false));
            r.Count(Entry(TransactionType.Refund, 2000, false));
            r.Count(Entry(TransactionType.Purchase, 2500, true));
            r.Count(Entry(TransactionType.Purchase, 3600, true));
            r.Batch = 1;
            r.Operator = 1;
            r.Stamp = "20261122T015000";
            r.Totals.DomesticDebitCount = 4;
            r.Totals.DomesticDebitFen = 12345 + 4500 + 2500 + 3600;
            r.Totals.DomesticCreditCount = 1;
            r.Totals.DomesticCreditFen = 2000;
            r.DomesticCode = uploaded ? '2' : '1';
            r.ForeignCode = '1';
            r.Uploaded = uploaded;
            return r;
        }

        private static LoggedTransaction Entry(TransactionType type, long fen, bool offline)
        {
            LoggedTransaction t = new LoggedTransaction();
            t.Type = type;
            t.AmountFen = fen;
            t.Offline = offline;
            return t;
        }

        /// <summary>
        /// The self-test sample's runner after one run on 2026-11-22 09:50 (Beijing): eight checks, a WARN (Wi-Fi) and a
        /// FAIL (host connection), the echo test skipped. Its trail holds a shift's entries before the run's own.
        /// </summary>
        public static DiagnosticRunner Runner()
        {
            if (_runner != null)
            {
                return _runner;
            }

            SimulatedClock clock = new SimulatedClock(ReportTime);
            SimulatedStorage storage = new SimulatedStorage(64 * 1024);
            Journal journal = new Journal(storage, new JournalOptions(), clock);
            journal.Open();
            AuditTrail trail = new AuditTrail(storage);
            trail.Open(ReportTime.Ticks, false);
            long minute = TimeSpan.TicksPerMinute;
            long t0 = ReportTime.Ticks - (90 * minute);
            trail.Append(t0, 1, AuditEvent.SignOn, "operator 01 signed on");
            trail.Append(t0 + (5 * minute), 1, AuditEvent.Transaction, "sale 123.45 #000123 *0123");
            trail.Append(t0 + (9 * minute), 1, AuditEvent.Decline, "sale 500.00 #000124 *0123 51");
            trail.Append(t0 + (30 * minute), 0, AuditEvent.RoleAction, "void 23.45 #000126 *0123 of #000125");
            trail.Append(t0 + (60 * minute), Operators.Technician, AuditEvent.TechnicianPin, "technician PIN ok");
            trail.Append(t0 + (62 * minute), Operators.Technician, AuditEvent.SettingsChange, "host acq.example:5000");
            DiagnosticContext ctx = new DiagnosticContext(clock, journal, trail);
            ctx.FirmwareVersion = "0.1.0";
            DiagnosticRunner runner = new DiagnosticRunner(ctx, new IDiagnosticCheck[]
            {
                new FixedCheck("firmware", TextKey.DiagFirmware, CheckResult.Pass("0.1.0")),
                new FixedCheck("clock", TextKey.DiagClock, CheckResult.Pass("2026-11-22 01:50")),
                new FixedCheck("battery", TextKey.DiagBattery, CheckResult.Pass("3.71 V, charging")),
                new FixedCheck("storage", TextKey.DiagStorage, CheckResult.Pass("journal ok, 180 KB free")),
                new FixedCheck("wifi", TextKey.DiagWifi, CheckResult.Warn("-78 dBm", TextKey.DiagWifi)),
                new FixedCheck("tcp_connect", TextKey.DiagTcpConnect, CheckResult.Fail("connect failed", TextKey.DiagTcpConnect)),
                new FixedCheck("echo", TextKey.DiagEcho, CheckResult.NotRun("skipped")),
                new FixedCheck("audit", TextKey.DiagAudit, CheckResult.Pass("intact, 6 entries")),
            });
            runner.StartAll();
            _runner = runner;
            return runner;
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
