namespace Pos.Core.Remote
{
    /// <summary>
    /// Payloads waiting for the link, oldest first, in a fixed ring: what does not fit pushes the oldest out (counted
    /// in <see cref="Overflowed"/>), so a long broker outage costs a bounded amount of RAM and the newest news wins.
    /// </summary>
    public sealed class PayloadRing
    {
        private readonly string[] _items;
        private int _head;
        private int _count;

        /// <summary>A ring of <paramref name="capacity"/> payloads.</summary>
        public PayloadRing(int capacity)
        {
            _items = new string[capacity];
        }

        /// <summary>Payloads waiting.</summary>
        public int Count => _count;

        /// <summary>Payloads pushed out by newer ones since boot.</summary>
        public int Overflowed { get; private set; }

        /// <summary>Adds a payload at the end.</summary>
        public void Add(string payload)
        {
            if (_count == _items.Length)
            {
                _head = (_head + 1) % _items.Length;
                _count--;
                Overflowed++;
            }

            _items[(_head + _count) % _items.Length] = payload;
            _count++;
        }

        /// <summary>The oldest payload (call only when <see cref="Count"/> is above 0).</summary>
        public string Peek()
        {
            return _items[_head];
        }

        /// <summary>Removes the oldest payload (once it was delivered).</summary>
        public void Remove()
        {
            if (_count == 0)
            {
                return;
            }

            _items[_head] = string.Empty;
            _head = (_head + 1) % _items.Length;
            _count--;
        }
    }
}
