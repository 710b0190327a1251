namespace Pos.Fuzzing
{
    /// <summary>The outcome of a fuzz run: counts per outcome and reason, the slowest case, the worst allocation, failures.</summary>
    public sealed class FuzzReport
    {
        public long Cases { get; set; }

        /// <summary>Cases the unpacker accepted.</summary>
        public long Parsed { get; set; }

        /// <summary>Cases that ended in a ProtocolException from the unpacker.</summary>
        public long Rejected { get; set; }

        /// <summary>Parsed cases whose typed reply reader then raised a ProtocolException.</summary>
        public long ReaderRejected { get; set; }

        public Dictionary<string, long> ByReason { get; } = new Dictionary<string, long>();

        public Dictionary<string, long> ByMutation { get; } = new Dictionary<string, long>();

        public TimeSpan Elapsed { get; set; }

        public TimeSpan SlowestCase { get; set; }

        /// <summary>The largest (bytes allocated by one unpack) − 64 × input length seen.</summary>
        public long WorstAllocationOverBound { get; set; } = long.MinValue;

        /// <summary>Contract breaks: another exception type, a bad error position, an unstable round trip, too much allocation.</summary>
        public List<string> Failures { get; } = new List<string>();

        /// <summary>A multi-line summary.</summary>
        public string Summary()
        {
            var text = new System.Text.StringBuilder();
            text.Append($"cases {Cases}, parsed {Parsed}, rejected {Rejected}, reader-rejected {ReaderRejected}, failures {Failures.Count}, ");
            text.Append($"{Elapsed.TotalSeconds:F1} s, slowest case {SlowestCase.TotalMilliseconds:F3} ms\n");
            foreach (var pair in ByReason.OrderByDescending(p => p.Value))
            {
                text.Append($"  {pair.Key,-18} {pair.Value}\n");
            }

            foreach (string failure in Failures.Take(10))
            {
                text.Append("  FAIL ").Append(failure).Append('\n');
            }

            return text.ToString();
        }
    }
}
