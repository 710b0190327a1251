namespace Pos.Hal.Emulated
{
    /// <summary>A fault of the emulated real-time clock (<see cref="EmulatorClock.Wall"/>), for the clock self-test.</summary>
    public enum WallClockFault
    {
        /// <summary>The wall clock is right.</summary>
        None,

        /// <summary>The real-time clock lost its time: it counts from 1970-01-01 (the self-test's "not set").</summary>
        Unset,

        /// <summary>The wall clock is <see cref="EmulatorClock.WrongBy"/> behind (before the journal's newest record).</summary>
        Wrong,
    }
}
