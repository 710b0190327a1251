using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>A keypad driven by a scenario or a test.</summary>
    public sealed class SimulatedKeypad : IKeypad
    {
        /// <inheritdoc />
        public event KeyPressedHandler KeyPressed;

        /// <summary>Presses a key.</summary>
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
