using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Pos.Bench.Workloads;

namespace Pos.Bench.Device
{
    /// <summary>
    /// Device budgets measured on the nanoCLR interpreter (docs/BENCHMARKS.md, "Device budgets on the nanoCLR
    /// interpreter"): builds tools/Pos.Bench.Device with the nanoFramework kit's nf-build (string table and byte code
    /// of every .pe), runs it on the kit's nanoCLR (free managed heap per state of the heap workload, time of one
    /// purchase round), measures the free heap of an empty program with nothing and with each assembly of the core
    /// loaded (what loading and static initializers keep), times the same purchase round on .NET in this process,
    /// and prints one table. Exit status 1 when a build or the device run fails.
    /// Run: dotnet run -c Release --project tools/Pos.Bench -- device [--kit PATH] [--rebuild]
    /// </summary>
    public static partial class DeviceBudgets
    {
        public const string Name = "device";
        public const string Help = "device budgets on the nanoCLR interpreter: .pe sizes, free heap per state, round time vs .NET [--kit PATH] [--rebuild]";

        // The kit, relative to the repository root (the repository's convention; --kit overrides).
        private const string DefaultKit = "../shared/nanoframework";
        private const string DeviceProject = "tools/Pos.Bench.Device/Pos.Bench.Device.nfproj";
        private const string OutputFolder = "tools/Pos.Bench.Device/bin/nf";
        private const string BaselineFolder = "tools/Pos.Bench.Device/bin/baseline";

        // What the build reads: a change in any of these files (or in the kit) makes the next run build again.
        private static readonly string[] SourceFolders = { "firmware", "hal/Pos.Hal", "tests/Pos.Core.Testing", "tools/Pos.Bench.Device", "tools/Pos.Bench.Workloads" };
        private static readonly string[] SourceExtensions = { ".cs", ".nfproj", ".projitems", ".config" };
        private const int PeLimit = 65535;
        private const long GoalBytes = 60 * 1024;

        // Assemblies of the bench itself: loaded on nanoCLR with the core, but not part of the firmware.
        private static readonly string[] Scaffolding = { "Pos.Core.Testing", "Pos.Bench.Device" };

        // Always loaded, so part of the baseline: the runtime library and the one the heap is read through.
        private static readonly string[] BaseAssemblies = { "mscorlib", "nanoFramework.Runtime.Native" };

        // The empty program of the baseline. Written and built by this command (into BaselineFolder, build output),
        // not kept as a project: it has no code to test and no host twin, and it must stay exactly this. Same first
        // line as the device bench, so the console's own allocation is made before both measurements.
        private const string BaselineSource = """
            namespace Pos.Bench.Baseline
            {
                public static class Program
                {
                    public static void Main()
                    {
                        System.Console.WriteLine("bench begin");
                        System.Console.WriteLine("bench heap.baseline " + nanoFramework.Runtime.Native.GC.Run(false).ToString());
                    }
                }
            }
            """;

