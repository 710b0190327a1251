namespace Pos.Core.Ui.Menus
{
    /// <summary>A fixed menu item: its label's catalog key and its command.</summary>
    public sealed class MenuItem
    {
        /// <summary>Creates an item.</summary>
        public MenuItem(int labelKey, MenuCommand command)
        {
            LabelKey = labelKey;
            Command = command;
        }

        /// <summary>The label.</summary>
        public int LabelKey { get; }

        /// <summary>The command.</summary>
        public MenuCommand Command { get; }
    }
}
