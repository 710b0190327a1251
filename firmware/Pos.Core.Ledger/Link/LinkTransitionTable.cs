namespace Pos.Core.Link
{
    /// <summary>
    /// The link monitor as data: for each state and input, the next state and the action. Read the rows top to
    /// bottom; docs/LINK_AND_OFFLINE.md shows the same table. Every cell is spelled out (a test checks the table is
    /// total), so "ignored" is a decision, not an omission. Counting and timing (how many failures, how long) live in
    /// the monitor; they turn into the <see cref="LinkInput.Confirmed"/> and <see cref="LinkInput.Deadline"/> inputs.
    /// </summary>
    public static class LinkTransitionTable
    {
        // The cells, state-major (state × input), two bytes each: the next state, then the action. Bytes, not a cell
        // object each: nanoCLR builds every static table at start-up and keeps it for good (30 objects: about 2.9 KB
        // of heap on a 64-bit build, 60 bytes here). Unset marks a cell no row filled (a test requires none).
        private const int CellBytes = 2;
        private const byte Unset = 0xFF;
        private static readonly byte[] Cells = Build();

        /// <summary>The cell for a state and an input as an object (tests, docs; the monitor reads <see cref="Next"/>
        /// and <see cref="ActionOf"/>); null only for a cell the table does not fill.</summary>
        public static LinkTransition Lookup(LinkState state, LinkInput input)
        {
            int at = Index(state, input);
            return Cells[at] == Unset ? null : new LinkTransition((LinkState)Cells[at], (LinkAction)Cells[at + 1]);
        }

        /// <summary>The state after <paramref name="input"/> in <paramref name="state"/>.</summary>
        public static LinkState Next(LinkState state, LinkInput input)
        {
            return (LinkState)Cells[Index(state, input)];
        }

        /// <summary>What to do on <paramref name="input"/> in <paramref name="state"/>.</summary>
        public static LinkAction ActionOf(LinkState state, LinkInput input)
        {
            return (LinkAction)Cells[Index(state, input) + 1];
        }

        private static int Index(LinkState state, LinkInput input)
        {
            return (((int)state * LinkNames.InputCount) + (int)input) * CellBytes;
        }

        private static byte[] Build()
        {
            byte[] t = new byte[LinkNames.StateCount * LinkNames.InputCount * CellBytes];
            for (int i = 0; i < t.Length; i++)
            {
                t[i] = Unset;
            }

            // Online: traffic flows. One failure makes us suspicious, a link-down drops us at once.
            Row(t, LinkState.Online, LinkInput.LinkUp, LinkState.Online, LinkAction.None);
            Row(t, LinkState.Online, LinkInput.LinkDown, LinkState.LinkDown, LinkAction.DropLink);
            Row(t, LinkState.Online, LinkInput.Success, LinkState.Online, LinkAction.KeepAlive);
            Row(t, LinkState.Online, LinkInput.Failure, LinkState.Suspect, LinkAction.EnterSuspect);
            Row(t, LinkState.Online, LinkInput.Confirmed, LinkState.Online, LinkAction.None);
            Row(t, LinkState.Online, LinkInput.Deadline, LinkState.Online, LinkAction.None);

            // Suspect: still shown online, probing fast. Enough failures over a minimum time, or the deadline, go offline.
            Row(t, LinkState.Suspect, LinkInput.LinkUp, LinkState.Suspect, LinkAction.None);
            Row(t, LinkState.Suspect, LinkInput.LinkDown, LinkState.LinkDown, LinkAction.DropLink);
            Row(t, LinkState.Suspect, LinkInput.Success, LinkState.Online, LinkAction.ClearSuspect);
            Row(t, LinkState.Suspect, LinkInput.Failure, LinkState.Suspect, LinkAction.CountFailure);
            Row(t, LinkState.Suspect, LinkInput.Confirmed, LinkState.Offline, LinkAction.EnterOffline);
            Row(t, LinkState.Suspect, LinkInput.Deadline, LinkState.Offline, LinkAction.EnterOffline);

            // Offline: probing with capped exponential backoff. A success starts the confirmation.
            Row(t, LinkState.Offline, LinkInput.LinkUp, LinkState.Offline, LinkAction.ProbeNow);
            Row(t, LinkState.Offline, LinkInput.LinkDown, LinkState.LinkDown, LinkAction.DropLink);
            Row(t, LinkState.Offline, LinkInput.Success, LinkState.Recovering, LinkAction.EnterRecovering);
            Row(t, LinkState.Offline, LinkInput.Failure, LinkState.Offline, LinkAction.BackOff);
            Row(t, LinkState.Offline, LinkInput.Confirmed, LinkState.Offline, LinkAction.None);
            Row(t, LinkState.Offline, LinkInput.Deadline, LinkState.Offline, LinkAction.None);

            // Recovering: still shown offline. Any failure relapses; enough successes over a minimum time go online.
            Row(t, LinkState.Recovering, LinkInput.LinkUp, LinkState.Recovering, LinkAction.None);
            Row(t, LinkState.Recovering, LinkInput.LinkDown, LinkState.LinkDown, LinkAction.DropLink);
            Row(t, LinkState.Recovering, LinkInput.Success, LinkState.Recovering, LinkAction.CountSuccess);
            Row(t, LinkState.Recovering, LinkInput.Failure, LinkState.Offline, LinkAction.EnterOffline);
            Row(t, LinkState.Recovering, LinkInput.Confirmed, LinkState.Online, LinkAction.EnterOnline);
            Row(t, LinkState.Recovering, LinkInput.Deadline, LinkState.Recovering, LinkAction.None);

            // LinkDown: nothing to probe. Link up means "offline, look now"; a late exchange reply proves the link works.
            Row(t, LinkState.LinkDown, LinkInput.LinkUp, LinkState.Offline, LinkAction.ProbeNow);
            Row(t, LinkState.LinkDown, LinkInput.LinkDown, LinkState.LinkDown, LinkAction.None);
            Row(t, LinkState.LinkDown, LinkInput.Success, LinkState.Recovering, LinkAction.EnterRecovering);
            Row(t, LinkState.LinkDown, LinkInput.Failure, LinkState.LinkDown, LinkAction.None);
            Row(t, LinkState.LinkDown, LinkInput.Confirmed, LinkState.LinkDown, LinkAction.None);
            Row(t, LinkState.LinkDown, LinkInput.Deadline, LinkState.LinkDown, LinkAction.None);

            return t;
        }

        private static void Row(byte[] table, LinkState state, LinkInput input, LinkState next, LinkAction action)
        {
            int index = Index(state, input);
            if (table[index] != Unset)
            {
                throw new System.InvalidOperationException("Duplicate link table cell " + LinkNames.Of(state) + " x " + LinkNames.Of(input));
            }

            table[index] = (byte)next;
            table[index + 1] = (byte)action;
        }
    }
}
