using Pos.Core.Localization;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// Turns the transaction machine's <see cref="ScreenModel"/> (a screen id and typed values) into the device
    /// screen in a locale: status bar from a <see cref="StatusSnapshot"/>, title, body, and the key hints of that
    /// state. One table row per <see cref="ScreenIds"/> id (<see cref="IndexOf"/>): its layout (a method of
    /// <see cref="IdleLayouts"/>, <see cref="EntryLayouts"/>, <see cref="BusyLayouts"/>, <see cref="ResultLayouts"/>,
    /// <see cref="ChecklistLayouts"/> or <see cref="RecordLayouts"/>) and key hints; an id without a row shows its raw id. Checklist screens (declines, local errors) are paged: <see cref="OnKey"/> takes UP/DOWN, and the
    /// page goes back to 1 whenever the model changes. Keep one instance; it allocates only what the catalog fills in.
    /// </summary>
    public sealed class TransactionScreenView
    {
        /// <summary>No fixed key hints: the layout writes them (checklists choose by page count).</summary>
        public const int HintsFromLayout = -1;

        // The view table, one row per screen id. Row r is the r-th id of IdList and case r of Draw, which runs the row's
        // layout and gives the row's key-hint TextKey (or HintsFromLayout). The ids are one literal (the compiler joins
        // the constants) and the layouts a switch, not a table of row objects and delegates: nanoCLR builds every static
        // table at start-up and keeps it for good, about 7 KB of heap for 35 rows on a 64-bit build.
        private const string IdList =
            ScreenIds.Idle
            + "," + ScreenIds.Menu
            + "," + ScreenIds.Amount
            + "," + ScreenIds.OriginalStan
            + "," + ScreenIds.VoidConfirm
            + "," + ScreenIds.PresentCard
            + "," + ScreenIds.Pin
            + "," + ScreenIds.Processing
            + "," + ScreenIds.Reversing
            + "," + ScreenIds.SigningIn
            + "," + ScreenIds.Settling
            + "," + ScreenIds.Uploading
            + "," + ScreenIds.Approved
            + "," + ScreenIds.OfflineApproved
            + "," + ScreenIds.Balance
            + "," + ScreenIds.Declined
            + "," + ScreenIds.RetainCard
            + "," + ScreenIds.Failed
            + "," + ScreenIds.OfflineDeclined
            + "," + ScreenIds.ReversalPending
            + "," + ScreenIds.NoConnection
            + "," + ScreenIds.ReversalBlocked
            + "," + ScreenIds.SignedIn
            + "," + ScreenIds.SignInFailed
            + "," + ScreenIds.Settled
            + "," + ScreenIds.SettleFailed
            + "," + ScreenIds.LastTransaction
            + "," + ScreenIds.Duplicate
            + "," + ScreenIds.OverLimit
            + "," + ScreenIds.RecordMenu
            + "," + ScreenIds.RecordQuery
            + "," + ScreenIds.RecordList
            + "," + ScreenIds.RecordDetail
            + "," + ScreenIds.RecordGuide
            + "," + ScreenIds.DaySummary;

        // One heap string for the list (each use of the constant would make a new one), and where each row's id starts
        // in it, plus the end of the list + 1 as the last entry.
        private static readonly string Ids = IdList;
        private static readonly ushort[] Starts = RowStarts();

        private readonly ScreenCanvas _canvas = new ScreenCanvas();
        private string _shownId;
        private int _shownVersion = -1;
        private int _page;
        private int _pages = 1;

        /// <summary>Merchant name on the idle screen (empty: not shown). Truncated at the row's end.</summary>
        public string MerchantName
        {
            get { return _canvas.MerchantName; }
            set { _canvas.MerchantName = value == null ? string.Empty : value; }
        }

        /// <summary>Terminal id on the idle screen (empty: not shown).</summary>
        public string TerminalId
        {
            get { return _canvas.TerminalId; }
            set { _canvas.TerminalId = value == null ? string.Empty : value; }
        }

        /// <summary>The page shown (0-based).</summary>
        public int Page
        {
            get { return _page; }
        }

        /// <summary>Pages of the screen shown (1 unless a long checklist).</summary>
        public int PageCount
        {
            get { return _pages; }
        }

        /// <summary>Texts that did not fit their place in the last <see cref="Render"/> (0 on every screen; tests check it).</summary>
        public int ClippedWrites
        {
            get { return _canvas.Clipped; }
        }

        /// <summary>Number of rows in the view table.</summary>
        public static int EntryCount
        {
            get { return Starts.Length - 1; }
        }

        /// <summary>The screen id of row <paramref name="row"/> of the view table.</summary>
        public static string IdAt(int row)
        {
            return Ids.Substring(Starts[row], Starts[row + 1] - 1 - Starts[row]);
        }

        /// <summary>The view table row of a screen id, or -1. Allocates nothing.</summary>
        public static int IndexOf(string id)
        {
            if (id == null || id.Length == 0)
            {
                return -1;
            }

            for (int at = Ids.IndexOf(id); at >= 0; at = Ids.IndexOf(id, at + 1))
            {
                for (int row = 0; row < Starts.Length - 1; row++)
                {
                    if (Starts[row] == at && Starts[row + 1] - 1 == at + id.Length)
                    {
                        return row;
                    }
                }
            }

            return -1;
        }

        /// <summary>Composes the whole screen for <paramref name="model"/> in <paramref name="locale"/>. Returns the page count.</summary>
        public int Render(ScreenModel model, StatusSnapshot status, int locale, Screen screen)
        {
            if (model.Id != _shownId || model.Version != _shownVersion)
            {
                _shownId = model.Id;
                _shownVersion = model.Version;
                _page = 0;
            }

            Prepare(status, locale, screen);
            _canvas.Page = _page;
            _canvas.Begin();
            int hints;
            int pages = Draw(IndexOf(model.Id), _canvas, model, out hints);
            _pages = pages < 1 ? 1 : pages;
            if (_page >= _pages)
            {
                _page = _pages - 1;
            }

            if (hints != HintsFromLayout)
            {
                _canvas.Keys(hints);
            }

            return _pages;
        }

        /// <summary>Redraws only row 0 (clock tick, link change); render it with <c>ScreenRenderer.RenderRow(screen, Screen.StatusRow, display)</c>.</summary>
        public void RenderStatus(StatusSnapshot status, int locale, Screen screen)
        {
            Prepare(status, locale, screen);
            _canvas.Bar.Draw(screen, locale);
        }

        /// <summary>UP / DOWN turn the page of a paged screen. True when the page changed: render again.</summary>
        public bool OnKey(Key key)
        {
            if (key == Key.Down && _page + 1 < _pages)
            {
                _page++;
                return true;
            }

            if (key == Key.Up && _page > 0)
            {
                _page--;
                return true;
            }

            return false;
        }

        // Runs the layout of a row of the view table (-1: the unknown-id screen) and gives its key hints.
        private static int Draw(int row, ScreenCanvas canvas, ScreenModel model, out int hints)
        {
            switch (row)
            {
                case 0: hints = TextKey.UiIdleKeys; return IdleLayouts.Idle(canvas, model); // Idle
                case 1: hints = TextKey.UiKeysPick; return IdleLayouts.Menu(canvas, model); // Menu
                case 2: hints = TextKey.UiAmountKeys; return EntryLayouts.Amount(canvas, model); // Amount
                case 3: hints = TextKey.UiAmountKeys; return EntryLayouts.OriginalStan(canvas, model); // OriginalStan
                case 4: hints = TextKey.UiKeysConfirmBack; return EntryLayouts.VoidConfirm(canvas, model); // VoidConfirm
                case 5: hints = TextKey.UiCardKeys; return EntryLayouts.PresentCard(canvas, model); // PresentCard
                case 6: hints = TextKey.UiPinKeys; return EntryLayouts.Pin(canvas, model); // Pin
                case 7: hints = TextKey.UiKeysBusy; return BusyLayouts.Processing(canvas, model); // Processing
                case 8: hints = TextKey.UiKeysBusy; return BusyLayouts.Reversing(canvas, model); // Reversing
                case 9: hints = TextKey.UiKeysBusy; return BusyLayouts.SigningIn(canvas, model); // SigningIn
                case 10: hints = TextKey.UiKeysBusy; return BusyLayouts.Settling(canvas, model); // Settling
                case 11: hints = TextKey.UiKeysBusy; return BusyLayouts.Uploading(canvas, model); // Uploading
                case 12: hints = TextKey.UiKeysDone; return ResultLayouts.Approved(canvas, model); // Approved
                case 13: hints = TextKey.UiKeysDone; return ResultLayouts.OfflineApproved(canvas, model); // OfflineApproved
                case 14: hints = TextKey.UiKeysDone; return ResultLayouts.Balance(canvas, model); // Balance
                case 15: hints = HintsFromLayout; return ChecklistLayouts.Declined(canvas, model); // Declined
                case 16: hints = HintsFromLayout; return ChecklistLayouts.RetainCard(canvas, model); // RetainCard
                case 17: hints = HintsFromLayout; return ChecklistLayouts.Failed(canvas, model); // Failed
                case 18: hints = HintsFromLayout; return ChecklistLayouts.OfflineDeclined(canvas, model); // OfflineDeclined
                case 19: hints = HintsFromLayout; return ChecklistLayouts.ReversalPending(canvas, model); // ReversalPending
                case 20: hints = HintsFromLayout; return ChecklistLayouts.NoConnection(canvas, model); // NoConnection
                case 21: hints = HintsFromLayout; return ChecklistLayouts.ReversalBlocked(canvas, model); // ReversalBlocked
                case 22: hints = TextKey.UiKeysDone; return ResultLayouts.SignedIn(canvas, model); // SignedIn
                case 23: hints = HintsFromLayout; return ChecklistLayouts.SignInFailed(canvas, model); // SignInFailed
                case 24: hints = TextKey.UiKeysDone; return ResultLayouts.Settled(canvas, model); // Settled
                case 25: hints = HintsFromLayout; return ChecklistLayouts.SettleFailed(canvas, model); // SettleFailed
                case 26: hints = TextKey.UiKeysConfirm; return IdleLayouts.LastTransaction(canvas, model); // LastTransaction
                case 27: hints = TextKey.UiKeysConfirmBack; return EntryLayouts.Duplicate(canvas, model); // Duplicate
                case 28: hints = HintsFromLayout; return ChecklistLayouts.OverLimit(canvas, model); // OverLimit
                case 29: hints = TextKey.UiKeysPick; return RecordLayouts.Menu(canvas, model); // RecordMenu
                case 30: hints = TextKey.UiRecKeysQuery; return RecordLayouts.Query(canvas, model); // RecordQuery
                case 31: hints = TextKey.UiRecKeysList; return RecordLayouts.List(canvas, model); // RecordList
                case 32: hints = TextKey.UiRecKeysDetail; return RecordLayouts.Detail(canvas, model); // RecordDetail
                case 33: hints = HintsFromLayout; return RecordLayouts.Guide(canvas, model); // RecordGuide
                case 34: hints = TextKey.UiKeysView; return RecordLayouts.Summary(canvas, model); // DaySummary
                default: hints = HintsFromLayout; return IdleLayouts.Unknown(canvas, model);
            }
        }

        private static ushort[] RowStarts()
        {
            int rows = 1;
            for (int at = Ids.IndexOf(','); at >= 0; at = Ids.IndexOf(',', at + 1))
            {
                rows++;
            }

            ushort[] starts = new ushort[rows + 1];
            int row = 0;
            for (int at = Ids.IndexOf(','); at >= 0; at = Ids.IndexOf(',', at + 1))
            {
                starts[++row] = (ushort)(at + 1);
            }

            starts[rows] = (ushort)(Ids.Length + 1);
            return starts;
        }

        private void Prepare(StatusSnapshot status, int locale, Screen screen)
        {
            if (status == null || screen == null)
            {
                throw new System.ArgumentNullException(nameof(status));
            }

            status.CopyTo(_canvas.Bar);
            _canvas.UtcOffsetMinutes = status.UtcOffsetMinutes;
            _canvas.Screen = screen;
            _canvas.Locale = locale;
        }
    }
}
