namespace Pos.Core.Link
{
    /// <summary>One cell of the transition table: the next state and the action to run on the way (made on demand by
    /// <see cref="LinkTransitionTable.Lookup"/>; the table itself is bytes).</summary>
    public sealed class LinkTransition
    {
        /// <summary>Creates a cell.</summary>
        public LinkTransition(LinkState next, LinkAction action)
        {
            Next = next;
            Action = action;
        }

        /// <summary>The state after the input.</summary>
        public LinkState Next { get; }

        /// <summary>What to do.</summary>
        public LinkAction Action { get; }
    }
}
