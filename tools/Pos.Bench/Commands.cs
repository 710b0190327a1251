namespace Pos.Bench
{
    /// <summary>
    /// Named long-running commands that are not BenchmarkDotNet benchmarks. Add a row to <see cref="Table"/>;
    /// each command takes the remaining arguments and returns the process exit code.
    /// </summary>
    public static class Commands
    {
        private static readonly Dictionary<string, (string Help, Func<string[], int> Run)> Table = new()
        {
            ["list"] = ("lists the commands", _ => ListCommands()),
            [Protocol.FuzzCommand.Name] = (Protocol.FuzzCommand.Help, Protocol.FuzzCommand.Run),
            [Offline.ForwardFigures.Name] = (Offline.ForwardFigures.Help, Offline.ForwardFigures.Run),
            ["storage"] = ("journal figures: bytes written per queued txn, full-queue recovery time, retained memory", Storage.StorageFigures.Run),
            [Device.DeviceBudgets.Name] = (Device.DeviceBudgets.Help, Device.DeviceBudgets.Run),
            [Reliability.ReliabilityCommand.Name] = (Reliability.ReliabilityCommand.Help, Reliability.ReliabilityCommand.Run),
            [Fleet.FleetCommand.Name] = (Fleet.FleetCommand.Help, Fleet.FleetCommand.Run),
        };

        /// <summary>Runs the command named by args[0], if there is one.</summary>
        public static bool TryRun(string[] args, out int exitCode)
        {
            if (Table.TryGetValue(args[0], out var command))
            {
                exitCode = command.Run(args[1..]);
                return true;
            }

            exitCode = 0;
            return false;
        }

        /// <summary>Registers a command; called from static constructors of command classes via <see cref="Register"/>.</summary>
        public static void Register(string name, string help, Func<string[], int> run) => Table[name] = (help, run);

        private static int ListCommands()
        {
            foreach (var (name, (help, _)) in Table)
            {
                Console.WriteLine($"{name,-12} {help}");
            }

            return 0;
        }
    }
}
