using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// "Audit trail" in the technician menu (<see cref="MenuState.AuditTrail"/>): the chain's status on the first row
    /// ("Chain intact, 1234 entries", or "Chain BROKEN at #812: edited entry" in the declined style), then the entries
    /// newest first, <see cref="EntriesPerPage"/> a page: "#812 2025-03-01 09:40 98" and the event's label, the text
    /// wrapped below it (two rows at most; the export has every character). Only the page in front is read from the
    /// flash. 1 writes the whole trail to the serial log (<see cref="AuditExport"/>).
    /// </summary>
    public sealed class AuditView
    {
        /// <summary>Entries on one page.</summary>
        public const int EntriesPerPage = 3;

        private const int TitleRow = 2;
        private const int ChainRow = 3;
        private const int FirstRow = 4;
        private const int TextRows = 2;
        private const int TextColumn = 3;
        private const int TextWidth = Screen.Columns - TextColumn - 1;
        private const string More = "...";

        private readonly MenuContext _ctx;
        private readonly ISerialLog _log;
        private readonly AuditEntry[] _page = new AuditEntry[EntriesPerPage];

        /// <summary>Creates the view over the menu's context; exports go to <paramref name="log"/>.</summary>
        public AuditView(MenuContext ctx, ISerialLog log)
        {
            _ctx = ctx;
            _log = log;
            for (int i = 0; i < _page.Length; i++)
            {
                _page[i] = new AuditEntry();
            }
        }

        /// <summary>1: the whole trail to the serial log; the note says how many entries went.</summary>
        public void Export()
        {
            int written = AuditExport.Write(_ctx.Audit, _ctx.Runner.Context.Clock.UtcNow, _log);
            _ctx.Note(TextKey.UiAuditExported, written.ToString());
        }

        /// <summary>The event's label in the merchant's locale (its number for a kind this firmware does not know).</summary>
        public string EventLabel(AuditEvent kind)
        {
            return AuditLabels.Event(_ctx.Locale, kind);
        }

        /// <summary>Composes the page in front (the note row is the menu's).</summary>
        public void Draw(Screen screen)
        {
            AuditTrail trail = _ctx.Audit;
            int count = trail.Count;
            _ctx.PageCount = count == 0 ? 1 : (count + EntriesPerPage - 1) / EntriesPerPage;
            _ctx.Page = MenuContext.Clamp(_ctx.Page, _ctx.PageCount);
            _ctx.Status.Draw(screen, _ctx.Locale);
            screen.Write(TitleRow, 1, _ctx.Text(TextKey.UiMenuAudit), TextStyle.Title);
            if (_ctx.PageCount > 1)
            {
                screen.WriteRight(TitleRow, (_ctx.Page + 1).ToString() + "/" + _ctx.PageCount.ToString() + " ", TextStyle.Dim);
            }

            DrawChain(screen, trail);
            if (count == 0)
            {
                screen.Write(FirstRow, 2, _ctx.Text(TextKey.UiAuditNone), TextStyle.Dim);
            }

            // Newest first: the page's entries are the kept positions [newest - shown + 1, newest], read forward once.
            int newest = count - 1 - (_ctx.Page * EntriesPerPage);
            int shown = newest + 1 < EntriesPerPage ? newest + 1 : EntriesPerPage;
            AuditCursor cursor = trail.Read(newest - shown + 1);
            int read = 0;
            while (read < shown && cursor.Next(_page[read]))
            {
                read++;
            }

            int row = FirstRow;
            for (int k = read - 1; k >= 0; k--)
            {
                row = DrawEntry(screen, _page[k], row);
            }

            screen.SetKeyHints(_ctx.Text(TextKey.UiAuditKeys));
        }

        private void DrawChain(Screen screen, AuditTrail trail)
        {
            string text = AuditLabels.Chain(_ctx.Locale, trail);
            if (trail.Status == AuditStatus.Intact && trail.MarkedBreak == 0)
            {
                screen.Write(ChainRow, 1, text, TextStyle.Normal);
                return;
            }

            screen.Write(ChainRow, 0, " ! ", TextStyle.Declined);
            screen.Write(ChainRow, 4, text, trail.Status == AuditStatus.Intact ? TextStyle.Warning : TextStyle.Declined);
        }

        // "#812 2025-03-01 09:40 98  Key load", then the text below, two rows at most; returns the next free row.
        private int DrawEntry(Screen screen, AuditEntry entry, int row)
        {
            string head = "#" + entry.Sequence.ToString() + " " + DiagnosticFormat.DateTimeText(new DateTime(entry.UtcTicks)) + " "
                + Operators.Label(entry.Operator);
            screen.Write(row, 1, head, TextStyle.Dim);
            screen.Write(row, 2 + TextLayout.Cells(head), EventLabel(entry.Event), TextStyle.Normal);
            row++;
            if (entry.Text.Length == 0)
            {
                return row;
            }

            string[] lines = TextLayout.Wrap(entry.Text, TextWidth);
            for (int i = 0; i < lines.Length && i < TextRows; i++)
            {
                string line = lines[i];
                if (i == TextRows - 1 && lines.Length > TextRows)
                {
                    // The rest is in the export.
                    line = TextLayout.Wrap(line, TextWidth - More.Length)[0] + More;
                }

                screen.Write(row++, TextColumn, line, TextStyle.Normal);
            }

            return row;
        }
    }
}
