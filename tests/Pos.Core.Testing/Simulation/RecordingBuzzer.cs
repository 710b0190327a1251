using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>An <see cref="IBuzzer"/> that records the tones played, in order (up to 64), for tests.</summary>
    public sealed class RecordingBuzzer : IBuzzer
    {
        private readonly Tone[] _tones = new Tone[64];

        /// <summary>Tones played so far.</summary>
        public int Count { get; private set; }

        /// <summary>The tone played <paramref name="index"/>th (0 = first).</summary>
        public Tone At(int index)
        {
            return _tones[index];
        }

        /// <summary>Forgets what was played.</summary>
        public void Clear()
        {
            Count = 0;
        }

        /// <inheritdoc />
        public void Play(Tone tone)
        {
            if (Count < _tones.Length)
            {
                _tones[Count] = tone;
            }

            Count++;
        }
    }
}
