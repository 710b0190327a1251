using System;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Tests.Ui.Screens
{
    /// <summary>A sample <see cref="ScreenModel"/> for every screen id, with the lines the machine fills, and a fixed status.</summary>
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
            ScreenIds.LastTransaction, ScreenIds.Duplicate,
        };

        /// <summary>Parameter lines per id, in the order of <see cref="AllIds"/> (every optional line filled).</summary>
        private static readonly string[][] Lines = new string[][]
        {
            new string[] { "OFFLINE", "2", "REVERSAL:98", "NOT_SIGNED_IN" },
            new string[0],
            new string[] { "PURCHASE", "123.45", "LIMIT" },
            new string[] { "VOID", "000123", "NOT_FOUND" },
            new string[] { "88.00", "622202******1234", "000123" },
            new string[] { "PURCHASE", "123.45", "E2", "CT" },
            new string[] { "123.45", "622202******1234", "******", "RETRY", "OPTIONAL" },
            new string[] { "PURCHASE" },
            new string[] { "98", "2" },
            new string[0],
            new string[0],
            new string[] { "3", "5" },
            new string[] { "123.45", "622202******1234", "A1B2C3", "000042", "REFUND", "123456789012", "20261122T014130", "FALLBACK" },
            new string[] { "88.00", "622202******1234", "000043", "20261122T014130", "FALLBACK" },
            new string[] { "12345.67" },
            new string[] { "55", "NoRetry", "ReEnterPin" },
            new string[] { "41", "OperatorAction", "RetainCard" },
            new string[] { "ZZ" },
            new string[] { "L02" },
            new string[] { "98", "LTO" },
            new string[] { "LNC", "OFFLINE" },
            new string[] { "98", "3" },
            new string[] { "000002" },
            new string[] { "LKC", "KcvMismatch" },
            new string[] { "UPLOADED", "000003", "000002", "999", "9999999999.99", "999", "9999999999.99" },
            new string[] { "LTO" },
            new string[] { "DECLINED", "REFUND", "9999999999.99", "622202******1234", "000042", "123456789012", "20261122T014130", "51" },
            new string[] { "9999999999.99", "622202******1234", "000041", "20261122T014130", "OFFLINE_APPROVED", "9" },
        };

        /// <summary>The sample model of <paramref name="id"/>.</summary>
        public static ScreenModel Model(string id)
        {
            for (int i = 0; i < AllIds.Length; i++)
            {
                if (AllIds[i] == id)
                {
                    return Model(id, Lines[i]);
                }
            }

            return Model(id, new string[0]);
        }

        /// <summary>A model with the given lines.</summary>
        public static ScreenModel Model(string id, string[] lines)
        {
            ScreenModel m = new ScreenModel();
            m.Clear(id);
            for (int i = 0; i < lines.Length; i++)
            {
                m.Set(i, lines[i]);
            }

            return m;
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
    }
}
