namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the screen should show, as data: a screen id from <see cref="ScreenIds"/> and up to eight parameter
    /// lines (amounts, codes, masked PAN, RRN, totals). The renderer localizes and lays it out; tests and scenarios
    /// read it. One instance (one array of eight references) is reused by the machine: copy what you keep.
    /// </summary>
    public sealed class ScreenModel
    {
        /// <summary>Number of parameter lines.</summary>
        public const int LineCount = 8;

        private readonly string[] _lines = new string[LineCount];

        /// <summary>Creates an empty model.</summary>
        public ScreenModel()
        {
            Id = string.Empty;
            Clear(string.Empty);
        }

        /// <summary>The screen id.</summary>
        public string Id { get; private set; }

        /// <summary>Incremented at every change; the renderer redraws when it moves.</summary>
        public int Version { get; private set; }

        /// <summary>One parameter line (never null).</summary>
        public string Line(int index)
        {
            return _lines[index];
        }

        /// <summary>Screens shown since creation (each <see cref="Clear"/>): tells a screen entered again from one that changed.</summary>
        public int Shown { get; private set; }

        /// <summary>Shows another screen with empty lines.</summary>
        public void Clear(string id)
        {
            Id = id;
            Shown++;
            for (int i = 0; i < LineCount; i++)
            {
                _lines[i] = string.Empty;
            }

            Version++;
        }

        /// <summary>Sets one line (null shows empty).</summary>
        public void Set(int index, string text)
        {
            _lines[index] = text == null ? string.Empty : text;
            Version++;
        }

        /// <summary>"ID | line0 | line1 | …" without trailing empty lines, for logs and scenario output.</summary>
        public string Describe()
        {
            int last = LineCount - 1;
            while (last >= 0 && _lines[last].Length == 0)
            {
                last--;
            }

            string text = Id;
            for (int i = 0; i <= last; i++)
            {
                text = text + " | " + _lines[i];
            }

            return text;
        }
    }
}
