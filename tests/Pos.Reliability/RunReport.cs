namespace Pos.Reliability
{
    /// <summary>The verdict of one run, judged against the host's ledger as the cashier saw the payments.</summary>
    public sealed class RunReport
    {
        /// <summary>The plan that ran.</summary>
        public RunPlan Plan { get; init; } = new();

        /// <summary>Operations the host holds more than once (a customer charged or refunded twice).</summary>
        public List<string> Doubles { get; } = new();

        /// <summary>Approvals the host holds (sales, advices, voids, refunds) that the cashier was never shown.</summary>
        public List<string> Phantoms { get; } = new();

        /// <summary>Approvals the cashier was shown that the host does not hold.</summary>
        public List<string> Missing { get; } = new();

        /// <summary>Settlement problems: not balanced, totals differ from the host's, or not settled at all.</summary>
        public List<string> Unbalanced { get; } = new();

        /// <summary>Anything else that breaks an invariant (a STAN used twice, a reversal still pending at the end, …).</summary>
        public List<string> Other { get; } = new();

        /// <summary>Power cuts that happened.</summary>
        public int PowerCuts { get; set; }

        /// <summary>Flash writes of the run.</summary>
        public int Writes { get; set; }

        /// <summary>Operations served (sales, voids, refunds).</summary>
        public int Operations { get; set; }

        /// <summary>Attempts over all operations.</summary>
        public int Attempts { get; set; }

        /// <summary>Settlements that ran (the final one included).</summary>
        public int Settlements { get; set; }

        /// <summary>The operations, for the failure message.</summary>
        public List<Operation> Served { get; } = new();

        /// <summary>The terminal's serial log over every boot (kept only for a failing run).</summary>
        public List<string> Trace { get; } = new();

        /// <summary>True when no invariant broke.</summary>
        public bool Ok => Doubles.Count + Phantoms.Count + Missing.Count + Unbalanced.Count + Other.Count == 0;

        /// <summary>A readable account of what broke.</summary>
        public string Describe()
        {
            var lines = new List<string> { Plan.ToString() + ": " + PowerCuts + " cuts, " + Writes + " writes" };
            void Add(string what, List<string> items)
            {
                foreach (string i in items.Take(5))
                {
                    lines.Add(what + ": " + i);
                }
            }

            Add("double", Doubles);
            Add("phantom", Phantoms);
            Add("missing", Missing);
            Add("unbalanced", Unbalanced);
            Add("other", Other);
            return string.Join("\n", lines);
        }
    }
}
