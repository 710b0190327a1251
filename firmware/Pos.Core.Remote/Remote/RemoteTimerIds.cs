namespace Pos.Core.Remote
{
    /// <summary>Timer ids of the remote agent (unique among the terminal's timers).</summary>
    public static class RemoteTimerIds
    {
        /// <summary>The agent's once-a-second tick: connect, publish, watch a publish's deadline.</summary>
        public const int Tick = 9001;
    }
}
