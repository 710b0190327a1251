using System.Collections;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// A receipt as a list of lines (text left, centred or right, label and value, big text, rule, blank, wrapped
    /// paragraph, signature), independent of the paper: <see cref="SlipLayout"/> lays it out for 32 or 48 columns and
    /// <see cref="SlipRaster"/> prints the rows as raster bands. The slip builders fill it (<see cref="SaleSlips"/>,
    /// <see cref="DeclineSlips"/>); it never holds a full card number.
    /// </summary>
    public sealed class Slip
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Number of lines.</summary>
        public int Count
        {
            get { return _lines.Count; }
        }

        /// <summary>Line <paramref name="index"/>.</summary>
        public SlipLine Line(int index)
        {
            return (SlipLine)_lines[index];
        }

        /// <summary>Text at the left margin.</summary>
        public void Left(string text)
        {
            Add(SlipLineKind.Left, text, null);
        }

        /// <summary>Text centred.</summary>
        public void Center(string text)
        {
            Add(SlipLineKind.Center, text, null);
        }

        /// <summary>Text at the right margin.</summary>
        public void Right(string text)
        {
            Add(SlipLineKind.Right, text, null);
        }

        /// <summary>A label and its value; left out when the value is empty (a field the transaction does not have).</summary>
        public void Pair(string label, string value)
        {
            if (value != null && value.Length > 0)
            {
                Add(SlipLineKind.Pair, label, value);
            }
        }

        /// <summary>Centred text at double height.</summary>
        public void Big(string text)
        {
            Add(SlipLineKind.Big, text, null);
        }

        /// <summary>A dashed rule.</summary>
        public void Rule()
        {
            Add(SlipLineKind.Rule, null, null);
        }

        /// <summary>An empty row.</summary>
        public void Blank()
        {
            Add(SlipLineKind.Blank, null, null);
        }

        /// <summary>A wrapped paragraph under <paramref name="head"/> ("1. ", or empty), later rows indented as far.</summary>
        public void Paragraph(string head, string text)
        {
            Add(SlipLineKind.Paragraph, text, head);
        }

        /// <summary>Room to sign under <paramref name="label"/>, closed by a solid line.</summary>
        public void Signature(string label)
        {
            Add(SlipLineKind.Signature, label, null);
        }

        private void Add(SlipLineKind kind, string text, string second)
        {
            _lines.Add(new SlipLine(kind, text, second));
        }
    }
}
