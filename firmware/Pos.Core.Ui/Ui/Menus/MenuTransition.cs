using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>One row of the key table: in <see cref="State"/>, <see cref="Key"/> does <see cref="Action"/>. <see cref="Key.None"/> = every other key.</summary>
    public sealed class MenuTransition
    {
        /// <summary>Creates a row.</summary>
        public MenuTransition(MenuState state, Key key, MenuAction action)
        {
            State = state;
            Key = key;
            Action = action;
        }

        /// <summary>The state.</summary>
        public MenuState State { get; }

        /// <summary>The key, or <see cref="Key.None"/> for the state's default.</summary>
        public Key Key { get; }

        /// <summary>The action.</summary>
        public MenuAction Action { get; }
    }
}
