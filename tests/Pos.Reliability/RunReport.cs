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

        /// <summary>Exchanges hit by an injected fault.</summary>
        public int Faults { get; set; }

        /// <summary>Requests the host processed whose reply was lost.</summary>
        public int DroppedReplies { get; set; }

        /// <summary>Link flaps while the cashier served.</summary>
        public int Flaps { get; set; }

        /// <summary>Operations of <paramref name="kind"/> served.</summary>
        public int CountOf(OperationKind kind) => Served.Count(o => o.Kind == kind);

        /// <summary>Screens the cashier saw that start with <paramref name="prefix"/> (e.g. "OFFLINE_APPROVED", "DECLINED").</summary>
        public int CountSeen(string prefix) => Served.Sum(o => o.Seen.Count(s => s.StartsWith(prefix, StringComparison.Ordinal)));

        /// <summary>What the run went through, as counts.</summary>
        public string Coverage() => string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "{0} operations ({1} sales, {2} voids, {3} refunds; {4} attempts), {5} settlements; the cashier saw {6} approvals, {7} offline "
            + "approvals, {8} declines, {9} no-connection, {10} pending reversals, {11} last-transaction screens; {12} exchanges faulted "
            + "({13} replies lost), {14} link flaps, {15} power cuts over {16} flash writes",
            Operations, CountOf(OperationKind.Sale), CountOf(OperationKind.Void), CountOf(OperationKind.Refund), Attempts, Settlements,
            CountSeen("APPROVED"), CountSeen("OFFLINE_APPROVED"), CountSeen("DECLINED") + CountSeen("OFFLINE_DECLINED"), CountSeen("NO_CONNECTION"),
            CountSeen("REVERSAL_PENDING"), CountSeen("LAST_TXN"), Faults, DroppedReplies, Flaps, PowerCuts, Writes);

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
