namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// A fixed list of menu items, each its label's catalog key and its command. The items are two ushorts each in
    /// one array, not an object each: nanoCLR builds every static table at start-up and keeps it for good.
    /// </summary>
    public sealed class MenuItemList
    {
        // Item i: [2i] its label's TextKey, [2i + 1] its MenuCommand.
        private readonly ushort[] _items;

        /// <summary>Wraps the pairs (label key, command) of a list.</summary>
        public MenuItemList(ushort[] items)
        {
            _items = items;
        }

        /// <summary>Number of items.</summary>
        public int Count
        {
            get { return _items.Length / 2; }
        }

        /// <summary>The label of item <paramref name="index"/>.</summary>
        public int LabelKey(int index)
        {
            return _items[2 * index];
        }

        /// <summary>The command of item <paramref name="index"/>.</summary>
        public MenuCommand Command(int index)
        {
            return (MenuCommand)_items[(2 * index) + 1];
        }
    }
}
