using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Localization;
using CoreCatalog = Pos.Core.Localization.Catalog;
using Pos.Core.Offline;
using Pos.Core.Transactions;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Tests.Host.Reconciliation
{
    /// <summary>
    /// Exactly-once end to end (SPEC §4): the real terminal over real loopback TCP against the host simulator, with
    /// protocol faults and power cuts, reconciled with the simulator's ledger. docs/RECONCILIATION.md.
    /// </summary>
    [TestClass]
    public sealed class ReconciliationTests
    {
        private const string SignInRequired = "signin.required";

        private static readonly (string Name, FaultKind Kind, bool HostDown)[] Faults =
        [
            ("no-reply", FaultKind.NoReply, false),
            ("close-after-read", FaultKind.CloseAfterRead, false),
            ("bad-mac", FaultKind.BadMac, false),
            ("host-down", FaultKind.None, true),
            ("close-before-read", FaultKind.CloseBeforeRead, false),
            ("truncated", FaultKind.TruncatedReply, false),
            ("garbage", FaultKind.Garbage, false),
            ("duplicate-reply", FaultKind.DuplicateReply, false),
            ("wrong-stan", FaultKind.WrongStan, false),
        ];

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Every_response_code_of_the_catalog_reconciles_with_the_ledger()
        {
            using var sim = new HostSimulator().Start();
            var world = new ReconciliationWorld(sim);
            Assert.IsTrue(world.Settle(), "signed in and idle");
            int codes = 0;
            for (int key = 0; key < TextKey.CodeCount; key++)
            {
                string code = CoreCatalog.CodeOf(key);
                string pan = TestCards.Generic;
                long amount = 1000;
                if (char.IsDigit(code[0]) && char.IsDigit(code[1]))
                {
                    amount = 1000 + int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    TestCard? card = TestCards.All.FirstOrDefault(c => c.ResponseCode == code && c.Fault == FaultKind.None);
                    if (card == null)
                    {
                        continue;
                    }

                    pan = card.Pan;
                }

                int stanBefore = world.Terminal.Journal.State.CurrentStan;
                world.Purchase(amount, pan);
                string screen = world.Terminal.Screen.Id;
                int stan = world.Terminal.Journal.State.CurrentStan;
                Assert.AreNotEqual(stanBefore, stan, code + ": a request was sent");
                LedgerEntry? entry = sim.Ledger.Find(new TransactionKey(ReconciliationWorld.Tid, world.Terminal.Journal.State.BatchNumber, stan));
                bool booked = entry != null && entry.CountsAsDebit;
                if (screen == ScreenIds.Approved)
                {
                    Assert.IsTrue(booked, code + ": approved and booked");
                    Assert.IsNotNull(world.Terminal.Machine.Log.Find(stan), code + ": approved and logged");
                }
                else
                {
                    Assert.IsFalse(booked, code + ": not approved, not booked (" + screen + ")");
                    Assert.IsNull(world.Terminal.Machine.Log.Find(stan), code + ": not logged");
                    // Card retention is off by default: a pick-up code declines like any other, "use another card".
                    Assert.AreEqual(ScreenIds.Declined, screen, code);
                    if (new CatalogResponseCodeTable().ActionOf(code) == ResponseAction.RetainCard)
                    {
                        Assert.AreEqual((int)ResponseAction.UseAnotherCard, (int)world.Terminal.Screen.Action, code + ": the card goes back");
                    }

                    Assert.AreEqual(code, world.Terminal.Screen.Code, code + " shown");
                }

                bool resign = code == "77" || code == "99" || code == "A0";
                if (resign)
                {
                    Assert.AreEqual("1", world.Terminal.Journal.State.GetSetting(SignInRequired), code + " forces a sign-in");
                }

                Assert.IsFalse(world.Terminal.ReversalPending, code + ": no reversal for a host answer");
                Assert.IsTrue(world.Settle(), code + ": back to idle");
                Assert.IsNull(world.Terminal.Journal.State.GetSetting(SignInRequired), code + ": signed in again");
                codes++;
            }

            AssertReconciled(sim, world);
            Assert.AreEqual(ScreenIds.Settled, world.Settlement());
            Assert.IsTrue(sim.Ledger.Settlements[^1].Balanced, "settlement balanced");
            TestContext.WriteLine("response codes over TCP: " + codes + " codes, all reconciled");
            Assert.IsTrue(codes >= 70, "most of the catalog is reachable: " + codes);
        }

        [TestMethod]
        public void Header_processing_requirement_3_forces_a_sign_in_over_tcp()
        {
            using var sim = new HostSimulator().Start();
            var world = new ReconciliationWorld(sim);
            Assert.IsTrue(world.Settle());
            sim.RequireSignIn(ReconciliationWorld.Tid);
            world.Purchase(1000, TestCards.Approved);
            Assert.AreEqual(ScreenIds.Approved, world.Terminal.Screen.Id);
            Assert.AreEqual("1", world.Terminal.Journal.State.GetSetting(SignInRequired));
            Assert.IsTrue(world.Settle());
            Assert.IsNull(world.Terminal.Journal.State.GetSetting(SignInRequired));
            world.Purchase(2000, TestCards.Approved);
            Assert.AreEqual(ScreenIds.Approved, world.Terminal.Screen.Id);
            Assert.IsNull(world.Terminal.Journal.State.GetSetting(SignInRequired));
            AssertReconciled(sim, world);
            string settled = world.Settlement();
            Assert.AreEqual(ScreenIds.Settled, settled, settled + " " + world.Terminal.Screen.Line(0));
            Assert.IsTrue(sim.Ledger.Settlements[^1].Balanced);
        }

        [TestMethod]
        public void An_offline_period_is_forwarded_once_and_settles_balanced()
        {
            using var sim = new HostSimulator().Start();
            var policy = new OfflinePolicySettings { Enabled = true };
            var world = new ReconciliationWorld(sim, policy);
            Assert.IsTrue(world.Settle());
            world.Purchase(1500, TestCards.Approved);
            Assert.AreEqual(ScreenIds.Approved, world.Terminal.Screen.Id);

            Assert.IsTrue(world.GoOffline());
            world.Purchase(2500, TestCards.Approved, EntryMode.Contactless);
            Assert.AreEqual(ScreenIds.OfflineApproved, world.Terminal.Screen.Id);
            world.Pump(() => world.Terminal.State == TxnState.Idle, 30_000);
            world.Purchase(3500, TestCards.Approved, EntryMode.Contactless);
            Assert.AreEqual(ScreenIds.OfflineApproved, world.Terminal.Screen.Id);
            world.Pump(() => world.Terminal.State == TxnState.Idle, 30_000);
            // Magstripe is outside the default policy: the reader is not told to take swipes, a swipe is reported and the
            // prompt says why (L05) and stays for a tap or an insert.
            world.PressAmount(2000);
            Assert.IsTrue(world.Pump(() => world.Terminal.State == TxnState.PresentCard, 30_000));
            world.Reader.Present(new CardData(TestCards.Approved, "3012", "101", TestCards.Approved + "=3012101", EntryMode.Magstripe, null, string.Empty), CardReadError.None);
            world.Pump(() => false, 100);
            Assert.AreEqual(ScreenIds.PresentCard, world.Terminal.Screen.Id, "magstripe is outside the default policy");
            Assert.AreEqual("L05", world.Terminal.Screen.Code);
            Assert.AreEqual(2, world.Terminal.OfflineCount);
            world.Press(Key.Cancel);

            world.Network.Set(true);
            Assert.IsTrue(world.Pump(() => world.Terminal.IsOnline && world.Terminal.OfflineCount == 0, 60_000), "forwarded after reconnect");
            Assert.AreEqual(2, sim.Ledger.Entries.Count(e => e.Kind == LedgerEntryKind.Advice && e.Key.Tid == ReconciliationWorld.Tid));
            Assert.IsTrue(world.Settle());
            AssertReconciled(sim, world);
            Assert.AreEqual(ScreenIds.Settled, world.Settlement());
            Assert.IsTrue(sim.Ledger.Settlements[^1].Balanced, "settlement balanced with the advices");
        }

        [TestMethod]
        public void A_power_cut_at_every_journal_write_while_advices_are_forwarded_still_settles_balanced()
        {
            // The delivered mark and the transaction-log entry are one journal record: wherever the cut lands, the
            // terminal's totals and the host's agree at the first 0500 (no batch upload needed), and no advice is doubled.
            int writes = ReconciliationWorld.CutAtEveryWrite(ForwardOfflinePeriod);
            Assert.IsTrue(writes >= 4, "forwarding two advices writes to the journal (" + writes + ")");
            TestContext.WriteLine("advice forwarding: a power cut at each of " + writes + " journal writes, every settlement balanced");
        }

        // Two offline sales, then the network back with a power cut armed at the cut-th write (cut < 0: none); settles.
        // Returns the journal writes of the forwarding when not cut.
        private int ForwardOfflinePeriod(int cut)
        {
            string what = "cut " + cut;
            using var sim = new HostSimulator().Start();
            var world = new ReconciliationWorld(sim, new OfflinePolicySettings { Enabled = true });
            Assert.IsTrue(world.Settle(), what + ": signed in");
            Assert.IsTrue(world.GoOffline());
            world.Purchase(2500, TestCards.Approved, EntryMode.Contactless);
            Assert.AreEqual(ScreenIds.OfflineApproved, world.Terminal.Screen.Id, what);
            world.Pump(() => world.Terminal.State == TxnState.Idle, 30_000);
            world.Purchase(3600, TestCards.Approved, EntryMode.Contactless);
            Assert.AreEqual(ScreenIds.OfflineApproved, world.Terminal.Screen.Id, what);
            world.Pump(() => world.Terminal.State == TxnState.Idle, 30_000);

            int before = world.Storage.MutationCount;
            if (cut >= 0)
            {
                world.Storage.ArmPowerCut(before + cut, 0);
            }

            world.Network.Set(true);
            // Generous simulated time: a probe that is slow in real time (a loaded machine) only delays the reconnection.
            world.Pump(() => world.PowerCut || (world.Terminal.IsOnline && world.Terminal.OfflineCount == 0), 600_000);
            int writes = world.Storage.MutationCount - before;
            RebootIfCut(world);
            Assert.IsTrue(world.Pump(() => world.Terminal.IsOnline && world.Terminal.OfflineCount == 0, 600_000), what + ": forwarded");
            Assert.AreEqual(2, sim.Ledger.Entries.Count(e => e.Kind == LedgerEntryKind.Advice && e.Key.Tid == ReconciliationWorld.Tid && e.CountsAsDebit),
                what + ": both advices booked once");
            Assert.IsTrue(world.Settle(), what + ": idle");
            AssertReconciled(sim, world, what);
            Assert.AreEqual(ScreenIds.Settled, world.Settlement(), what + ": settled");
            Assert.IsTrue(sim.Ledger.Settlements[^1].Balanced, what + ": the first 0500 balanced");
            return writes;
        }

        [TestMethod]
        public void A_fault_at_every_step_combined_with_a_power_cut_at_every_journal_write_reconciles()
        {
            bool full = Environment.GetEnvironmentVariable("POS_RECONCILE_FULL") == "1";
            var watch = Stopwatch.StartNew();
            int combinations = 0;
            int cutsTaken = 0;
            var perFault = new List<string>();
            for (int f = 0; f < Faults.Length; f++)
            {
                int writes = CountWrites(f);
                Assert.IsTrue(writes > 0, Faults[f].Name + " writes to the journal");
                List<int> cuts = full || f < 4 ? Enumerable.Range(0, writes).ToList() : new[] { 0, writes / 4, writes / 2, (3 * writes) / 4, writes - 1 }.Distinct().ToList();
                cuts.Insert(0, -1);
                foreach (int cut in cuts)
                {
                    if (RunCombination(f, cut))
                    {
                        cutsTaken++;
                    }

                    combinations++;
                }

                perFault.Add(Faults[f].Name + " " + (cuts.Count - 1) + "/" + writes);
            }

            watch.Stop();
            TestContext.WriteLine("reconciliation: " + Faults.Length + " faults x cut points (" + string.Join(", ", perFault) + ") = "
                + combinations + " combinations, " + cutsTaken + " power cuts, all reconciled, " + watch.ElapsedMilliseconds + " ms");
        }

        // Storage mutations of the whole transaction with the fault: the purchase, then the network back and the
        // recovery (reversal sent and cleared), up to idle.
        private int CountWrites(int f)
        {
            using var sim = new HostSimulator().Start();
            var world = new ReconciliationWorld(sim);
            Assert.IsTrue(world.Settle());
            int before = world.Storage.MutationCount;
            Arm(sim, world, f);
            world.Purchase(1000, TestCards.Approved);
            sim.Faults.Clear();
            world.HostDown = false;
            Assert.IsTrue(world.Settle());
            Assert.AreEqual(ScreenIds.Settled, world.Settlement(), Faults[f].Name + ": settled without a cut");
            Assert.IsFalse(world.Terminal.ReversalPending, Faults[f].Name + ": recovered without a cut");
            return world.Storage.MutationCount - before;
        }

        // cut < 0: the fault alone. Returns whether the power was cut.
        private bool RunCombination(int f, int cut)
        {
            string what = Faults[f].Name + " cut " + cut;
            using var sim = new HostSimulator().Start();
            var world = new ReconciliationWorld(sim);
            Assert.IsTrue(world.Settle(), what + ": signed in");
            world.Purchase(700, TestCards.Approved);
            Assert.AreEqual(ScreenIds.Approved, world.Terminal.Screen.Id, what + ": a clean sale first");
            Assert.IsTrue(world.Settle());

            if (cut >= 0)
            {
                world.Storage.ArmPowerCut(world.Storage.MutationCount + cut, 0);
            }

            Arm(sim, world, f);
            world.Purchase(1000, TestCards.Approved);
            bool wasCut = RebootIfCut(world);

            // The network comes back; the terminal recovers on its own (reversal on WentOnline or before the settlement).
            sim.Faults.Clear();
            world.HostDown = false;
            // Idle, reconcile the journal with the ledger, settle (the reversal goes first, then the advices, then the
            // 0500); a cut anywhere in there reboots and starts the recovery again.
            string settled = string.Empty;
            for (int round = 0; round < 5; round++)
            {
                bool idle = world.Settle();
                if (RebootIfCut(world))
                {
                    wasCut = true;
                    continue;
                }

                Assert.IsTrue(idle, what + ": recovered to idle");
                AssertReconciled(sim, world, what);
                settled = world.Settlement();
                if (RebootIfCut(world))
                {
                    wasCut = true;
                    continue;
                }

                break;
            }

            Assert.AreEqual(ScreenIds.Settled, settled, what + ": settled");
            Assert.IsTrue(sim.Ledger.Settlements[^1].Balanced, what + ": settlement balanced");
            Assert.IsFalse(world.Terminal.ReversalPending, what + ": no reversal left");
            int purchases = sim.Ledger.Entries.Count(e => e.Key.Tid == ReconciliationWorld.Tid && e.Kind == LedgerEntryKind.Purchase && e.CountsAsDebit);
            Assert.IsTrue(purchases >= 1 && purchases <= 2, what + ": the clean sale and at most the faulted one are charged");
            return wasCut;
        }

        private static bool RebootIfCut(ReconciliationWorld world)
        {
            if (!world.PowerCut)
            {
                return false;
            }

            while (world.PowerCut)
            {
                world.Reboot();
            }

            return true;
        }

        private static void Arm(HostSimulator sim, ReconciliationWorld world, int f)
        {
            if (Faults[f].HostDown)
            {
                world.HostDown = true;
            }
            else
            {
                sim.Faults.Arm(Faults[f].Kind, 1, 0, 200);
            }
        }

        // The terminal's journal against the host's ledger, before settlement.
        private static void AssertReconciled(HostSimulator sim, ReconciliationWorld world, string what = "")
        {
            var terminal = world.Terminal;
            int batch = terminal.Journal.State.BatchNumber;
            var entries = sim.Ledger.Entries.Where(e => e.Key.Tid == ReconciliationWorld.Tid && e.Key.Batch == batch).ToList();
            Assert.AreEqual(entries.Count, entries.Select(e => e.Key.Stan).Distinct().Count(), what + ": no STAN charged twice");
            Assert.IsFalse(terminal.ReversalPending && terminal.IsOnline && terminal.State == TxnState.Idle
                && terminal.Journal.State.Reversal!.Attempts >= 3, what + ": no reversal stuck");
            foreach (LedgerEntry e in entries.Where(e => e.Kind == LedgerEntryKind.Purchase))
            {
                bool logged = terminal.Machine.Log.Find(e.Key.Stan) != null;
                if (e.Status == LedgerStatus.Approved)
                {
                    Assert.IsTrue(logged || terminal.ReversalPending && terminal.Journal.State.Reversal!.Stan == e.Key.Stan,
                        what + ": approval " + e.Key.Stan + " is in the terminal's log (or still being reversed); ledger: " + sim.Ledger.Describe()
                        + " log: " + string.Join(",", terminal.Machine.Log.All().Select(x => x.Stan)) + " batch " + batch + " stan " + terminal.Journal.State.CurrentStan);
                }
                else
                {
                    Assert.IsFalse(logged, what + ": reversed " + e.Key.Stan + " is not in the terminal's log");
                }
            }

            foreach (LoggedTransaction t in terminal.Machine.Log.All())
            {
                LedgerEntry? e = entries.FirstOrDefault(x => x.Key.Stan == t.Stan);
                Assert.IsNotNull(e, what + ": logged " + t.Stan + " is in the ledger");
                Assert.AreEqual(LedgerStatus.Approved, e.Status, what + ": logged " + t.Stan + " is approved in the ledger");
                Assert.AreEqual(t.AmountFen, e.AmountFen, what + ": amounts agree");
            }

            if (terminal.OfflineQueue != null)
            {
                Assert.AreEqual(0, terminal.OfflineQueue.PendingCount, what + ": every offline advice forwarded");
            }
        }
    }
}
