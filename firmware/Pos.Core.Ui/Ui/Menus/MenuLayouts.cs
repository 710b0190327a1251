using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The menu's drawing: composes the <see cref="MenuContext.Screen"/> of the state in front by its entry kind
    /// (<see cref="MenuStateRow.Entry"/>) — lists, PIN prompts, the lockout, the self-test summary, paged text, the two
    /// confirm screens and a flagged sale — and has the <see cref="InteractiveTests"/>, the master key load and the
    /// <see cref="AuditView"/> draw theirs. Only text into the
    /// screen; the presenter puts it on the display.
    /// </summary>
    public sealed class MenuLayouts
    {
        /// <summary>The row of notes and page numbers.</summary>
        public const int NoteRow = 13;

        // Titles sit on row 2, as on the transaction screens: row 1 stays blank under the status bar.
        private const int TitleRow = 2;
        private const int ListFirstRow = 3;
        private const int ListRows = 10;
        private const int SummaryFirstRow = 3;
        private const int SummaryRows = 10;
        private const int PagedFirstRow = 3;
        private const int PagedRows = 10;
        private const int ClearStepRows = 4;
        private const int StorageStepRows = 9;

        private readonly MenuContext _ctx;
        private readonly Screen _screen;
        private readonly TechnicianPinGate _gate;
        private readonly InteractiveTests _tests;
        private readonly FlaggedReview _flagged;
        private readonly MasterKeyLoading _keyLoad;
        private readonly AuditView _audit;
        private readonly OperatorDesk _desk;
        private readonly MerchantSettings _settings;
        private readonly ChecklistHeader _header = new ChecklistHeader();

        /// <summary>Creates the layouts over the menu's context and the parts whose state they show.</summary>
        public MenuLayouts(MenuContext ctx, TechnicianPinGate gate, InteractiveTests tests, FlaggedReview flagged, MasterKeyLoading keyLoad,
            AuditView audit, OperatorDesk desk, MerchantSettings settings)
        {
            _settings = settings;
            _audit = audit;
            _desk = desk;
            _keyLoad = keyLoad;
            _ctx = ctx;
            _screen = ctx.Screen;
            _gate = gate;
            _tests = tests;
            _flagged = flagged;
        }

        /// <summary>Composes the screen of the state in front (nothing when the menu is closed).</summary>
        public void Draw()
        {
            if (_ctx.State == MenuState.Closed)
            {
                return;
            }

            _screen.Clear();
            MenuStateRow row = MenuTable.Row(_ctx.State);
            switch (row.Entry)
            {
                case MenuEntry.List:
                    DrawList(row);
                    break;
                case MenuEntry.Pin:
                    DrawPin();
                    break;
                case MenuEntry.Locked:
                    DrawLocked();
                    break;
                case MenuEntry.Running:
                    _tests.DrawRunning();
                    break;
                case MenuEntry.Pattern:
                    _tests.DrawPattern();
                    break;
                case MenuEntry.Keypad:
                    _tests.DrawKeypad();
                    break;
                case MenuEntry.Card:
                    _tests.DrawCard();
                    break;
                case MenuEntry.Summary:
                    DrawSummary();
                    break;
                case MenuEntry.Paged:
                    DrawPaged(row);
                    break;
                case MenuEntry.Confirm:
                    if (_ctx.State == MenuState.ConfirmStorage)
                    {
                        DrawConfirmStorage(row);
                    }
                    else
                    {
                        DrawClearReversal(row);
                    }

                    break;
                case MenuEntry.Review:
                    DrawFlagged();
                    break;
                case MenuEntry.KeyLoad:
                    _keyLoad.Draw(_screen);
                    DrawNote();
                    break;
                case MenuEntry.Audit:
                    _audit.Draw(_screen);
                    DrawNote();
                    break;
                case MenuEntry.Operator:
                    _desk.Draw(_screen);
                    DrawNote();
                    break;
                case MenuEntry.Setting:
                    _settings.Draw(_screen);
                    DrawNote();
                    break;
                default:
                    break;
            }
        }

        private void DrawLocked()
        {
            _ctx.Status.Draw(_screen, _ctx.Locale);
            _screen.Write(2, 2, _ctx.Text(TextKey.UiMenuLocked), TextStyle.Declined);
            long minutes = (_gate.LockRemainingMs() + 59999) / 60000;
            _screen.Write(5, 2, TextFormat.Fill(_ctx.Text(TextKey.UiPinLockedFor), minutes.ToString()), TextStyle.Normal);
            _screen.SetKeyHints(_ctx.Text(TextKey.UiKeysConfirmBack));
        }

        // "Storage started empty" and what it means for a new and for an in-service terminal (local.storage_new), paged.
        private void DrawConfirmStorage(MenuStateRow row)
        {
            _ctx.Status.Draw(_screen, _ctx.Locale);
            _screen.Write(TitleRow, 1, _ctx.Text(row.TitleKey), TextStyle.Title);
            DrawWarningChecklist(3, TextKey.LocalStorageNew, StorageStepRows, TextKey.UiKeysStorage, TextKey.UiKeysStoragePaged);
        }

        // Which sale, then "the host may keep this charge" and what to check (local.reversal_clear), paged.
        private void DrawClearReversal(MenuStateRow row)
        {
            _ctx.Status.Draw(_screen, _ctx.Locale);
            _screen.Write(TitleRow, 1, _ctx.Text(row.TitleKey), TextStyle.Title);
            PendingReversalInfo r = _ctx.Reversal;
            if (r != null)
            {
                _screen.Write(3, 2, _ctx.Label(TextKey.UiLabelTrace) + Protocol.Numeric.Format(r.Stan, 6), TextStyle.Normal);
                _screen.Write(4, 2, _ctx.Label(TextKey.UiLabelBatch) + Protocol.Numeric.Format(r.Batch, 6), TextStyle.Normal);
                _screen.Write(5, 2, _ctx.Label(TextKey.UiLabelAmount) + (r.AmountFen < 0 ? "?" : ScreenText.Amount(r.AmountFen)), TextStyle.Normal);
                _screen.Write(6, 2, _ctx.Label(TextKey.UiLabelCard) + (r.MaskedPan.Length == 0 ? "?" : r.MaskedPan), TextStyle.Normal);
                _screen.Write(7, 2, TextFormat.Fill(_ctx.Text(TextKey.UiReversalReason), r.Reason, r.Attempts.ToString()), TextStyle.Dim);
            }

            DrawWarningChecklist(8, TextKey.LocalReversalClear, ClearStepRows, TextKey.UiKeysClear, TextKey.UiKeysClearPaged);
        }

        // A confirm screen's warning (the entry's title, red marker) and its steps below it, one page at a time; the page
        // number and the key hints (the paged variant when there is more than one page).
        private void DrawWarningChecklist(int warningRow, int entryKey, int stepRows, int keysKey, int pagedKeysKey)
        {
            _screen.Write(warningRow, 0, " ! ", TextStyle.Declined);
            _screen.Write(warningRow, 4, _ctx.Text(entryKey), TextStyle.Warning);
            ChecklistLayout steps = new ChecklistLayout(Catalog.Steps(_ctx.Locale, entryKey), ChecklistScreen.StepWidth, stepRows);
            SetPages(steps.PageCount);
            for (int i = 0; i < steps.LineCount(_ctx.Page); i++)
            {
                _screen.Write(warningRow + 1 + i, 1, steps.Line(_ctx.Page, i), TextStyle.Normal);
            }

            DrawPageNumber();
            _screen.SetKeyHints(_ctx.Text(_ctx.PageCount > 1 ? pagedKeysKey : keysKey));
        }

        // One flagged sale: amount, masked card, id, the host's code (with its title), the reason, how long it waited.
        private void DrawFlagged()
        {
            _ctx.Status.Draw(_screen, _ctx.Locale);
            _screen.Write(TitleRow, 1, _ctx.Text(TextKey.UiMenuFlagged), TextStyle.Title);
            FlaggedAdvice f = _flagged.Current;
            if (f != null)
            {
                _screen.Write(3, 2, _ctx.Label(TextKey.UiLabelAmount) + Money.Format(f.AmountFen, _ctx.Locale), TextStyle.Normal);
                _screen.Write(4, 2, _ctx.Label(TextKey.UiLabelCard) + (f.MaskedPan.Length == 0 ? "-" : f.MaskedPan), TextStyle.Normal);
                _screen.Write(5, 2, _ctx.Label(TextKey.UiLabelTrace) + Protocol.Numeric.Format(f.Stan, 6) + "  " + _ctx.Label(TextKey.UiLabelBatch)
                    + Protocol.Numeric.Format(f.Batch, 6), TextStyle.Normal);
                _screen.Write(6, 2, _ctx.Label(TextKey.UiLabelCode) + (f.Code.Length == 0 ? "-" : f.Code), TextStyle.Normal);
                if (f.Code.Length > 0)
                {
                    _screen.Write(7, 4, Catalog.CodeTitle(_ctx.Locale, f.Code), TextStyle.Dim);
                }

                _screen.Write(8, 2, _ctx.Label(TextKey.UiLabelReason), TextStyle.Normal);
                _screen.Write(9, 4, _ctx.Text(FlaggedReview.ReasonKey(f.Reason)), TextStyle.Warning);
                _screen.Write(10, 2, _ctx.Label(TextKey.UiLabelAge) + DiagnosticFormat.Age(f.AgeMs), TextStyle.Normal);
            }

            DrawNote();
            _screen.SetKeyHints(_ctx.Text(TextKey.UiFlagKeys));
        }

        private void DrawList(MenuStateRow row)
        {
            _ctx.Status.Draw(_screen, _ctx.Locale);
            _screen.Write(TitleRow, 1, _ctx.Text(row.TitleKey), TextStyle.Title);
            int count = _ctx.ListCount();
            int sel = _ctx.Selection;
            int pages = count <= ListRows ? 1 : ((count + ListRows - 1) / ListRows);
            int first = (sel / ListRows) * ListRows;
            if (pages > 1)
            {
                _screen.WriteRight(TitleRow, ((sel / ListRows) + 1).ToString() + "/" + pages.ToString() + " ", TextStyle.Dim);
            }

            if (count == 0)
            {
                _screen.Write(ListFirstRow, 2, _ctx.Text(_ctx.State == MenuState.Flagged ? TextKey.UiFlagNone : TextKey.UiDiagNoReport), TextStyle.Dim);
            }

            for (int i = first; i < count && i < first + ListRows; i++)
            {
                int r = ListFirstRow + (i - first);
                bool selected = i == sel;
                byte style = selected ? TextStyle.Inverse : TextStyle.Normal;
                if (selected)
                {
                    _screen.FillRow(r, TextStyle.Inverse);
                }

                string label = ItemLabel(i);
                if (_ctx.State == MenuState.Main || _ctx.State == MenuState.PrintSlips)
                {
                    label = (i + 1).ToString() + ". " + label;
                }

                _screen.Write(r, 2, label, style);
            }

            DrawNote();
            _screen.SetKeyHints(_ctx.Text(TextKey.UiKeysMenu));
        }

        private string ItemLabel(int i)
        {
            switch (_ctx.State)
            {
                case MenuState.Merchant:
                    return _ctx.Text(MenuTable.MerchantItems.LabelKey(i));
                case MenuState.Language:
                    return Catalog.Get(i, TextKey.MetaName);
                case MenuState.Main:
                    return _ctx.Text(MenuTable.MainItems.LabelKey(i));
                case MenuState.Cashiers:
                    return _ctx.Text(MenuTable.CashierItems.LabelKey(i));
                case MenuState.MerchantSettings:
                    return _settings.ItemLabel(i);
                case MenuState.PrintSlips:
                    return _ctx.Text(MenuTable.PrintItems.LabelKey(i));
                case MenuState.PickCheck:
                    return _ctx.Text(_ctx.Runner.CheckAt(i).TitleKey);
                case MenuState.Reports:
                    JournalState journal = _ctx.Journal.State;
                    LogEntry e = journal.DiagnosticsAt(journal.DiagnosticsCount - 1 - i);
                    return DiagnosticFormat.DateTimeText(new System.DateTime(e.UtcTicks)) + "  " + DiagnosticReport.TotalsOf(e.Text);
                case MenuState.Flagged:
                    // "000012  ¥50.00  51": trace number, amount, the host's code ("-" for none).
                    FlaggedAdvice f = _ctx.Offline == null ? null : _ctx.Offline.FlaggedAt(i);
                    return f == null ? string.Empty : Protocol.Numeric.Format(f.Stan, 6) + "  " + Money.Format(f.AmountFen, _ctx.Locale) + "  "
                        + (f.Code.Length == 0 ? "-" : f.Code);
                default:
                    return string.Empty;
            }
        }

        private void DrawNote()
        {
            if (_ctx.NoteKey >= 0)
            {
                string text = _ctx.Text(_ctx.NoteKey);
                if (_ctx.NoteArg != null)
                {
                    text = TextFormat.Fill(text, _ctx.NoteArg);
                }

                _screen.Write(NoteRow, 2, text, TextStyle.Warning);
            }
        }

        private void DrawPin()
        {
            _ctx.Status.Draw(_screen, _ctx.Locale);
            MenuState state = _ctx.State;
            int title = state == MenuState.PinEntry ? TextKey.UiMenuPin : state == MenuState.NewPin ? TextKey.UiPinNew : TextKey.UiPinAgain;
            _screen.Write(2, 2, _ctx.Text(title), TextStyle.Title);
            string stars = string.Empty;
            for (int i = 0; i < _gate.Count; i++)
            {
                stars = stars + "* ";
            }

            _screen.FillRow(6, TextStyle.Normal);
            _screen.WriteCentered(6, stars.Length == 0 ? "_" : stars, TextStyle.Normal);
            DrawNote();
            _screen.SetKeyHints(_ctx.Text(TextKey.UiPinKeys));
        }

        private void DrawSummary()
        {
            DiagnosticRunner runner = _ctx.Runner;
            _ctx.Status.Draw(_screen, _ctx.Locale);
            _screen.Write(TitleRow, 1, _ctx.Text(TextKey.UiMenuSummary), TextStyle.Title);
            int count = runner.Count;
            int sel = _ctx.Selection;
            int pages = (count + SummaryRows - 1) / SummaryRows;
            int first = (sel / SummaryRows) * SummaryRows;
            _screen.WriteRight(TitleRow, ((sel / SummaryRows) + 1).ToString() + "/" + pages.ToString() + " ", TextStyle.Dim);
            for (int i = first; i < count && i < first + SummaryRows; i++)
            {
                int r = SummaryFirstRow + (i - first);
                bool selected = i == sel;
                if (selected)
                {
                    _screen.FillRow(r, TextStyle.Inverse);
                }

                _screen.Write(r, 1, _ctx.Text(runner.CheckAt(i).TitleKey), selected ? TextStyle.Inverse : TextStyle.Normal);
                CheckStatus status = runner.ResultAt(i).Status;
                string badge = " " + _ctx.Text(CheckStatusNames.LabelKey(status)) + " ";
                // A result kept from an earlier run is greyed: only this run's results carry their colour.
                _screen.Write(r, Screen.Columns - 1 - TextLayout.Cells(badge), badge, runner.IsCurrent(i) ? CheckBadge.Style(status) : TextStyle.Dim);
            }

            string value = DiagnosticValueText.Localize(runner.ResultAt(sel).Value, _ctx.Locale);
            if (runner.ResultAt(sel).Status != CheckStatus.NotRun && !runner.IsCurrent(sel))
            {
                value = TextFormat.Fill(_ctx.Text(TextKey.UiDiagEarlier), value);
            }

            if (_ctx.NoteKey >= 0)
            {
                DrawNote(); // the answer to "1 print", until the selection moves
            }
            else
            {
                _screen.Write(NoteRow, 2, value, TextStyle.Dim);
            }

            _screen.SetKeyHints(_ctx.Text(TextKey.UiKeysSummary));
        }

        private void DrawPaged(MenuStateRow row)
        {
            if (_ctx.State == MenuState.Checklist)
            {
                CheckResult r = _ctx.Runner.ResultAt(_ctx.ChecklistIndex);
                int key = r.HasChecklist ? r.ChecklistKey : _ctx.Runner.CheckAt(_ctx.ChecklistIndex).TitleKey;
                // The result word is the badge and the measured value the detail line, in the reader's words.
                _header.Clear();
                _header.Badge = _ctx.Text(CheckStatusNames.LabelKey(r.Status));
                _header.Detail = DiagnosticValueText.Localize(r.Value, _ctx.Locale);
                _header.DetailStyle = TextStyle.Dim;
                bool current = _ctx.Runner.IsCurrent(_ctx.ChecklistIndex);
                if (!current)
                {
                    _header.Detail = TextFormat.Fill(_ctx.Text(TextKey.UiDiagEarlier), _header.Detail);
                }

                SetPages(ChecklistScreen.BuildEntry(_screen, _ctx.Status, _ctx.Locale, key, current ? CheckBadge.Style(r.Status) : TextStyle.Dim, _ctx.Page, _header));
                return;
            }

            string[] lines = _ctx.State == MenuState.ReportView ? ReportLines() : SettingsLines();
            SetPages(lines.Length == 0 ? 1 : (lines.Length + PagedRows - 1) / PagedRows);
            _ctx.Status.Draw(_screen, _ctx.Locale);
            _screen.Write(TitleRow, 1, _ctx.Text(row.TitleKey), TextStyle.Title);
            for (int i = 0; i < PagedRows; i++)
            {
                int n = (_ctx.Page * PagedRows) + i;
                if (n < lines.Length)
                {
                    _screen.Write(PagedFirstRow + i, 1, lines[n], TextStyle.Normal);
                }
            }

            DrawPageNumber();
            _screen.SetKeyHints(_ctx.Text(TextKey.UiKeysView));
        }

        // The page count of what was just laid out; the page in front kept within it.
        private void SetPages(int pages)
        {
            _ctx.PageCount = pages;
            _ctx.Page = MenuContext.Clamp(_ctx.Page, pages);
        }

        // "page 2/3" on the note row when there is more than one page.
        private void DrawPageNumber()
        {
            if (_ctx.PageCount > 1)
            {
                _screen.WriteRight(NoteRow, TextFormat.Fill(_ctx.Text(TextKey.UiPage), (_ctx.Page + 1).ToString(), _ctx.PageCount.ToString()) + " ", TextStyle.Dim);
            }
        }

        private string[] ReportLines()
        {
            JournalState journal = _ctx.Journal.State;
            int n = journal.DiagnosticsCount;
            if (_ctx.ReportIndex < 0 || _ctx.ReportIndex >= n)
            {
                return new string[0];
            }

            return DiagnosticReport.Lines(journal.DiagnosticsAt(_ctx.ReportIndex).Text);
        }

        private string[] SettingsLines()
        {
            DiagnosticContext ctx = _ctx.Runner.Context;
            string host = ctx.Setting(DiagnosticsSettingsKeys.HostName);
            string port = ctx.Setting(DiagnosticsSettingsKeys.HostPort);
            string[] lines = new string[9 + (int)KeySlot.Count];
            lines[0] = _ctx.Label(TextKey.UiSettingsHost) + (host ?? "-") + (port == null ? string.Empty : ":" + port);
            lines[1] = _ctx.Label(TextKey.UiSettingsTid) + (ctx.Setting(DiagnosticsSettingsKeys.TerminalId) ?? "-");
            lines[2] = _ctx.Label(TextKey.UiSettingsMid) + (ctx.Setting(DiagnosticsSettingsKeys.MerchantId) ?? "-");
            lines[3] = _ctx.Label(TextKey.UiSettingsBatch) + Protocol.Numeric.Format(_ctx.Journal.State.BatchNumber, 6);
            lines[4] = _ctx.Label(TextKey.UiMenuLocale) + _ctx.Text(TextKey.MetaName);
            lines[5] = _ctx.Label(TextKey.UiMenuTitle) + KeySequence.Describe(_ctx.Sequence);
            for (int s = 0; s < (int)KeySlot.Count; s++)
            {
                lines[6 + s] = ctx.Keys == null ? KeySlotNames.Of((KeySlot)s) + " -" : ctx.Keys.Describe((KeySlot)s);
            }

            // The merchant's limits (read-only here; the supervisor sets them in the merchant settings).
            int at = 6 + (int)KeySlot.Count;
            TransactionLimits limits = _ctx.Transactions == null ? null : _ctx.Transactions.Limits;
            lines[at] = Limit(TextKey.UiLimitSale, limits == null ? 0 : limits.SaleFen);
            lines[at + 1] = Limit(TextKey.UiLimitDaily, limits == null ? 0 : limits.DailyFen);
            lines[at + 2] = Limit(TextKey.UiLimitRefund, limits == null ? 0 : limits.RefundFen);
            return lines;
        }

        // "Limit per sale: CNY 500.00", or "… none" for 0.
        private string Limit(int template, long fen)
        {
            return TextFormat.Fill(_ctx.Text(template), fen == 0 ? _ctx.Text(TextKey.UiLimitNone) : Money.Format(fen, _ctx.Locale));
        }
    }
}
