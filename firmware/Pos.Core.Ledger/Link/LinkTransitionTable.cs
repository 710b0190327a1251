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
        private static readonly LinkTransition[] Cells = Build();

        /// <summary>The cell for a state and an input; never null.</summary>
        public static LinkTransition Lookup(LinkState state, LinkInput input)
        {
            return Cells[Index(state, input)];
        }

        private static int Index(LinkState state, LinkInput input)
        {
            return ((int)state * LinkNames.InputCount) + (int)input;
        }

        private static LinkTransition[] Build()
        {
            LinkTransition[] t = new LinkTransition[LinkNames.StateCount * LinkNames.InputCount];

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

        private static void Row(LinkTransition[] table, LinkState state, LinkInput input, LinkState next, LinkAction action)
        {
            int index = Index(state, input);
            if (table[index] != null)
            {
                throw new System.InvalidOperationException("Duplicate link table cell " + LinkNames.Of(state) + " x " + LinkNames.Of(input));
            }

            table[index] = new LinkTransition(next, action);
        }
    }
}
