using System.Collections;
using System.Threading;
using Pos.Hal;

namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// The keypad seam the application is built with on the ESP32. The <see cref="Pos.Hal.Esp32.Esp32Keypad"/> scans on a
    /// timer thread; its presses wait here (a bounded queue under a lock; each sets the main loop's wake-up event) until
    /// the main loop hands them over one by one with <see cref="Deliver"/>, which raises <see cref="KeyPressed"/> on the
    /// loop's thread, as <see cref="IKeypad"/> asks.
    /// </summary>
    public sealed class KeyInbox : IKeypad
    {
        private const int Capacity = 16;

        private readonly object _gate = new object();
        private readonly Queue _keys = new Queue();
        private readonly AutoResetEvent _wake;

        /// <summary>Creates the inbox; <paramref name="wake"/> is set on every key.</summary>
        public KeyInbox(AutoResetEvent wake)
        {
            _wake = wake;
        }

        /// <inheritdoc />
        public event KeyPressedHandler KeyPressed;

        /// <summary>The driver's handler (scan thread): queues the key (drops it when the loop is far behind) and wakes the loop.</summary>
        public void OnKey(Key key)
        {
            lock (_gate)
            {
                if (_keys.Count < Capacity)
                {
                    _keys.Enqueue(key);
                }
            }

            _wake.Set();
        }

        /// <summary>Main loop: raises <see cref="KeyPressed"/> for the oldest waiting key; false when none waited.</summary>
        public bool Deliver()
        {
            Key key;
            lock (_gate)
            {
                if (_keys.Count == 0)
                {
                    return false;
                }

                key = (Key)_keys.Dequeue();
            }

            KeyPressedHandler handler = KeyPressed;
            if (handler != null)
            {
                handler(key);
            }

            return true;
        }
    }
}
