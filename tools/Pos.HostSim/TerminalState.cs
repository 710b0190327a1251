using Pos.Core.Security;

namespace Pos.HostSim
{
    /// <summary>What the host knows about one terminal: its working keys, current batch and the header requirement it sends.</summary>
    internal sealed class TerminalState
    {
        public TerminalState(string tid)
        {
            Tid = tid;
        }

        public string Tid { get; }

        /// <summary>The working keys delivered at the last sign-in (the host's copy, clear).</summary>
        public InMemoryKeyStore Keys { get; } = new();

        /// <summary>The batch the host expects in 0200 requests; -1 before the first sign-in.</summary>
        public int Batch { get; set; } = -1;

        /// <summary>Header processing requirement digit sent in replies (3 forces a sign-in; cleared by a sign-in).</summary>
        public int ProcessingRequirement { get; set; }

        public int SignIns { get; set; }

        public bool SignedIn => Keys.Has(KeySlot.Mak);
    }
}
