using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>The page's key names (the keypad's labels) and the keypad's <see cref="Key"/> values.</summary>
    public static class KeyNames
    {
        /// <summary>Name → key; digits are "0"…"9".</summary>
        public static Key Parse(string? name) => name?.ToUpperInvariant() switch
        {
            "0" => Key.Digit0,
            "1" => Key.Digit1,
            "2" => Key.Digit2,
            "3" => Key.Digit3,
            "4" => Key.Digit4,
            "5" => Key.Digit5,
            "6" => Key.Digit6,
            "7" => Key.Digit7,
            "8" => Key.Digit8,
            "9" => Key.Digit9,
            "ENTER" => Key.Enter,
            "CANCEL" => Key.Cancel,
            "CLEAR" => Key.Clear,
            "FUNC" => Key.Func,
            "UP" => Key.Up,
            "DOWN" => Key.Down,
            _ => Key.None,
        };
    }
}
