namespace Pos.Core.Simulation
{
    /// <summary>
    /// Chooses, at a simulated power cut, how many of a file's <paramref name="unflushed"/> bytes survive (0..unflushed).
    /// Crash tests pass one backed by a seeded generator so that every run is reproducible.
    /// </summary>
    public delegate int TearPicker(string name, int unflushed);
}
