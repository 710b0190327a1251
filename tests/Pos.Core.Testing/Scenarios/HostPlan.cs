using Pos.Hal;

namespace Pos.Core.Scenarios
{
    /// <summary>One planned answer of the <see cref="SimulatedHost"/> to a financial or reversal request.</summary>
    public sealed class HostPlan
    {
        /// <summary>Field 39 to answer with (ignored for faults and holds).</summary>
        public string Code { get; set; } = "00";

        /// <summary>A transport failure instead of a reply, or <see cref="ExchangeFailure.None"/>.</summary>
        public ExchangeFailure Fault { get; set; }

        /// <summary>Never answer (the request stays in flight until the terminal's watchdog).</summary>
        public bool Hold { get; set; }

        /// <summary>Corrupt the reply's MAC.</summary>
        public bool BadMac { get; set; }

        /// <summary>Header processing requirement to send (3 forces a sign-in).</summary>
        public int ProcessingRequirement { get; set; }
    }
}
