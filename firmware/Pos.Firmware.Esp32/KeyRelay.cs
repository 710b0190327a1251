using Pos.Hal;

namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// The keypad seam the terminal is built with. Physical key presses reach the terminal through
    /// <c>Pos.Core.App.TerminalUi</c> (menu first, then <c>Terminal.PressKey</c>) on the main loop, so this one never
    /// raises; it exists because the Terminal's constructor takes a keypad.
    /// </summary>
    public sealed class KeyRelay : IKeypad
    {
        /// <inheritdoc />
        public event KeyPressedHandler KeyPressed
        {
            add { }
            remove { }
        }
    }
}
