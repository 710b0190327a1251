using BenchmarkDotNet.Running;

namespace Pos.Bench
{
    /// <summary>
    /// Entry point of the benchmarks. With no arguments BenchmarkDotNet asks which to run; "--filter *Name*" picks
    /// some. Long-running checks that are not benchmarks (a long fuzz run, say) are commands registered in
    /// <see cref="Commands"/>: "dotnet run -c Release --project tools/Pos.Bench -- fuzz --cases 10000000".
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && Commands.TryRun(args, out int exitCode))
            {
                return exitCode;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
