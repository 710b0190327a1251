using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Security;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// Emulator processes run one after another over one kept data folder (<c>--data</c>) and one board secret (their
    /// own <c>XDG_DATA_HOME</c>, so the user's secret is never read or made), against a host simulator in this process
    /// that outlives them: its ledger and the working keys it delivered are still there when the next process starts,
    /// as an acquirer's are when a terminal reboots. Offline sales allowed, English, short link hysteresis, the serial
    /// log echoed to the process's output. Everything is deleted at the end.
    /// </summary>
    internal sealed class KeptEmulatorRig : IAsyncDisposable
    {
        /// <summary>The terminal id of the emulator (its default).</summary>
        public const string Tid = "10000001";

        /// <summary>The simulator's seed: its first sign-in delivers the PIK then the MAK drawn from it.</summary>
        public const long Seed = 1;

        /// <summary>The line the emulator logs when it loads the host simulator's TEST ONLY master key.</summary>
        public const string TestKeyLine = "TEST ONLY master key loaded";

        private readonly ConcurrentQueue<string> _hostLog = new();
        private readonly List<EmulatorProcess> _runs = new();

        /// <summary>Makes the folders and starts the host simulator on a free loopback port.</summary>
        public KeptEmulatorRig()
        {
            Root = Path.Combine(Path.GetTempPath(), "pos-emu-keys-" + Guid.NewGuid().ToString("N"));
            Data = Path.Combine(Root, "data");
            Sim = new HostSimulator(new HostOptions { Seed = Seed, Log = _hostLog.Enqueue }).Start();
        }

        /// <summary>The folder everything is kept under.</summary>
        public string Root { get; }

        /// <summary>The emulator's flash folder.</summary>
        public string Data { get; }

        /// <summary>The acquirer the emulators talk to.</summary>
        public HostSimulator Sim { get; }

        /// <summary>The simulator's log lines so far, one per request ("0200 10000001 stan 000002 card 622200******0001 …").</summary>
        public string[] HostLog => _hostLog.ToArray();

        /// <summary>
        /// Starts an emulator process over <paramref name="data"/> (default <see cref="Data"/>) with the board secret of
        /// <paramref name="board"/> (a folder name under <see cref="Root"/>) and terminal id <paramref name="tid"/>.
        /// </summary>
        public async Task<EmulatorProcess> StartAsync(string board = "board", string? data = null, string tid = Tid)
        {
            EmulatorProcess run = await EmulatorProcess.StartAsync(
                new Dictionary<string, string> { ["XDG_DATA_HOME"] = Path.Combine(Root, board) },
                "--data", data ?? Data, "--host", "127.0.0.1:" + Sim.Port.ToString(CultureInfo.InvariantCulture), "--tid", tid,
                "--offline", "--locale", "en-US", "--fast-link", "--log");
            _runs.Add(run);
            return run;
        }

        /// <summary>Waits until the host answered sign-in number <paramref name="count"/> of <paramref name="tid"/>, then for the idle screen, online.</summary>
        public async Task SignedInAsync(ApiClient api, int count, string tid = Tid)
        {
            await api.WaitAsync(_ => Sim.Host.SignInsOf(tid) >= count, "for sign-in " + count);
            await api.IdleOnlineAsync();
        }

        /// <summary>The file of the board secret the emulators of <paramref name="board"/> use.</summary>
        public string BoardSecretFile(string board = "board") => Path.Combine(Root, board, "pos-emulator", "board-secret");

        /// <summary>The published key set with the highest generation in <paramref name="data"/> (default <see cref="Data"/>).</summary>
        public string NewestKeyFile(string? data = null)
        {
            string[] sets = Directory.GetFiles(data ?? Data, PersistentKeyStore.FilePrefix + "*")
                .Where(f => !f.EndsWith(PersistentKeyStore.TempSuffix, StringComparison.Ordinal))
                .OrderBy(f => long.Parse(Path.GetFileName(f)[PersistentKeyStore.FilePrefix.Length..], CultureInfo.InvariantCulture))
                .ToArray();
            Assert.AreNotEqual(0, sets.Length, "a key set in " + (data ?? Data));
            return sets[^1];
        }

        /// <summary>Stops the simulator, writes what each emulator printed to the test's output, and deletes the folders.</summary>
        public ValueTask DisposeAsync()
        {
            Sim.Dispose();
            for (int i = 0; i < _runs.Count; i++)
            {
                Console.WriteLine("emulator run " + (i + 1) + ":\n" + _runs[i].Output);
            }

            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, true);
            }

            return ValueTask.CompletedTask;
        }
    }
}
