namespace Pos.Core.Ui.Menus
{
    /// <summary>One state of the menu: its parent (where Back goes), its entry action and its title key.</summary>
    public sealed class MenuStateRow
    {
        /// <summary>Creates a row.</summary>
        public MenuStateRow(MenuState state, MenuState parent, MenuEntry entry, int titleKey)
        {
            State = state;
            Parent = parent;
            Entry = entry;
            TitleKey = titleKey;
        }

        /// <summary>The state.</summary>
        public MenuState State { get; }

        /// <summary>Where Back leads.</summary>
        public MenuState Parent { get; }

        /// <summary>What happens on entry.</summary>
        public MenuEntry Entry { get; }

        /// <summary>The title's catalog key.</summary>
        public int TitleKey { get; }
    }
}
