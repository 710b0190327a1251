using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary><see cref="IKeypad"/> for the PC: <see cref="Press"/> raises one key press (from the page or a test).</summary>
    public sealed class EmulatedKeypad : IKeypad
    {
        /// <inheritdoc />
        public event KeyPressedHandler? KeyPressed;

        /// <summary>Presses a key once.</summary>
        public void Press(Key key) => KeyPressed?.Invoke(key);
    }
}
