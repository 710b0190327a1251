namespace Pos.Fleet.Load
{
    /// <summary>One step of the schedule: at <paramref name="AtMs"/> after the measured phase began, terminal <paramref name="Terminal"/> (its index) does <paramref name="Action"/>.</summary>
    public readonly record struct ScheduledAction(long AtMs, int Terminal, LoadAction Action);
}
