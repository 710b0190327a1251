using Pos.Core.Localization;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// Turns the transaction machine's <see cref="ScreenModel"/> (a screen id and typed values) into the device
    /// screen in a locale: status bar from a <see cref="StatusSnapshot"/>, title, body, and the key hints of that
    /// state. One table row per <see cref="ScreenIds"/> id (<see cref="Entries"/>): its layout (a method of
    /// <see cref="IdleLayouts"/>, <see cref="EntryLayouts"/>, <see cref="BusyLayouts"/>, <see cref="ResultLayouts"/>,
    /// <see cref="ChecklistLayouts"/> or <see cref="RecordLayouts"/>) and key hints; an id without a row shows its raw id. Checklist screens (declines, local errors) are paged: <see cref="OnKey"/> takes UP/DOWN, and the
    /// page goes back to 1 whenever the model changes. Keep one instance; it allocates only what the catalog fills in.
    /// </summary>
    public sealed class TransactionScreenView
    {
        private static readonly ScreenViewEntry[] Table = new ScreenViewEntry[]
        {
            new ScreenViewEntry(ScreenIds.Idle, IdleLayouts.Idle, TextKey.UiIdleKeys),
            new ScreenViewEntry(ScreenIds.Menu, IdleLayouts.Menu, TextKey.UiKeysPick),
            new ScreenViewEntry(ScreenIds.Amount, EntryLayouts.Amount, TextKey.UiAmountKeys),
            new ScreenViewEntry(ScreenIds.OriginalStan, EntryLayouts.OriginalStan, TextKey.UiAmountKeys),
            new ScreenViewEntry(ScreenIds.VoidConfirm, EntryLayouts.VoidConfirm, TextKey.UiKeysConfirmBack),
            new ScreenViewEntry(ScreenIds.PresentCard, EntryLayouts.PresentCard, TextKey.UiCardKeys),
            new ScreenViewEntry(ScreenIds.Pin, EntryLayouts.Pin, TextKey.UiPinKeys),
            new ScreenViewEntry(ScreenIds.Processing, BusyLayouts.Processing, TextKey.UiKeysBusy),
            new ScreenViewEntry(ScreenIds.Reversing, BusyLayouts.Reversing, TextKey.UiKeysBusy),
            new ScreenViewEntry(ScreenIds.SigningIn, BusyLayouts.SigningIn, TextKey.UiKeysBusy),
            new ScreenViewEntry(ScreenIds.Settling, BusyLayouts.Settling, TextKey.UiKeysBusy),
            new ScreenViewEntry(ScreenIds.Uploading, BusyLayouts.Uploading, TextKey.UiKeysBusy),
            new ScreenViewEntry(ScreenIds.Approved, ResultLayouts.Approved, TextKey.UiKeysDone),
            new ScreenViewEntry(ScreenIds.OfflineApproved, ResultLayouts.OfflineApproved, TextKey.UiKeysDone),
            new ScreenViewEntry(ScreenIds.Balance, ResultLayouts.Balance, TextKey.UiKeysDone),
            new ScreenViewEntry(ScreenIds.Declined, ChecklistLayouts.Declined, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.RetainCard, ChecklistLayouts.RetainCard, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.Failed, ChecklistLayouts.Failed, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.OfflineDeclined, ChecklistLayouts.OfflineDeclined, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.ReversalPending, ChecklistLayouts.ReversalPending, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.NoConnection, ChecklistLayouts.NoConnection, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.ReversalBlocked, ChecklistLayouts.ReversalBlocked, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.SignedIn, ResultLayouts.SignedIn, TextKey.UiKeysDone),
            new ScreenViewEntry(ScreenIds.SignInFailed, ChecklistLayouts.SignInFailed, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.Settled, ResultLayouts.Settled, TextKey.UiKeysDone),
            new ScreenViewEntry(ScreenIds.SettleFailed, ChecklistLayouts.SettleFailed, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.LastTransaction, IdleLayouts.LastTransaction, TextKey.UiKeysConfirm),
            new ScreenViewEntry(ScreenIds.Duplicate, EntryLayouts.Duplicate, TextKey.UiKeysConfirmBack),
            new ScreenViewEntry(ScreenIds.OverLimit, ChecklistLayouts.OverLimit, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.RecordMenu, RecordLayouts.Menu, TextKey.UiKeysPick),
            new ScreenViewEntry(ScreenIds.RecordQuery, RecordLayouts.Query, TextKey.UiRecKeysQuery),
            new ScreenViewEntry(ScreenIds.RecordList, RecordLayouts.List, TextKey.UiRecKeysList),
            new ScreenViewEntry(ScreenIds.RecordDetail, RecordLayouts.Detail, TextKey.UiRecKeysDetail),
            new ScreenViewEntry(ScreenIds.RecordGuide, RecordLayouts.Guide, ScreenViewEntry.HintsFromLayout),
            new ScreenViewEntry(ScreenIds.DaySummary, RecordLayouts.Summary, TextKey.UiKeysView),
        };

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
            get { return Table.Length; }
        }

        /// <summary>Row <paramref name="index"/> of the view table.</summary>
        public static ScreenViewEntry Entries(int index)
        {
            return Table[index];
        }

        /// <summary>The table row of a screen id, or null.</summary>
        public static ScreenViewEntry Find(string id)
        {
            for (int i = 0; i < Table.Length; i++)
            {
                if (Table[i].Id == id)
                {
                    return Table[i];
                }
            }

            return null;
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
            ScreenViewEntry entry = Find(model.Id);
            ScreenLayout layout = entry == null ? IdleLayouts.Unknown : entry.Layout;
            int pages = layout(_canvas, model);
            _pages = pages < 1 ? 1 : pages;
            if (_page >= _pages)
            {
                _page = _pages - 1;
            }

            if (entry != null && entry.KeyHints != ScreenViewEntry.HintsFromLayout)
            {
                _canvas.Keys(entry.KeyHints);
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