        private const string BaselineProject = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project ToolsVersion="Current" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <AssemblyName>Pos.Bench.Baseline</AssemblyName>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="Program.cs" />
              </ItemGroup>
              <ItemGroup>
                <Reference Include="mscorlib" />
                <Reference Include="nanoFramework.Runtime.Native" />
              </ItemGroup>
            </Project>
            """;

        public static int Run(string[] args)
        {
            try
            {
                return Measure(args);
            }
            catch (BenchFailure e)
            {
                Console.Error.WriteLine("device: " + e.Message);
                return 1;
            }
        }

        private static int Measure(string[] args)
        {
            var total = Stopwatch.StartNew();
            string root = RepositoryRoot();
            string? kitArg = null;
            bool rebuild = false;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--kit" && i + 1 < args.Length)
                {
                    kitArg = args[++i];
                }
                else if (args[i] == "--rebuild")
                {
                    rebuild = true;
                }
                else
                {
                    throw new BenchFailure("usage: device [--kit PATH] [--rebuild]   (kit default " + DefaultKit + " from the repository root)");
                }
            }

            string kit = Path.GetFullPath(kitArg ?? Path.Combine(root, DefaultKit));
            string nfBuild = Path.Combine(kit, "bin", "nf-build");
            string nanoClr = Path.Combine(kit, "nanoclr", "nanoFramework.nanoCLR.test");
            if (!File.Exists(nfBuild) || !File.Exists(nanoClr))
            {
                throw new BenchFailure("no nanoFramework kit at " + kit + " (bin/nf-build, nanoclr/); give it with --kit PATH");
            }

            // 1. Build the device bench and the empty baseline program, side by side, unless the last build used the
            // same sources and kit (a content hash of both is kept beside the output).
            string output = Path.Combine(root, OutputFolder);
            string baselineDir = Path.Combine(root, BaselineFolder);
            string keyFile = Path.Combine(output, "build.key");
            string logFile = Path.Combine(output, "build.log");
            string key = BuildKey(root, kit);
            var build = Stopwatch.StartNew();
            string buildLog;
            bool reused = !rebuild && File.Exists(keyFile) && File.ReadAllText(keyFile) == key && File.Exists(logFile)
                && File.Exists(Path.Combine(output, "Pos.Bench.Device.pe")) && File.Exists(Path.Combine(baselineDir, "out", "Pos.Bench.Baseline.pe"));
            if (reused)
            {
                buildLog = File.ReadAllText(logFile);
            }
            else
            {
                foreach (string dir in new[] { output, baselineDir })
                {
                    if (Directory.Exists(dir))
                    {
                        Directory.Delete(dir, recursive: true);
                    }
                }

                Directory.CreateDirectory(baselineDir);
                File.WriteAllText(Path.Combine(baselineDir, "Program.cs"), BaselineSource);
                File.WriteAllText(Path.Combine(baselineDir, "Pos.Bench.Baseline.nfproj"), BaselineProject);
                var device = Task.Run(() => Tool.Run("python3", new[] { nfBuild, DeviceProject, "--out", output }, root, null, TimeSpan.FromMinutes(5)));
                var baseline = Task.Run(() => Tool.Run("python3", new[] { nfBuild, "Pos.Bench.Baseline.nfproj", "--out", "out" }, baselineDir, null, TimeSpan.FromMinutes(5)));
                Task.WaitAll(device, baseline);
                Require(device.Result, "nf-build " + DeviceProject);
                Require(baseline.Result, "nf-build of the baseline program");
                buildLog = device.Result.Output;
                File.WriteAllText(logFile, buildLog);
                File.WriteAllText(keyFile, key);
            }

            build.Stop();
            List<PeSize> sizes = ParseSizes(buildLog);
            if (sizes.Count == 0 || sizes[^1].Name != "Pos.Bench.Device")
            {
                throw new BenchFailure("nf-build printed no size report for Pos.Bench.Device:\n" + buildLog);
            }

            // 2. The empty program alone, then with the app's assemblies loaded one more at a time.
            var runs = Stopwatch.StartNew();
            var env = new Dictionary<string, string> { ["LD_LIBRARY_PATH"] = Path.Combine(kit, "nanoclr") };
            string baselinePe = Path.Combine(baselineDir, "out", "Pos.Bench.Baseline.pe");
            var loaded = new List<string>();
            foreach (string name in BaseAssemblies)
            {
                loaded.Add(Path.Combine(output, name + ".pe"));
            }

            long baselineFree = Free(nanoClr, loaded, baselinePe, env);
            var order = new List<string>();
            foreach (string pe in Directory.GetFiles(output, "*.pe").OrderBy(p => p, StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(pe);
                if (!BaseAssemblies.Contains(name) && !sizes.Any(s => s.Name == name))
                {
                    order.Add(name); // kit libraries copied beside the build (System.Text, System.Collections)
                }
            }

            order.AddRange(sizes.Select(s => s.Name).Where(n => n != "Pos.Bench.Device"));
            var heapWhenLoaded = new Dictionary<string, long>();
            long previous = baselineFree;
            foreach (string name in order)
            {
                loaded.Add(Path.Combine(output, name + ".pe"));
                long free = Free(nanoClr, loaded, baselinePe, env);
                heapWhenLoaded[name] = previous - free;
                previous = free;
            }

            long appLoaded = baselineFree - order.Where(n => !Scaffolding.Contains(n)).Sum(n => heapWhenLoaded[n]);

            // 3. The device bench.
            var benchFiles = Directory.GetFiles(output, "*.pe").Where(p => Path.GetFileNameWithoutExtension(p) != "Pos.Bench.Device")
                .OrderBy(p => p, StringComparer.Ordinal).Append(Path.Combine(output, "Pos.Bench.Device.pe")).ToArray();
            var benchRun = Tool.Run(nanoClr, benchFiles, output, env, TimeSpan.FromMinutes(5));
            runs.Stop();
            Dictionary<string, long> bench = BenchLines(benchRun.Output);
            string? error = benchRun.Output.Split('\n').FirstOrDefault(l => l.StartsWith("bench error", StringComparison.Ordinal));
            if (error != null || !benchRun.Output.Contains("bench done", StringComparison.Ordinal) || benchRun.ExitCode != 0)
            {
                throw new BenchFailure("the device bench failed on nanoCLR (exit " + benchRun.ExitCode + "): " + (error ?? "no \"bench done\"") + "\n" + Tail(benchRun.Output, 25));
            }

            heapWhenLoaded["Pos.Bench.Device"] = previous - bench["heap.start"];
            if (bench["purchases.approved"] != HeapWorkload.PurchaseCount || bench["offline.queued"] != bench["offline.max"])
            {
                throw new BenchFailure("the device bench did not complete its workload:\n" + Tail(benchRun.Output, 25));
            }

            // 4. The same purchase round on .NET, in this process.
            var net = NetRound();
            total.Stop();

            Print(kit, root, sizes, heapWhenLoaded, order, baselineFree, appLoaded, bench, net, reused, build.Elapsed, runs.Elapsed, total.Elapsed);
            return 0;
        }

        private static void Print(string kit, string root, List<PeSize> sizes, Dictionary<string, long> heapWhenLoaded, List<string> order,
            long baselineFree, long appLoaded, Dictionary<string, long> b, (double Best, double Mean, long Rounds) net, bool reused,
            TimeSpan build, TimeSpan runs, TimeSpan total)
        {
            long appStatic = baselineFree - appLoaded;
            Console.WriteLine("Device budgets on the nanoCLR interpreter (kit " + Relative(root, kit) + "; Linux x86-64 build, 64-bit heap blocks)");
            Console.WriteLine();
            Console.WriteLine($"{"assembly (.pe), string table and byte code",-44}{"strings",14}{"code",14}{"heap when loaded",18}");
            foreach (string name in order.Where(n => !sizes.Any(s => s.Name == n)))
            {
                Console.WriteLine($"{name + " (kit)",-44}{"",14}{"",14}{B(heapWhenLoaded[name]),18}");
            }

            foreach (PeSize s in sizes)
            {
                string label = s.Name + (Scaffolding.Contains(s.Name) ? " (bench)" : string.Empty);
                Console.WriteLine($"{label,-44}{Size(s.Strings),14}{Size(s.ByteCode),14}{B(heapWhenLoaded[s.Name]),18}");
            }

            Console.WriteLine($"{"app assemblies (kit libs, Pos.Hal, Pos.Core.*)",-72}{B(appStatic),18}");
            Console.WriteLine($"  % of the 64 KiB limits of a .pe; heap when loaded = free heap lost by loading it (runtime tables + static fields)");
            Console.WriteLine();

            // The CUPS field table is built once, by the first packager, and shared by all: the bench builds it before
            // the simulated world (whose host would otherwise build it and hide it among the world's objects).
            long fields = b["heap.start"] - b["heap.fields"];
            long appBase = appStatic + fields;
            long world = b["heap.world"];
            Console.WriteLine($"{"managed heap, free = GC.Run(false)",-40}{"free",14}{"baseline - free",18}{"app data",14}{"app objects",13}");
            Console.WriteLine($"{"empty program (mscorlib, Native)",-40}{B(baselineFree),14}{B(0),18}{"",14}{"",13}");
            Console.WriteLine($"{"app assemblies loaded, nothing run",-40}{B(appLoaded),14}{B(baselineFree - appLoaded),18}{B(appStatic),14}{"",13}");
            Console.WriteLine($"{"bench started (+ test scaffolding)",-40}{B(b["heap.start"]),14}{B(baselineFree - b["heap.start"]),18}{"",14}{"",13}");
            Console.WriteLine($"{"CUPS field table built (shared)",-40}{B(b["heap.fields"]),14}{B(baselineFree - b["heap.fields"]),18}{B(appBase),14}{"",13}");
            Console.WriteLine($"{"simulated world built (" + (b["flash.capacity"] * HeapWorkload.FlashFiles / 1024) + " KiB flash)",-40}{B(world),14}{B(baselineFree - world),18}{B(appBase),14}{B(0),13}");
            string[][] states =
            {
                new[] { "heap.boot", "booted, online, signed in, idle" },
                new[] { "heap.after1", "after 1 purchase" },
                new[] { "heap.filled", "after " + HeapWorkload.FillingPurchases + " purchases (duplicate ring full)" },
                new[] { "heap.after100", "after " + HeapWorkload.PurchaseCount + " purchases" },
                new[] { "heap.fullqueue", "full offline queue (" + b["offline.queued"] + " sales)" },
            };
            foreach (string[] state in states)
            {
                long free = b[state[0]];
                Console.WriteLine($"{state[1],-40}{B(free),14}{B(baselineFree - free),18}{B(appBase + world - free),14}{B(world - free),13}");
            }

            Console.WriteLine("  app data = app assemblies loaded + the shared CUPS field table + app objects; app objects = heap.world - free (the TerminalApp's objects only,");
            Console.WriteLine("  without the bench's simulated world and test scaffolding, which 'baseline - free' includes)");
            Console.WriteLine();

            long growth = b["heap.filled"] - b["heap.after100"];
            long first = b["heap.boot"] - b["heap.after1"];
            long filling = b["heap.after1"] - b["heap.filled"];
            long full = appBase + world - b["heap.fullqueue"];
            int later = HeapWorkload.PurchaseCount - HeapWorkload.FillingPurchases;
            Console.WriteLine($"growth over {HeapWorkload.PurchaseCount} purchases: {B(b["heap.boot"] - b["heap.after100"])} (first purchase {B(first)}, purchases 2-{HeapWorkload.FillingPurchases} {B(filling)} " +
                $"filling the duplicate guard's ring, then {B(growth)} over {later} = {growth / later} B each)   goal 0 per purchase: {(growth <= 0 ? "met" : "NOT MET")}");
            Console.WriteLine($"offline queue of {b["offline.queued"]}: {B(b["heap.after100"] - b["heap.fullqueue"])} ({(b["heap.after100"] - b["heap.fullqueue"]) / Math.Max(1, b["offline.queued"])} B per queued sale)");
            Console.WriteLine($"app data with a full queue: {B(full)}   goal <= {B(GoalBytes)}: {(full <= GoalBytes ? "met" : "NOT MET")} (on 64-bit blocks; tools/heap-census estimates a 32-bit ESP32's figure)");
            Console.WriteLine();

            double deviceBest = b["round.ns"] / 1000.0;
            double deviceMean = b["round.mean.ns"] / 1000.0;
            Console.WriteLine($"purchase round, fastest batch (mean): interpreter {Us(deviceBest)} ({Us(deviceMean)}) over {b["round.count"]:N0} rounds, " +
                $".NET {Us(net.Best)} ({Us(net.Mean)}) over {net.Rounds:N0} rounds; ratio {(deviceBest / net.Best).ToString("F0", CultureInfo.InvariantCulture)}x");
            Console.WriteLine($"on the interpreter: boot to idle {Ms(b["boot.us"])}, one online purchase through the terminal {Ms(b["purchase.us"])}, one offline sale {Ms(b["offline.us"])}");
            Console.WriteLine($"journal file peak {B(b["flash.longest"])} of {B(b["flash.capacity"])}");
            Console.WriteLine($"transaction log of {b["log.entries"]} entries (values in the journal's flash): look up one {Ms(b["log.find.us"])} with its sealed card opened, " +
                $"{Ms(b["log.find.plain.us"])} without; every entry without cards (settlement report) {Ms(b["log.all.us"])}, the totals {Ms(b["log.totals.us"])}");
            Console.WriteLine($"settlement of that batch, heap held at once: the report's count {B(b["log.held.summary"])} ({b["log.counted"]} sales counted one at a time; " +
                $"all {b["log.all"]} entries at once took {B(b["log.held.all"])}), the upload's list {B(b["log.held.stans"])} for {b["log.uploaded"]} records (each message reads its 8; " +
                $"every record with its card in clear at once took {B(b["log.held.records"])})");
            Console.WriteLine($"card data at rest: seal and open one advice's card block (166 bytes, 3DES) {Ms(b["cardseal.us"])}");
            Console.WriteLine($"key store at boot: open and check a set of four keys (SHA-256 KEK, 4 MACs, 4 unwraps and KCVs) {Ms(b["keystore.open.us"])}");
            Console.WriteLine($"audit trail: append one entry (CRC, SHA-256 link, one write and flush) {Ms(b["audit.append.us"])}; open and verify the " +
                $"{b["audit.entries"]:N0} kept entries ({B(b["audit.bytes"])} of flash) {Ms(b["audit.open.us"])}; an opened trail keeps {B(b["audit.heap"])} of heap");
            Console.WriteLine($"receipt: a sale slip (zh-CN, 58 mm, {b["slip.rows"]:N0} dot rows) built and laid out {Ms(b["slip.layout.us"])}, rastered row by row " +
                $"{Ms(b["slip.raster.us"])}, {Ms(b["slip.us"])} in all (the paper takes {(b["slip.rows"] / 160.0).ToString("F1", CultureInfo.InvariantCulture)} s at 160 lines/s); the print queue keeps {B(b["slip.heap"])} of heap once it printed");
            double fullFrame = b["render.full.ns"] / 1e6;
            double digit = b["render.digit.ns"] / 1e6;
            double amount = b["render.amount.ns"] / 1e6;
            string F(double ms) => ms.ToString("F3", CultureInfo.InvariantCulture) + " ms";
            Console.WriteLine($"render (fastest batch): full APPROVED frame {F(fullFrame)}, one-digit change on the amount screen {F(digit)} " +
                $"(renderer; {(fullFrame / digit).ToString("F1", CultureInfo.InvariantCulture)}x cheaper than a full frame), through the presenter {F(amount)}");
            Console.WriteLine($"took {S(total)} ({(reused ? "build reused: sources and kit unchanged, --rebuild to force" : "builds " + S(build))}, nanoCLR runs {S(runs)})");
        }

        // The same round on .NET: warmed up (tiered JIT) for half a second, then batches of 1,000 rounds for a second;
        // the fastest batch is the figure, as on the interpreter.
        private static (double Best, double Mean, long Rounds) NetRound()
        {
            var round = new PurchaseRound();
            round.Setup();
            var watch = Stopwatch.StartNew();
            while (watch.ElapsedMilliseconds < 500)
            {
                Check(round.Run());
            }

            const int Batch = 1000;
            long rounds = 0;
            double best = double.MaxValue;
            var all = Stopwatch.StartNew();
            while (all.ElapsedMilliseconds < 1000)
            {
                watch.Restart();
                for (int i = 0; i < Batch; i++)
                {
                    Check(round.Run());
                }

                best = Math.Min(best, watch.Elapsed.TotalMicroseconds / Batch);
                rounds += Batch;
            }

            return (best, all.Elapsed.TotalMicroseconds / rounds, rounds);

            static void Check(bool approved)
            {
                if (!approved)
                {
                    throw new BenchFailure("the purchase round on .NET was not approved");
                }
            }
        }

        private static string BuildKey(string root, string kit)
        {
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            void Add(string text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text + "\n"));
            Add(kit);
            Add(BaselineSource);
            Add(BaselineProject);
            foreach (string folder in new[] { "bin", "lib", "mdp", "nanoclr" })
            {
                string dir = Path.Combine(kit, folder);
                if (Directory.Exists(dir))
                {
                    foreach (string file in Directory.GetFiles(dir).OrderBy(f => f, StringComparer.Ordinal))
                    {
                        var info = new FileInfo(file);
                        Add(file + " " + info.Length + " " + info.LastWriteTimeUtc.Ticks);
                    }
                }
            }

            foreach (string folder in SourceFolders)
            {
                var files = Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
                    .Where(f => SourceExtensions.Contains(Path.GetExtension(f)))
                    .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                    .Where(f => !f.Split('/').Any(part => part == "bin" || part == "obj"))
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    Add(file);
                    hash.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
                }
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }

        private static long Free(string nanoClr, List<string> assemblies, string program, Dictionary<string, string> env)
        {
            var run = Tool.Run(nanoClr, assemblies.Append(program).ToArray(), Path.GetDirectoryName(program)!, env, TimeSpan.FromMinutes(2));
            if (run.ExitCode != 0 || !BenchLines(run.Output).TryGetValue("heap.baseline", out long free))
            {
                throw new BenchFailure("the baseline program failed on nanoCLR with " + string.Join(", ", assemblies.Select(Path.GetFileName)) + ":\n" + Tail(run.Output, 15));
            }

            return free;
        }

        private static Dictionary<string, long> BenchLines(string output)
        {
            var values = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (Match m in BenchLine().Matches(output))
            {
                values[m.Groups[1].Value] = long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            }

            return values;
        }

        private static List<PeSize> ParseSizes(string output)
        {
            var sizes = new List<PeSize>();
            var strings = new Dictionary<string, int>();
            var code = new Dictionary<string, int>();
            foreach (string line in output.Split('\n'))
            {
                Match m = SizeLine().Match(line);
                if (m.Success)
                {
                    (m.Groups[2].Value == "string table" ? strings : code)[m.Groups[1].Value] = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
                    continue;
                }

                m = ConvertedLine().Match(line);
                if (m.Success && strings.TryGetValue(m.Groups[1].Value, out int s) && code.TryGetValue(m.Groups[1].Value, out int c))
                {
                    sizes.Add(new PeSize(m.Groups[1].Value, s, c));
                }
            }

            return sizes;
        }

        private static void Require(Tool.Result result, string what)
        {
            if (result.ExitCode != 0)
            {
                throw new BenchFailure(what + " failed (exit " + result.ExitCode + "):\n" + Tail(result.Output, 30));
            }
        }

        private static string RepositoryRoot()
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (string? dir = start; dir != null; dir = Path.GetDirectoryName(dir))
                {
                    if (File.Exists(Path.Combine(dir, "nf.sln")) && File.Exists(Path.Combine(dir, DeviceProject)))
                    {
                        return dir;
                    }
                }
            }

            throw new BenchFailure("run from inside the repository (no nf.sln with " + DeviceProject + " above the current folder)");
        }

        private static string Relative(string root, string path)
        {
            string relative = Path.GetRelativePath(root, path);
            return relative.StartsWith("../../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        }

        private static string Tail(string text, int lines) => string.Join('\n', text.TrimEnd().Split('\n').TakeLast(lines));

        private static string B(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

        private static string Size(int bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " " + (100.0 * bytes / PeLimit).ToString("F0", CultureInfo.InvariantCulture).PadLeft(3) + "%";

        private static string Ms(long micros) => (micros / 1000.0).ToString("F2", CultureInfo.InvariantCulture) + " ms";

        private static string Us(double micros) => micros.ToString(micros < 100 ? "F2" : "F0", CultureInfo.InvariantCulture) + " us";

        private static string S(TimeSpan t) => t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";

        [GeneratedRegex(@"^bench ([a-z0-9.]+) (-?\d+)\r?$", RegexOptions.Multiline)]
        private static partial Regex BenchLine();

        [GeneratedRegex(@"^(\S+)\.pe: (string table|byte code)\s+(\d+) / \d+ bytes")]
        private static partial Regex SizeLine();

        [GeneratedRegex(@"^(\S+)\.pe: converted -> ")]
        private static partial Regex ConvertedLine();

        private sealed record PeSize(string Name, int Strings, int ByteCode);

        private sealed class BenchFailure : Exception
        {
            public BenchFailure(string message)
                : base(message)
            {
            }
        }

        /// <summary>Runs a tool and collects its output (stdout then stderr), killing it after the timeout.</summary>
        private static class Tool
        {
            public sealed record Result(int ExitCode, string Output);

            public static Result Run(string file, string[] args, string workingDirectory, Dictionary<string, string>? env, TimeSpan timeout)
            {
                var info = new ProcessStartInfo(file)
                {
                    WorkingDirectory = workingDirectory,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (string arg in args)
                {
                    info.ArgumentList.Add(arg);
                }

                if (env != null)
                {
                    foreach (var (key, value) in env)
                    {
                        info.Environment[key] = value;
                    }
                }

                using var process = Process.Start(info) ?? throw new BenchFailure("cannot start " + file);
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(timeout))
                {
                    process.Kill(entireProcessTree: true);
                    throw new BenchFailure(Path.GetFileName(file) + " " + string.Join(' ', args.Select(Path.GetFileName)) + " timed out after " + timeout.TotalSeconds + " s");
                }

                process.WaitForExit();
                return new Result(process.ExitCode, stdout.Result + stderr.Result);
            }
        }
    }
}
