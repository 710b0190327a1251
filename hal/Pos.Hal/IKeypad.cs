namespace Pos.Hal
{
    /// <summary>
    /// The keypad seam. Implementations raise <see cref="KeyPressed"/> once per debounced press, on any thread;
    /// the application posts it into its event queue and never blocks the caller.
    /// </summary>
    public interface IKeypad
    {
        /// <summary>Raised once per key press.</summary>
        event KeyPressedHandler KeyPressed;
    }
}
