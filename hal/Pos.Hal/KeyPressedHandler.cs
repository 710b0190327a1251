namespace Pos.Hal
{
    /// <summary>Called by a keypad when a key has been pressed (after debounce).</summary>
    /// <param name="key">The key.</param>
    public delegate void KeyPressedHandler(Key key);
}
