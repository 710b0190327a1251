using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>The page's key names (the keypad's labels, also the scenario format's) and the keypad's <see cref="Key"/> values.</summary>
    public static class KeyNames
    {
        private static readonly (string Name, Key Key)[] Table =
        {
            ("0", Key.Digit0), ("1", Key.Digit1), ("2", Key.Digit2), ("3", Key.Digit3), ("4", Key.Digit4),
            ("5", Key.Digit5), ("6", Key.Digit6), ("7", Key.Digit7), ("8", Key.Digit8), ("9", Key.Digit9),
            ("ENTER", Key.Enter), ("CANCEL", Key.Cancel), ("CLEAR", Key.Clear), ("FUNC", Key.Func), ("UP", Key.Up), ("DOWN", Key.Down),
        };

        /// <summary>Every name, as the page and the scenario format spell them.</summary>
        public static string[] All { get; } = Table.Select(t => t.Name).ToArray();

        /// <summary>Name (any case) → key; <see cref="Key.None"/> when unknown. Digits are "0"…"9".</summary>
        public static Key Parse(string? name)
        {
            foreach ((string n, Key k) in Table)
            {
                if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
                {
                    return k;
                }
            }

            return Key.None;
        }

        /// <summary>Key → name ("ENTER", "7").</summary>
        public static string NameOf(Key key) => Table.First(t => t.Key == key).Name;
    }
}
