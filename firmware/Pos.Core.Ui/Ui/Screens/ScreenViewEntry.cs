namespace Pos.Core.Ui.Screens
{
    /// <summary>One row of the view table: a screen id, its layout and the key-hint string of that state (-1: the layout sets it).</summary>
    public sealed class ScreenViewEntry
    {
        /// <summary>No fixed key hints: the layout writes them (checklists choose by page count).</summary>
        public const int HintsFromLayout = -1;

        /// <summary>Creates a row.</summary>
        public ScreenViewEntry(string id, ScreenLayout layout, int keyHints)
        {
            Id = id;
            Layout = layout;
            KeyHints = keyHints;
        }

        /// <summary>The screen id (<c>Pos.Core.Transactions.ScreenIds</c>).</summary>
        public string Id { get; private set; }

        /// <summary>Fills the body rows.</summary>
        public ScreenLayout Layout { get; private set; }

        /// <summary>The <c>TextKey</c> of the key-hint row, or <see cref="HintsFromLayout"/>.</summary>
        public int KeyHints { get; private set; }
    }
}
