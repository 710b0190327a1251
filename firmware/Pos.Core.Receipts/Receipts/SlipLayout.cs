using System;
using System.Collections;
using Pos.Core.Ui;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// Lays a <see cref="Slip"/> out for a paper of a number of columns (<see cref="SlipPaper"/>): every line becomes one
    /// or more <see cref="SlipRow"/>s whose text is placed from column 0 and never wider than the paper. Widths and
    /// wrapping are the screen's (<see cref="TextLayout"/>: CJK takes two cells, Latin breaks at spaces, no closing
    /// punctuation at a row's start), so the slip reads as the screen does.
    /// </summary>
    public sealed class SlipLayout
    {
        /// <summary>Blank rows left to sign on above the signature's line.</summary>
        public const int SignatureRows = 3;

        private readonly ArrayList _rows = new ArrayList();
        private readonly ArrayList _wrapped = new ArrayList();
        private readonly int _columns;

        /// <summary>Lays <paramref name="slip"/> out for <paramref name="columns"/> columns.</summary>
        public SlipLayout(Slip slip, int columns)
        {
            if (slip == null)
            {
                throw new ArgumentNullException(nameof(slip));
            }

            if (columns < 8)
            {
                throw new ArgumentOutOfRangeException(nameof(columns));
            }

            _columns = columns;
            for (int i = 0; i < slip.Count; i++)
            {
                Place(slip.Line(i));
            }

            _wrapped.Clear();
        }

        /// <summary>Columns of the paper.</summary>
        public int Columns
        {
            get { return _columns; }
        }

        /// <summary>Number of printed rows.</summary>
        public int RowCount
        {
            get { return _rows.Count; }
        }

        /// <summary>Row <paramref name="index"/>.</summary>
        public SlipRow Row(int index)
        {
            return (SlipRow)_rows[index];
        }

        /// <summary>
        /// The slip as text, one printed row a line: what the raster shows, for a reviewer and a log (a rule as '-', the
        /// signature's line as '_' across the paper; a double-height row as its text).
        /// </summary>
        public string ToText()
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int i = 0; i < _rows.Count; i++)
            {
                SlipRow row = Row(i);
                sb.Append(row.Kind == SlipRowKind.Rule ? new string('-', _columns)
                    : row.Kind == SlipRowKind.Line ? new string('_', _columns) : row.Text);
                sb.Append('\n');
            }

            return sb.ToString();
        }

        private void Place(SlipLine line)
        {
            string text = line.Text;
            switch (line.Kind)
            {
                case SlipLineKind.Center:
                    Aligned(text, 1, false);
                    break;
                case SlipLineKind.Right:
                    Aligned(text, 2, false);
                    break;
                case SlipLineKind.Big:
                    Aligned(text, 1, true);
                    break;
                case SlipLineKind.Pair:
                    Pair(text, line.Second);
                    break;
                case SlipLineKind.Rule:
                    _rows.Add(new SlipRow(SlipRowKind.Rule, string.Empty, false));
                    break;
                case SlipLineKind.Blank:
                    Text(string.Empty);
                    break;
                case SlipLineKind.Paragraph:
                    Paragraph(line.Second, text);
                    break;
                case SlipLineKind.Signature:
                    Aligned(text, 0, false);
                    for (int i = 0; i < SignatureRows; i++)
                    {
                        Text(string.Empty);
                    }

                    _rows.Add(new SlipRow(SlipRowKind.Line, string.Empty, false));
                    break;
                default:
                    Aligned(text, 0, false);
                    break;
            }
        }

        // Wrapped to the paper, each row at the left (0), centred (1) or at the right (2).
        private void Aligned(string text, int align, bool tall)
        {
            _wrapped.Clear();
            TextLayout.Wrap(text, _columns, _wrapped);
            for (int i = 0; i < _wrapped.Count; i++)
            {
                string row = (string)_wrapped[i];
                int room = _columns - TextLayout.Cells(row);
                int pad = align == 0 ? 0 : align == 1 ? room / 2 : room;
                _rows.Add(new SlipRow(SlipRowKind.Text, Spaces(pad) + row, tall));
            }
        }

        private void Pair(string label, string value)
        {
            int room = _columns - TextLayout.Cells(label) - TextLayout.Cells(value);
            if (room >= 1)
            {
                Text(label + Spaces(room) + value);
                return;
            }

            Aligned(label, 0, false);
            Aligned(value, 2, false);
        }

        private void Paragraph(string head, string text)
        {
            int indent = TextLayout.Cells(head);
            if (indent > _columns / 2)
            {
                indent = 0;
                Aligned(head, 0, false);
                head = string.Empty;
            }

            _wrapped.Clear();
            TextLayout.Wrap(text, _columns - indent, _wrapped);
            for (int i = 0; i < _wrapped.Count; i++)
            {
                Text((i == 0 ? head : Spaces(indent)) + (string)_wrapped[i]);
            }
        }

        private void Text(string text)
        {
            _rows.Add(new SlipRow(SlipRowKind.Text, text, false));
        }

        private static string Spaces(int n)
        {
            return n <= 0 ? string.Empty : new string(' ', n);
        }
    }
}
