using Pos.Hal;

namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// The keypad the terminal sees. The physical keypad's presses are routed on the main loop (technician menu first,
    /// like the emulator); only the ones meant for the terminal are raised here, on the main loop's thread.
    /// </summary>
    public sealed class KeyRelay : IKeypad
    {
        /// <inheritdoc />
        public event KeyPressedHandler KeyPressed;

        /// <summary>Hands a key to the terminal.</summary>
        public void Press(Key key)
        {
            KeyPressedHandler handler = KeyPressed;
            if (handler != null)
            {
                handler(key);
            }
        }
    }
}
