using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.App
{
    /// <summary>
    /// Property test of issue 10 (money exactly once), deliverable 9: the real <c>TerminalApp</c> on simulated time
    /// (<see cref="ChaosWorld"/>) takes ≥ 100,000 seeded random actions: keys (also codes that are no key), well-formed
    /// and malformed cards (bad expiry, service code, PAN, track 2, entry mode, field 55, sequence number), read
    /// errors, host answers (codes, bad MACs, forced sign-ins, timeouts, closed connections, holds), odd seam outcomes
    /// (ids nobody sent, replies without bytes, garbage, an earlier reply, undefined failure values), link flaps, host
    /// outages, clock jumps (1601–2998), time passing (up to an hour) and power cuts (at once, or armed to strike
    /// mid-write with torn tails). After every action:
    /// <list type="bullet">
    /// <item>No escape: nothing but the simulated power cut leaves the loop, a key press, a card or a render, and the
    /// dispatcher's guard never had to catch anything (every bad input was refused where it entered).</item>
    /// <item>The journal reopens consistently after every cut: never corrupt, and a second boot over the same flash
    /// recovers the same STAN, batch, reversal (STAN, reason, attempts), offline queue and transaction log.</item>
    /// <item>Screen never stale, defined as: the screen model always names a known <c>ScreenIds</c> id; in every state
    /// that has a screen of its own (the state table's screen column) the model shows exactly that screen, and in
    /// Result a result screen (never another state's); and an action that changed the machine's state or the screen
    /// id also moved <c>ScreenModel.Version</c>, which is what the presenter redraws on. The UI renders every 50
    /// actions without throwing.</item>
    /// <item>No reversal lost: a purchase or void that reached the host and whose answer the terminal never read keeps
    /// its reversal in the journal (same STAN) until a reversal for it is acknowledged or a technician clears it.</item>
    /// </list>
    /// Seed and count: <c>POS_CHAOS_SEED</c>, <c>POS_CHAOS_EVENTS</c> (default 100,000; a longer run is only a larger
    /// number). A failure prints the seed, the action number and the last actions.
    /// </summary>
    [TestClass]
    public sealed class SeamChaosPropertyTests
    {
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void The_terminal_survives_100000_random_seam_events_with_money_and_screen_intact()
        {
            int seed = Env("POS_CHAOS_SEED", 20260105);
            int events = Env("POS_CHAOS_EVENTS", 100_000);
            var world = new ChaosWorld(seed);
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < events; i++)
            {
                world.Act();
            }

            watch.Stop();
            TestContext.WriteLine($"seed {seed}: {world.Actions} actions in {watch.ElapsedMilliseconds} ms; {world.PowerCuts} power cuts ({world.TornRecoveries} torn tails), "
                + $"{world.MalformedCards} malformed cards, {world.RejectedKeys} non-keys, {world.Exchange.Injected} odd outcomes, {world.ClockJumps} clock jumps, "
                + $"{world.ReversalsOwed} reversals owed, {world.Approved} approvals, {world.Renders} renders, {world.Terminal.Channel.Dropped} dropped completions, faults {world.Faults}");
            TestContext.WriteLine("screens: " + string.Join(", ", world.ScreensSeen.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " " + p.Value)));
            Assert.AreEqual(events, world.Actions);
            Assert.AreEqual(0L, world.Faults);
            Assert.AreEqual(0L, world.CompletionLoops, "a completion loop the machine had to stop");

            // The run covered what it claims to: each kind of chaos happened and money moved.
            Assert.IsTrue(world.PowerCuts >= events / 500, "power cuts: " + world.PowerCuts);
            Assert.IsTrue(world.MalformedCards >= events / 500, "malformed cards: " + world.MalformedCards);
            Assert.IsTrue(world.ReversalsOwed >= events / 2000, "reversals owed: " + world.ReversalsOwed);
            Assert.IsTrue(world.Approved >= events / 4000, "approvals: " + world.Approved);
            Assert.IsTrue(world.ScreensSeen.Count >= 15, "screens seen: " + world.ScreensSeen.Count);
        }

        private static int Env(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : fallback;
    }
}
