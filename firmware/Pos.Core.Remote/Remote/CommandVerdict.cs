namespace Pos.Core.Remote
{
    /// <summary>What became of a remote command; its name (<see cref="CommandVerdictNames"/>) is the ack's <c>result</c>.</summary>
    public enum CommandVerdict
    {
        /// <summary>Done (a self-test: finished; its report follows as an event).</summary>
        Ok = 0,
        /// <summary>A transaction is in flight: nothing done; send it again later.</summary>
        Busy = 1,
        /// <summary>A bad parameter, an unknown command or a malformed body: nothing applied; the reason says which.</summary>
        Invalid = 2,
        /// <summary>The signature does not match the terminal's command key.</summary>
        Forged = 3,
        /// <summary>The sequence number is not above the last one accepted.</summary>
        Replayed = 4,
        /// <summary>Signed for another terminal.</summary>
        WrongTerminal = 5,
        /// <summary>Accepted but could not be carried out (the journal could not be written, the self-test could not start).</summary>
        Failed = 6,
    }
}
