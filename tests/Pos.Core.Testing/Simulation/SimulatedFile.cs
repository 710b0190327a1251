namespace Pos.Core.Simulation
{
    /// <summary>
    /// One file inside <see cref="SimulatedStorage"/>: its bytes, how many are in use and how many of those are
    /// durable. Appends only ever add at the end, so the unflushed bytes are always one tail.
    /// </summary>
    public sealed class SimulatedFile
    {
        private byte[] _data = new byte[64];

        /// <summary>Bytes in use.</summary>
        public int Length { get; private set; }

        /// <summary>Bytes that survive a power cut (the flushed prefix).</summary>
        public int Durable { get; private set; }

        /// <summary>The backing array (only the first <see cref="Length"/> bytes mean anything).</summary>
        public byte[] Data => _data;

        /// <summary>Adds bytes at the end, not yet durable.</summary>
        public void Append(byte[] data, int offset, int count)
        {
            if (Length + count > _data.Length)
            {
                int size = _data.Length * 2;
                while (size < Length + count)
                {
                    size *= 2;
                }

                byte[] bigger = new byte[size];
                System.Array.Copy(_data, bigger, Length);
                _data = bigger;
            }

            System.Array.Copy(data, offset, _data, Length, count);
            Length += count;
        }

        /// <summary>Makes every byte durable.</summary>
        public void Flush()
        {
            Durable = Length;
        }

        /// <summary>Cuts the file; the bytes that remain become durable.</summary>
        public void Truncate(int length)
        {
            Length = length;
            Durable = length;
        }

        /// <summary>Power cut: keeps the durable bytes plus <paramref name="keepUnflushed"/> of the unflushed ones.</summary>
        public void Cut(int keepUnflushed)
        {
            int unflushed = Length - Durable;
            if (keepUnflushed > unflushed)
            {
                keepUnflushed = unflushed;
            }

            if (keepUnflushed < 0)
            {
                keepUnflushed = 0;
            }

            Length = Durable + keepUnflushed;
            Durable = Length;
        }

        /// <summary>Overwrites bytes in place (tests use it to simulate bit rot); the result is durable.</summary>
        public void Poke(int position, byte value)
        {
            _data[position] = value;
        }
    }
}
