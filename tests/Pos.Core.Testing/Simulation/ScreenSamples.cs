using System;
using Pos.Core.Security;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// A sample <see cref="ScreenModel"/> for every screen id, with every value the machine may set filled in (the
    /// longest texts where a screen must show that they fit), and a fixed status: the screen tests' and the PNG
    /// snapshots' models.
    /// </summary>
    public static class ScreenSamples
    {
        /// <summary>Every id of <see cref="ScreenIds"/> (a host test checks this list against the class by reflection).</summary>
        public static readonly string[] AllIds = new string[]
        {
            ScreenIds.Idle, ScreenIds.Menu, ScreenIds.Amount, ScreenIds.OriginalStan, ScreenIds.VoidConfirm,
            ScreenIds.PresentCard, ScreenIds.Pin, ScreenIds.Processing, ScreenIds.Reversing, ScreenIds.SigningIn,
            ScreenIds.Settling, ScreenIds.Uploading, ScreenIds.Approved, ScreenIds.OfflineApproved, ScreenIds.Balance,
            ScreenIds.Declined, ScreenIds.RetainCard, ScreenIds.Failed, ScreenIds.OfflineDeclined,
            ScreenIds.ReversalPending, ScreenIds.NoConnection, ScreenIds.ReversalBlocked,
            ScreenIds.SignedIn, ScreenIds.SignInFailed, ScreenIds.Settled, ScreenIds.SettleFailed,
            ScreenIds.LastTransaction, ScreenIds.Duplicate, ScreenIds.OverLimit, ScreenIds.RecordMenu, ScreenIds.RecordQuery, ScreenIds.RecordList,
            ScreenIds.RecordDetail, ScreenIds.RecordGuide, ScreenIds.DaySummary,
        };

        /// <summary>The sample card, masked.</summary>
        public const string MaskedPan = "622202******1234";

        /// <summary>The largest amount the samples show: ten integer digits with separators.</summary>
        public const long LargeFen = 999999999999;

        /// <summary>01:41:30 UTC on 22 November 2026 (09:41 at UTC+8): the samples' transaction time.</summary>
        public static DateTime SampleTime()
        {
            return new DateTime(2026, 11, 22, 1, 41, 30);
        }

        /// <summary>A model showing <paramref name="id"/> with every value at its "none".</summary>
        public static ScreenModel Empty(string id)
        {
            ScreenModel m = new ScreenModel();
            m.Clear(id);
            return m;
        }

        /// <summary>A balanced settlement: batch 7 closed, 8 open; 3 sales for 1,234.56 and 1 refund for 20.00.</summary>
        public static ScreenModel Balanced()
        {
            ScreenModel m = Empty(ScreenIds.Settled);
            m.Uploaded = false;
            m.Batch = 8;
            m.ClosedBatch = 7;
            m.SalesCount = 3;
            m.SalesFen = 123456;
            m.RefundCount = 1;
            m.RefundFen = 2000;
            return m;
        }

        /// <summary>A result screen that shows one code (FAILED, SIGN_IN_FAILED, …).</summary>
        public static ScreenModel Code(string id, string code)
        {
            ScreenModel m = Empty(id);
            m.Code = code;
            return m;
        }

        /// <summary>The sample model of <paramref name="id"/> (an id without a sample: empty).</summary>
        public static ScreenModel Model(string id)
        {
            ScreenModel m = Empty(id);
            switch (id)
            {
                case ScreenIds.Idle:
                    m.Online = false;
                    m.Queued = 2;
                    m.ReversalReason = "98";
                    m.SignedIn = false;
                    break;
                case ScreenIds.Amount:
                    m.Flow = TxnFlow.Purchase;
                    m.AmountFen = 12345;
                    m.Error = EntryError.Limit;
                    break;
                case ScreenIds.OriginalStan:
                    m.Flow = TxnFlow.Void;
                    m.Digits = "000123";
                    m.Error = EntryError.NotFound;
                    break;
                case ScreenIds.VoidConfirm:
                    Card(m, 8800, 123);
                    break;
                case ScreenIds.PresentCard:
                    m.Flow = TxnFlow.Purchase;
                    m.AmountFen = 12345;
                    m.Error = EntryError.Card;
                    m.Code = "E2";
                    m.AcceptedModes = CardModes.Chip | CardModes.Tap;
                    break;
                case ScreenIds.Pin:
                    m.AmountFen = 12345;
                    m.MaskedPan = MaskedPan;
                    m.PinDigits = 6;
                    m.PinNote = PinNote.Retry;
                    m.PinOptional = true;
                    break;
                case ScreenIds.Processing:
                    m.Flow = TxnFlow.Purchase;
                    break;
                case ScreenIds.Reversing:
                    m.ReversalReason = "98";
                    m.Attempt = 2;
                    break;
                case ScreenIds.Uploading:
                    m.UploadSent = 3;
                    m.UploadTotal = 5;
                    break;
                case ScreenIds.Approved:
                    Card(m, 12345, 42);
                    m.AuthCode = "A1B2C3";
                    m.Flow = TxnFlow.Refund;
                    m.Rrn = "123456789012";
                    m.UtcTime = SampleTime();
                    m.Entry = EntryMode.Fallback;
                    break;
                case ScreenIds.OfflineApproved:
                    Card(m, 8800, 43);
                    m.UtcTime = SampleTime();
                    m.Entry = EntryMode.Fallback;
                    break;
                case ScreenIds.Balance:
                    m.AmountFen = 1234567;
                    m.MaskedPan = MaskedPan;
                    break;
                case ScreenIds.Declined:
                    Decline(m, "55", ResponseClass.NoRetry, ResponseAction.ReEnterPin);
                    Payment(m);
                    break;
                case ScreenIds.RetainCard:
                    Decline(m, "41", ResponseClass.OperatorAction, ResponseAction.RetainCard);
                    Payment(m);
                    break;
                case ScreenIds.Failed:
                    m.Code = "ZZ";
                    Payment(m);
                    break;
                case ScreenIds.OfflineDeclined:
                    m.Code = "L02";
                    Payment(m);
                    break;
                case ScreenIds.ReversalPending:
                    m.ReversalReason = "98";
                    m.Code = "LTO";
                    Payment(m);
                    break;
                case ScreenIds.NoConnection:
                    m.Code = TxnLocalCodes.CodeNoConnection;
                    m.Online = false;
                    Payment(m);
                    break;
                case ScreenIds.ReversalBlocked:
                    m.ReversalReason = "98";
                    m.Attempt = 3;
                    break;
                case ScreenIds.SignedIn:
                    m.Batch = 2;
                    break;
                case ScreenIds.SignInFailed:
                    m.Code = TxnLocalCodes.CodeKeyCheck;
                    m.KeyError = SecurityError.MakCheckValue;
                    break;
                case ScreenIds.Settled:
                    m.Uploaded = true;
                    m.Batch = 3;
                    m.ClosedBatch = 2;
                    m.SalesCount = 999;
                    m.SalesFen = LargeFen;
                    m.RefundCount = 999;
                    m.RefundFen = LargeFen;
                    break;
                case ScreenIds.SettleFailed:
                    m.Code = "LTO";
                    break;
                case ScreenIds.LastTransaction:
                    m.LastStatus = LastStatus.Declined;
                    m.Flow = TxnFlow.Refund;
                    Card(m, LargeFen, 42);
                    m.Batch = 1;
                    m.Rrn = "123456789012";
                    m.UtcTime = SampleTime();
                    m.Code = "51";
                    break;
                case ScreenIds.Duplicate:
                    Card(m, LargeFen, 41);
                    m.UtcTime = SampleTime();
                    m.EarlierOffline = true;
                    m.AgeMinutes = 9;
                    break;
                case ScreenIds.OverLimit:
                    // The daily limit: every line the screen has (the amount, the limit, what is left today).
                    m.Code = TxnLocalCodes.CodeOverDailyLimit;
                    m.Flow = TxnFlow.Purchase;
                    m.AmountFen = LargeFen;
                    m.LimitFen = LargeFen;
                    m.DayTotalFen = 123456;
                    break;
                case ScreenIds.RecordQuery:
                    m.Search = RecordSearch.Amount;
                    m.Digits = "999999999999";
                    m.Error = EntryError.NotFound;
                    break;
                case ScreenIds.RecordList:
                    RecordList(m);
                    break;
                case ScreenIds.RecordDetail:
                case ScreenIds.RecordGuide:
                    m.Record = PendingSale();
                    break;
                case ScreenIds.DaySummary:
                    m.Summary = Summary();
                    break;
            }

            return m;
        }

        /// <summary>
        /// A records list on page 2 of 3 (13 matches): an offline sale flagged, a refund confirming, a void, a sale being
        /// reversed with the largest amount, a voided sale.
        /// </summary>
        public static void RecordList(ScreenModel m)
        {
            RecordStatus[] statuses = new RecordStatus[]
            {
                RecordStatus.Flagged, RecordStatus.Confirming, RecordStatus.Approved, RecordStatus.ReversalPending, RecordStatus.Voided,
            };
            RecordKind[] kinds = new RecordKind[] { RecordKind.OfflineSale, RecordKind.Refund, RecordKind.Void, RecordKind.Sale, RecordKind.Sale };
            TransactionRecord[] rows = new TransactionRecord[statuses.Length];
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] = Record(kinds[i], statuses[i], 999 - i, i == 3 ? LargeFen : 8800 + i);
            }

            m.Search = RecordSearch.Date;
            m.Page = 1;
            m.PageCount = 3;
            m.MatchCount = 13;
            m.ShowRows(rows, rows.Length);
        }

        /// <summary>A sale of the largest amount whose reversal was sent twice and not acknowledged yet, by cashier 7.</summary>
        public static TransactionRecord PendingSale()
        {
            TransactionRecord r = Record(RecordKind.Sale, RecordStatus.ReversalPending, 42, LargeFen);
            r.Rrn = "123456789012";
            r.AuthCode = "A1B2C3";
            r.Operator = 7;
            r.ReversalReason = "98";
            r.ReversalAttempts = 2;
            return r;
        }

        /// <summary>Today's summary: every kind, failed ones, and ten operators (two pages of them).</summary>
        public static DaySummary Summary()
        {
            DaySummary s = new DaySummary();
            s.Day = "20261122";
            s.Batch = 7;
            s.SaleCount = 999;
            s.SaleFen = LargeFen;
            s.VoidCount = 12;
            s.VoidFen = 123456;
            s.RefundCount = 3;
            s.RefundFen = 2000;
            s.OfflineCount = 4;
            s.OfflineFen = 8800;
            s.FailedCount = 5;
            for (int op = 0; op < 9; op++)
            {
                s.AddOperator(op, 12345);
            }

            s.AddOperator(Pos.Core.Common.Operators.None, -2000);
            return s;
        }

        private static TransactionRecord Record(RecordKind kind, RecordStatus status, int stan, long fen)
        {
            TransactionRecord r = new TransactionRecord();
            r.Kind = kind;
            r.Status = status;
            r.Stan = stan;
            r.Batch = 1;
            r.AmountFen = fen;
            r.MaskedPan = MaskedPan;
            r.Last4 = "1234";
            r.UtcTime = SampleTime();
            r.HasTime = true;
            r.LocalDate = "1122";
            return r;
        }

        // The sale a result that did not go through is about: a purchase of 123.45 with the sample card.
        private static void Payment(ScreenModel m)
        {
            m.Flow = TxnFlow.Purchase;
            m.AmountFen = 12345;
            m.MaskedPan = MaskedPan;
        }

        /// <summary>Online, 2 queued, 76 %, 01:41 UTC shown as 09:41 (UTC+8): the golden screens' status bar.</summary>
        public static StatusSnapshot Status()
        {
            StatusSnapshot s = new StatusSnapshot();
            s.Online = true;
            s.OfflineCount = 2;
            s.BatteryPercent = 76;
            s.UtcNow = new DateTime(2026, 11, 22, 1, 41, 30);
            s.UtcOffsetMinutes = StatusSnapshot.ChinaOffsetMinutes;
            return s;
        }

        /// <summary>A view with the demo merchant.</summary>
        public static TransactionScreenView View()
        {
            TransactionScreenView view = new TransactionScreenView();
            view.MerchantName = "DEMO STORE";
            view.TerminalId = "12345678";
            return view;
        }

        /// <summary>Renders one model on a fresh screen.</summary>
        public static Screen Render(TransactionScreenView view, ScreenModel model, int locale)
        {
            Screen screen = new Screen();
            view.Render(model, Status(), locale, screen);
            return screen;
        }

        private static void Card(ScreenModel m, long amountFen, int stan)
        {
            m.AmountFen = amountFen;
            m.MaskedPan = MaskedPan;
            m.Stan = stan;
        }

        private static void Decline(ScreenModel m, string code, ResponseClass cls, ResponseAction action)
        {
            m.Code = code;
            m.Class = cls;
            m.Action = action;
        }
    }
}
