namespace Pos.Hal
{
    /// <summary>The buzzer seam.</summary>
    public interface IBuzzer
    {
        /// <summary>Plays a tone without blocking the caller.</summary>
        void Play(Tone tone);
    }
}
