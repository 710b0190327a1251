namespace Pos.Hal
{
    /// <summary>
    /// The keypad seam: the one way key presses enter the application. Implementations raise <see cref="KeyPressed"/>
    /// once per debounced press, on the application's main-loop thread, which routes each press at once (merchant /
    /// technician menu first, else the transaction machine). A driver that scans on a thread of its own hands its
    /// presses to the main loop first (on the ESP32, <c>KeyInbox</c>).
    /// </summary>
    public interface IKeypad
    {
        /// <summary>Raised once per key press, on the main loop's thread.</summary>
        event KeyPressedHandler KeyPressed;
    }
}
