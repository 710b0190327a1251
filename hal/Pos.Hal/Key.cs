namespace Pos.Hal
{
    /// <summary>
    /// The keys of the 4×4 matrix keypad. Values are stable: they are written to scenario files and logs as numbers.
    /// </summary>
    public enum Key
    {
        /// <summary>No key (used for "nothing pressed").</summary>
        None = 0,
        Digit0 = 1,
        Digit1 = 2,
        Digit2 = 3,
        Digit3 = 4,
        Digit4 = 5,
        Digit5 = 6,
        Digit6 = 7,
        Digit7 = 8,
        Digit8 = 9,
        Digit9 = 10,
        /// <summary>Backs out of the current step (red key).</summary>
        Cancel = 11,
        /// <summary>Backspace (yellow key).</summary>
        Clear = 12,
        /// <summary>Confirms (green key).</summary>
        Enter = 13,
        /// <summary>Function / menu key.</summary>
        Func = 14,
        Up = 15,
        Down = 16,
    }
}
