using System.Net;
using System.Text;

namespace Pos.Fleet.Web
{
    /// <summary>A small HTML writer: every text and attribute value is encoded, so nothing a terminal sends becomes markup.</summary>
    public sealed class Html
    {
        private readonly StringBuilder _b = new();

        /// <summary>Encoded text.</summary>
        public Html Text(string? text)
        {
            _b.Append(WebUtility.HtmlEncode(text ?? string.Empty));
            return this;
        }

        /// <summary>Markup written as is (the page's own constants only).</summary>
        public Html Raw(string markup)
        {
            _b.Append(markup);
            return this;
        }

        /// <summary>An opening tag; an attribute whose value is null is left out, an empty one is written bare.</summary>
        public Html Open(string tag, params (string Name, string? Value)[] attributes)
        {
            _b.Append('<').Append(tag);
            foreach ((string name, string? value) in attributes)
            {
                if (value == null)
                {
                    continue;
                }

                _b.Append(' ').Append(name);
                if (value.Length > 0)
                {
                    _b.Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
                }
            }

            _b.Append('>');
            return this;
        }

        /// <summary>A closing tag.</summary>
        public Html Close(string tag)
        {
            _b.Append("</").Append(tag).Append('>');
            return this;
        }

        /// <summary>An element holding encoded text.</summary>
        public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
            Open(tag, attributes).Text(text).Close(tag);

        /// <summary>A table row of header cells (scope col).</summary>
        public Html HeaderRow(params string[] headers)
        {
            Open("tr");
            foreach (string h in headers)
            {
                Element("th", h, ("scope", "col"));
            }

            return Close("tr");
        }

        /// <summary>A table row of data cells.</summary>
        public Html Row(params string?[] cells)
        {
            Open("tr");
            foreach (string? c in cells)
            {
                Element("td", c);
            }

            return Close("tr");
        }

        /// <summary>
        /// Opens a section with its heading (<paramref name="level"/>: h2, h3) labelling it; when <paramref name="empty"/>
        /// writes <paramref name="emptyText"/> under it. True when there is something to show. The caller closes the section.
        /// </summary>
        public bool Section(string id, string level, string title, bool empty, string emptyText)
        {
            Open("section", ("id", id), ("aria-labelledby", id + "-h")).Element(level, title, ("id", id + "-h"));
            if (empty)
            {
                Element("p", emptyText);
            }

            return !empty;
        }

        /// <summary>The markup written.</summary>
        public override string ToString() => _b.ToString();
    }
}
