using Pos.Fuzzing;

namespace Pos.Bench.Protocol
{
    /// <summary>
    /// Long fuzz run of the protocol unpacker: "dotnet run -c Release --project tools/Pos.Bench -- fuzz-protocol
    /// [--cases N] [--seed S]". Exit code 1 when the contract breaks.
    /// </summary>
    public static class FuzzCommand
    {
        public const string Name = "fuzz-protocol";

        public const string Help = "fuzzes the ISO 8583 unpacker: [--cases 10000000] [--seed 1]";

        /// <summary>Registers the command (for callers that build the table at run time).</summary>
        public static void Register() => Commands.Register(Name, Help, Run);

        public static int Run(string[] args)
        {
            long cases = 10_000_000;
            long seed = 1;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--cases":
                        cases = long.Parse(args[i + 1]);
                        break;
                    case "--seed":
                        seed = long.Parse(args[i + 1]);
                        break;
                    default:
                        Console.Error.WriteLine("unknown option " + args[i]);
                        return 2;
                }
            }

            FuzzReport report = ProtocolFuzzer.Run(seed, cases, maxFailures: 50);
            Console.WriteLine($"seed {seed}");
            Console.Write(report.Summary());
            foreach (var pair in report.ByMutation.OrderBy(p => p.Key))
            {
                Console.WriteLine($"  mutation {pair.Key,-20} {pair.Value}");
            }

            Console.WriteLine($"  worst allocation over {ProtocolFuzzer.AllocationPerInputByte} B/input byte: {report.WorstAllocationOverBound} B");
            return report.Failures.Count == 0 ? 0 : 1;
        }
    }
}
