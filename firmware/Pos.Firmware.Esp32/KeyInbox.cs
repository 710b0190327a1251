using System.Collections;
using System.Threading;
using Pos.Hal;

namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// Keys from the keypad's scan thread, waiting for the main loop (a bounded queue under a lock). Every key sets the
    /// main loop's wake-up event.
    /// </summary>
    public sealed class KeyInbox
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

        /// <summary>Keypad handler: queues the key (drops it when the loop is far behind) and wakes the loop.</summary>
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

        /// <summary>The next key, or <see cref="Key.None"/>.</summary>
        public Key Take()
        {
            lock (_gate)
            {
                return _keys.Count == 0 ? Key.None : (Key)_keys.Dequeue();
            }
        }
    }
}
