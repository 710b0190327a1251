using System.Collections;

namespace Pos.Core.Ui
{
    /// <summary>
    /// Lays ordered checklist steps out as numbered, wrapped lines ("1. " and a hanging indent of 3 cells) and cuts
    /// them into pages: a step never straddles two pages, and a blank line separates steps on the same page. An optional
    /// last block, the sentence for the cardholder, is wrapped without number or indent and kept whole on one page like a
    /// step; <see cref="IsSay"/> tells its lines apart so the screen can draw them in their own style.
    /// </summary>
    public sealed class ChecklistLayout
    {
        /// <summary>Cells of the "1. " prefix and of the hanging indent.</summary>
        public const int Indent = 3;

        private readonly ArrayList lines = new ArrayList();
        private readonly ArrayList pageStarts = new ArrayList();
        private readonly ArrayList pageEnds = new ArrayList();
        private int sayStart = -1;

        /// <summary>Lays out <paramref name="steps"/> for rows <paramref name="width"/> cells wide and pages of <paramref name="rowsPerPage"/> rows.</summary>
        public ChecklistLayout(string[] steps, int width, int rowsPerPage)
            : this(steps, string.Empty, width, rowsPerPage)
        {
        }

        /// <summary>
        /// Lays out <paramref name="steps"/> and then <paramref name="say"/> (the filled cardholder line, none when empty)
        /// for rows <paramref name="width"/> cells wide and pages of <paramref name="rowsPerPage"/> rows.
        /// </summary>
        public ChecklistLayout(string[] steps, string say, int width, int rowsPerPage)
        {
            if (rowsPerPage < 1 || width <= Indent)
            {
                throw new System.ArgumentOutOfRangeException(nameof(rowsPerPage));
            }

            ArrayList wrapped = new ArrayList();
            int used = 0;
            pageStarts.Add(0);
            for (int s = 0; s < steps.Length; s++)
            {
                wrapped.Clear();
                TextLayout.Wrap(steps[s], width - Indent, wrapped);
                int need = wrapped.Count + (used > 0 ? 1 : 0);
                if (used > 0 && used + need > rowsPerPage)
                {
                    pageEnds.Add(lines.Count);
                    pageStarts.Add(lines.Count);
                    used = 0;
                    need = wrapped.Count;
                }

                if (used > 0)
                {
                    lines.Add(string.Empty);
                }

                string number = (s + 1).ToString() + ".";
                for (int i = 0; i < wrapped.Count; i++)
                {
                    string head = i == 0 ? number : string.Empty;
                    while (head.Length < Indent)
                    {
                        head += " ";
                    }

                    lines.Add(head + (string)wrapped[i]);
                }

                used += need;
            }

            if (say != null && say.Length > 0)
            {
                wrapped.Clear();
                TextLayout.Wrap(say, width, wrapped);
                if (used > 0 && used + 1 + wrapped.Count > rowsPerPage)
                {
                    pageEnds.Add(lines.Count);
                    pageStarts.Add(lines.Count);
                    used = 0;
                }

                if (used > 0)
                {
                    lines.Add(string.Empty);
                }

                sayStart = lines.Count;
                for (int i = 0; i < wrapped.Count; i++)
                {
                    lines.Add(wrapped[i]);
                }
            }

            pageEnds.Add(lines.Count);
        }

        /// <summary>Number of pages (at least 1).</summary>
        public int PageCount
        {
            get { return pageStarts.Count; }
        }

        /// <summary>Number of lines on a page.</summary>
        public int LineCount(int page)
        {
            CheckPage(page);
            return (int)pageEnds[page] - (int)pageStarts[page];
        }

        /// <summary>Line <paramref name="index"/> of a page.</summary>
        public string Line(int page, int index)
        {
            CheckPage(page);
            if (index < 0 || index >= LineCount(page))
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            return (string)lines[(int)pageStarts[page] + index];
        }

        /// <summary>Whether line <paramref name="index"/> of a page belongs to the cardholder line.</summary>
        public bool IsSay(int page, int index)
        {
            CheckPage(page);
            return sayStart >= 0 && (int)pageStarts[page] + index >= sayStart;
        }

        private void CheckPage(int page)
        {
            if (page < 0 || page >= PageCount)
            {
                throw new System.ArgumentOutOfRangeException(nameof(page));
            }
        }
    }
}
