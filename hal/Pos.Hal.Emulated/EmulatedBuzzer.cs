using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="IBuzzer"/> for the PC: remembers the tones played (count and last one) so a page or a test can show
    /// or check them; it makes no sound and never blocks, like the device's worker-thread buzzer.
    /// </summary>
    public sealed class EmulatedBuzzer : IBuzzer
    {
        private int _count;
        private int _last = -1;

        /// <summary>Tones played since creation.</summary>
        public int Count => Volatile.Read(ref _count);

        /// <summary>The last tone played, or null before the first.</summary>
        public Tone? Last
        {
            get
            {
                int last = Volatile.Read(ref _last);
                return last < 0 ? null : (Tone)last;
            }
        }

        /// <inheritdoc />
        public void Play(Tone tone)
        {
            Volatile.Write(ref _last, (int)tone);
            Interlocked.Increment(ref _count);
        }
    }
}
