namespace Pos.Emulator
{
    /// <summary>Where a replay on the live emulator is (<see cref="ScenarioPlayer"/>; immutable).</summary>
    public sealed class ReplayStatus
    {
        /// <summary>A replay is running.</summary>
        public bool Running { get; init; }

        /// <summary>The line played (1-based), or the last one.</summary>
        public int Line { get; init; }

        /// <summary>Lines in the file.</summary>
        public int Total { get; init; }

        /// <summary>The line's text ("done" at the end).</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>Why the replay stopped, or null (passed or still running).</summary>
        public string? Failure { get; init; }
    }
}
