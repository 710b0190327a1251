using System.Globalization;
using System.Text;

namespace Pos.HostSim
{
    /// <summary>
    /// The line-based control protocol (docs/HOSTSIM.md "Control commands"): one command per line, answered by zero or
    /// more lines of text and a last line "ok" or "error: why". The same commands work in-process through
    /// <see cref="HostSimulator.Execute"/>. An error quotes at most <see cref="MaxQuoted"/> characters of the input,
    /// printable ASCII only, so an answer stays short whatever was sent.
    /// </summary>
    public static class ControlCommands
    {
        /// <summary>The most characters of a command's input an error message repeats.</summary>
        public const int MaxQuoted = 32;

        private const int TidLength = 8;

        /// <summary>The help text.</summary>
        public const string Help =
            "fault <kind> [count] [mti NNNN]   arm a fault for the next count requests (default 1, 0 = until cleared)\n" +
            "fault delay <ms> [count] [mti NNNN]\n" +
            "faults                            list armed faults\n" +
            "clear                             disarm every fault\n" +
            "ledger                            list ledger entries\n" +
            "totals <tid> <batch>              the ledger's settlement totals of a batch\n" +
            "settlements                       list settlements answered\n" +
            "require-signin <tid>              header processing requirement 3 until the terminal signs in\n" +
            "header <tid> <digit>              any processing requirement digit\n" +
            "batch <tid> [batch]               show or set the host's batch for a terminal\n" +
            "cards                             the test card table\n" +
            "reset                             forget terminals, keys, ledger and faults\n" +
            "help                              this text\n" +
            "fault kinds: ";

        /// <summary>Runs one command line and returns the answer (ending in "ok" or "error: …").</summary>
        public static string Execute(HostSimulator simulator, string line)
        {
            ArgumentNullException.ThrowIfNull(simulator);
            string[] words = (line ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                return "error: empty command";
            }

            try
            {
                string body = Run(simulator, words);
                return body.Length == 0 ? "ok" : body + "\nok";
            }
            catch (FormatException e)
            {
                return "error: " + e.Message;
            }
        }

        private static string Run(HostSimulator sim, string[] w)
        {
            switch (w[0].ToLowerInvariant())
            {
                case "help":
                    return Help + string.Join(", ", FaultKinds.All.Skip(1));
                case "fault":
                    return Arm(sim, w);
                case "faults":
                    return string.Join("\n", sim.Faults.Armed.Select(r => r.ToString()));
                case "clear":
                    sim.Faults.Clear();
                    return string.Empty;
                case "ledger":
                    return sim.Ledger.Describe();
                case "totals":
                    Need(w, 3);
                    Tid(w[1]);
                    return sim.Ledger.Totals(w[1], Int(w[2])).ToString();
                case "settlements":
                    return string.Join("\n", sim.Ledger.Settlements.Select(s => s.Tid + " batch " + s.Batch + (s.Balanced ? " balanced" : " unbalanced") +
                        ": terminal " + s.TerminalTotals + "; host " + s.HostTotals));
                case "require-signin":
                    Need(w, 2);
                    sim.Host.SetProcessingRequirement(Tid(w[1]), Pos.Core.Protocol.ProcessingRequirement.SignIn);
                    return string.Empty;
                case "header":
                    Need(w, 3);
                    int digit = Int(w[2]);
                    if (digit > 9)
                    {
                        throw new FormatException("digit 0..9");
                    }

                    sim.Host.SetProcessingRequirement(Tid(w[1]), digit);
                    return string.Empty;
                case "batch":
                    Need(w, 2);
                    Tid(w[1]);
                    if (w.Length > 2)
                    {
                        sim.Host.SetBatch(w[1], Int(w[2]));
                    }

                    return w[1] + " batch " + sim.Host.BatchOf(w[1]);
                case "cards":
                    var text = new StringBuilder();
                    foreach (TestCard card in TestCards.All)
                    {
                        text.Append(card.Pan).Append("  ").Append(card.Label).Append('\n');
                    }

                    return text.ToString().TrimEnd('\n');
                case "reset":
                    sim.Reset();
                    return string.Empty;
                default:
                    throw new FormatException("unknown command " + Quote(w[0]) + " (try help)");
            }
        }

        private static string Arm(HostSimulator sim, string[] w)
        {
            Need(w, 2);
            if (!FaultKinds.TryParse(w[1], out FaultKind kind) || kind == FaultKind.None)
            {
                throw new FormatException("unknown fault " + Quote(w[1]) + "; kinds: " + string.Join(", ", FaultKinds.All.Skip(1)));
            }

            int next = 2;
            int delay = 0;
            if (kind == FaultKind.Delay)
            {
                Need(w, 3);
                delay = Int(w[2]);
                next = 3;
            }

            int count = 1;
            int mti = -1;
            while (next < w.Length)
            {
                if (string.Equals(w[next], "mti", StringComparison.OrdinalIgnoreCase))
                {
                    Need(w, next + 2);
                    mti = Int(w[next + 1]);
                    next += 2;
                }
                else
                {
                    count = w[next] == "*" ? 0 : Int(w[next]);
                    next++;
                }
            }

            return "armed " + sim.Faults.Arm(kind, count, delay, mti);
        }

        private static void Need(string[] w, int count)
        {
            if (w.Length < count)
            {
                throw new FormatException(w[0] + ": missing argument (try help)");
            }
        }

        // A terminal id no longer than field 41 (8), letters and digits only, so no command makes the host keep a
        // terminal under a long or binary id.
        private static string Tid(string text)
        {
            if (text.Length > TidLength || !text.All(char.IsAsciiLetterOrDigit))
            {
                throw new FormatException("not a terminal id (1 to " + TidLength + " letters or digits): " + Quote(text));
            }

            return text;
        }

        /// <summary>
        /// A word of the input as an error may repeat it: printable ASCII (anything else as '?'), cut to
        /// <see cref="MaxQuoted"/> characters with "..." after.
        /// </summary>
        internal static string Quote(string text)
        {
            var quoted = new StringBuilder(MaxQuoted + 3);
            foreach (char c in text.AsSpan(0, Math.Min(text.Length, MaxQuoted)))
            {
                quoted.Append(c is >= ' ' and <= '~' ? c : '?');
            }

            return text.Length > MaxQuoted ? quoted.Append("...").ToString() : quoted.ToString();
        }

        private static int Int(string text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                throw new FormatException("not a number: " + Quote(text));
            }

            return value;
        }
    }
}
