using Pos.Core.Link;

namespace Pos.Tests.Host.Link;

/// <summary>
/// Seeded randomized property test of the link monitor over thousands of outage schedules in simulated time:
/// link-down is offline at once, silent loss is offline within 10 s of the first failure evidence, recovery is
/// online within 10 s of the host (and link) being back, and the monitor does not flap. Prints the worst
/// latencies observed (docs/LINK_AND_OFFLINE.md quotes them).
/// </summary>
[TestClass]
public sealed class LinkMonitorPropertyTests
{
    private const int Runs = 2000;
    private const long RunMs = 30 * 60 * 1000;
    private const long BoundMs = LinkSettings.SpecBoundMs;

    /// <summary>Gives access to the test output.</summary>
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Random_outage_schedules_hold_the_detection_recovery_and_no_flap_bounds()
    {
        LinkSettings settings = new();
        long worstDetection = 0, worstRecovery = 0, detections = 0, recoveries = 0, changes = 0, linkDowns = 0;
        (long Seed, long At) worstDetectionAt = default, worstRecoveryAt = default;
        for (long seed = 1; seed <= Runs; seed++)
        {
            LinkSimulation sim = new(seed, settings);
            sim.Run(RunMs);
            string where = "seed " + seed;
            Assert.AreEqual(0, sim.LinkDownViolations.Count, where + ": link down not offline at once at " + string.Join(",", sim.LinkDownViolations));
            linkDowns += sim.Monitor.EntriesInto(LinkState.LinkDown);
            changes += sim.Changes.Count;

            for (int w = 0; w < sim.World.Count; w++)
            {
                long a = sim.World[w].At;
                long b = w + 1 < sim.World.Count ? sim.World[w + 1].At : sim.EndMs;
                if (sim.World[w].Reachable)
                {
                    long? latency = CheckRecovery(sim, a, b, where);
                    if (latency is long r)
                    {
                        recoveries++;
                        if (r > worstRecovery)
                        {
                            worstRecovery = r;
                            worstRecoveryAt = (seed, a);
                        }
                    }
                }
                else
                {
                    long? latency = CheckDetection(sim, a, b, where);
                    if (latency is long d)
                    {
                        detections++;
                        if (d > worstDetection)
                        {
                            worstDetection = d;
                            worstDetectionAt = (seed, a);
                        }
                    }
                }

                int on = sim.Changes.Count(c => c.Online && c.At >= a && c.At < b);
                int off = sim.Changes.Count(c => !c.Online && c.At >= a && c.At < b);
                Assert.IsTrue(on <= 1 && off <= 1, $"{where}: flapping in world window [{a}, {b}): {on} online, {off} offline");
            }

            CheckDwell(sim, settings, where);
        }

        string report =
            $"link monitor property: {Runs} runs x {RunMs / 60000} min simulated; {detections} silent losses measured, worst detection " +
            $"{worstDetection} ms (seed {worstDetectionAt.Seed}, outage at {worstDetectionAt.At} ms); {recoveries} recoveries measured, worst recovery " +
            $"{worstRecovery} ms (seed {worstRecoveryAt.Seed}, host back at {worstRecoveryAt.At} ms); {changes} visible changes; {linkDowns} link-down entries";
        TestContext.WriteLine(report);
        Console.WriteLine(report);
        Assert.IsTrue(worstDetection <= BoundMs);
        Assert.IsTrue(worstRecovery <= BoundMs);
        Assert.IsTrue(detections > 1000 && recoveries > 1000, "the schedules exercise both bounds");
    }

    // Silent loss: from the first failure evidence in an unreachable window (a failed exchange's report, or the start
    // of a probe bound to fail) to the WentOffline. Returns the latency when one was measured.
    private static long? CheckDetection(LinkSimulation sim, long a, long b, string where)
    {
        long f = sim.FailureEvidence.FirstOrDefault(t => t >= a && t < b, -1);
        if (f < 0 || !OnlineAt(sim, f))
        {
            return null;
        }

        var offline = sim.Changes.FirstOrDefault(c => !c.Online && c.At >= f);
        bool found = offline != default && offline.At < b;
        if (b > f + BoundMs)
        {
            Assert.IsTrue(found && offline.At <= f + BoundMs, $"{where}: first failure at {f}, still online at {f + BoundMs} (window ends {b})");
        }

        return found ? offline.At - f : null;
    }

    // Recovery: from the moment the host and link are both up to the WentOnline; online by 10 s and no WentOffline
    // for the rest of the window.
    private static long? CheckRecovery(LinkSimulation sim, long a, long b, string where)
    {
        bool onlineAtStart = OnlineAt(sim, a);
        if (b > a + BoundMs)
        {
            Assert.IsTrue(OnlineAt(sim, a + BoundMs), $"{where}: host back at {a}, still offline at {a + BoundMs}");
            Assert.IsFalse(sim.Changes.Any(c => !c.Online && c.At >= a + BoundMs && c.At < b), $"{where}: went offline while the host was reachable ({a}..{b})");
        }

        if (onlineAtStart)
        {
            return null;
        }

        var online = sim.Changes.FirstOrDefault(c => c.Online && c.At >= a);
        return online != default && online.At < b ? online.At - a : null;
    }

    // Hysteresis: each visible state lasts at least its minimum (except a link-down, which is offline at once).
    private static void CheckDwell(LinkSimulation sim, LinkSettings settings, string where)
    {
        for (int i = 1; i < sim.Changes.Count; i++)
        {
            var previous = sim.Changes[i - 1];
            var change = sim.Changes[i];
            Assert.AreNotEqual(previous.Online, change.Online, $"{where}: two changes the same way at {change.At}");
            long gap = change.At - previous.At;
            if (change.Online)
            {
                Assert.IsTrue(gap >= settings.MinRecoveringMs, $"{where}: online {gap} ms after going offline at {previous.At}");
            }
            else if (change.Reason != LinkReason.LinkDown)
            {
                Assert.IsTrue(gap >= settings.MinSuspectMs, $"{where}: offline {gap} ms after going online at {previous.At}");
            }
        }
    }

    private static bool OnlineAt(LinkSimulation sim, long t)
    {
        bool online = false;
        foreach (var change in sim.Changes)
        {
            if (change.At > t)
            {
                break;
            }

            online = change.Online;
        }

        return online;
    }
}
