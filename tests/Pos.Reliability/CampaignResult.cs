using System.Globalization;

namespace Pos.Reliability
{
    /// <summary>The counts of many runs: how many broke each invariant, and the first few failures in full.</summary>
    public sealed class CampaignResult
    {
        private readonly object _gate = new();

        /// <summary>What was run.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>Runs made.</summary>
        public int Runs { get; private set; }

        /// <summary>Runs with at least one broken invariant.</summary>
        public int FailedRuns { get; private set; }

        /// <summary>Operations the host holds twice, over all runs.</summary>
        public int Doubles { get; private set; }

        /// <summary>Approvals held by the host that the cashier never saw.</summary>
        public int Phantoms { get; private set; }

        /// <summary>Approvals the cashier saw that the host does not hold (lost sales).</summary>
        public int Missing { get; private set; }

        /// <summary>Settlement problems.</summary>
        public int Unbalanced { get; private set; }

        /// <summary>Other broken invariants.</summary>
        public int Other { get; private set; }

        /// <summary>Power cuts over all runs.</summary>
        public long PowerCuts { get; private set; }

        /// <summary>Operations served over all runs.</summary>
        public long Operations { get; private set; }

        /// <summary>Settlements over all runs.</summary>
        public long Settlements { get; private set; }

        /// <summary>The first failing runs, described.</summary>
        public List<string> Examples { get; } = new();

        /// <summary>Adds one run (thread-safe).</summary>
        public void Add(RunReport report)
        {
            lock (_gate)
            {
                Runs++;
                Doubles += report.Doubles.Count;
                Phantoms += report.Phantoms.Count;
                Missing += report.Missing.Count;
                Unbalanced += report.Unbalanced.Count;
                Other += report.Other.Count;
                PowerCuts += report.PowerCuts;
                Operations += report.Operations;
                Settlements += report.Settlements;
                if (!report.Ok)
                {
                    FailedRuns++;
                    if (Examples.Count < 10)
                    {
                        Examples.Add(report.Describe());
                    }
                }
            }
        }

        /// <summary>One line of counts.</summary>
        public string Summary() => string.Format(CultureInfo.InvariantCulture,
            "{0}: {1} runs, {2} operations, {3} settlements, {4} power cuts: {5} double, {6} phantom, {7} missing, {8} unbalanced, {9} other ({10} failing runs)",
            Name, Runs, Operations, Settlements, PowerCuts, Doubles, Phantoms, Missing, Unbalanced, Other, FailedRuns);

        /// <summary>The summary and the examples.</summary>
        public string Describe() => Summary() + (Examples.Count == 0 ? string.Empty : "\n" + string.Join("\n", Examples));
    }
}
