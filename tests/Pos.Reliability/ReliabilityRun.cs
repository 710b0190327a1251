using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Reliability
{
    /// <summary>
    /// One run: boot, serve the plan's customers through faults, outages and power cuts, then heal the world, let the
    /// terminal send what it owes, settle, and judge the host's ledger against what the cashier was shown
    /// (docs/RELIABILITY.md lists the invariants).
    /// </summary>
    public static class ReliabilityRun
    {
        private static readonly FaultKind[] FaultKinds =
        {
            FaultKind.NoReply, FaultKind.CloseAfterRead, FaultKind.TruncatedReply, FaultKind.CloseBeforeRead, FaultKind.BadMac,
            FaultKind.Garbage, FaultKind.WrongStan,
        };

        private static readonly string[] DeclineCents = { "51", "05", "14", "91" };

        /// <summary>Runs <paramref name="plan"/> and returns the verdict.</summary>
        public static RunReport Execute(RunPlan plan)
        {
            var random = new Random(plan.Seed);
            var world = new ReliabilityWorld(rtcKeepsTime: plan.RtcKeepsTime);
            var report = new RunReport { Plan = plan };
            var cashier = new Cashier(world);
            if (plan.CutAtWrite >= 0)
            {
                Arm(world, plan.CutAtWrite, plan.KeepUnflushed, random);
            }

            world.Exchange.FaultFor = mti => (mti == 200 || mti == 220 || mti == 400) && random.NextDouble() < plan.FaultRate
                ? FaultKinds[random.Next(FaultKinds.Length)] : FaultKind.None;
            world.Pump(() => world.Terminal.IsOnline, 60_000);
            cashier.ToIdle(null);
            for (int i = 1; i <= plan.Customers; i++)
            {
                bool linkDown = random.NextDouble() < plan.LinkDownRate;
                bool hostDown = !linkDown && random.NextDouble() < plan.HostDownRate;
                bool silent = hostDown && random.NextDouble() < 0.5;
                if (linkDown)
                {
                    world.Link.Set(false);
                }

                world.Exchange.Refused = hostDown && !silent;
                world.Exchange.Silent = silent;
                cashier.Serve(Customer(i, plan, random));
                world.Link.Set(true);
                world.Exchange.Refused = false;
                world.Exchange.Silent = false;
                world.Wait(random.Next(20_000));
                if (plan.RandomCutRate > 0 && random.NextDouble() < plan.RandomCutRate)
                {
                    Arm(world, world.Storage.MutationCount + 1 + random.Next(30), plan.KeepUnflushed, random);
                }
            }

            Heal(world, cashier, report);
            Judge(world, cashier, report);
            report.PowerCuts = world.PowerCuts;
            report.Writes = world.Storage.MutationCount;
            report.Customers = cashier.Served.Count;
            report.Attempts = cashier.Served.Sum(s => s.Attempts);
            report.Served.AddRange(cashier.Served);
            return report;
        }

        private static SaleIntent Customer(int number, RunPlan plan, Random random)
        {
            long amount = (1 + random.Next(300)) * 100;
            if (random.NextDouble() < plan.DeclineRate)
            {
                amount += int.Parse(DeclineCents[random.Next(DeclineCents.Length)], System.Globalization.CultureInfo.InvariantCulture);
            }

            return new SaleIntent(number, amount, TestCards.Generic, random.NextDouble() < 0.7);
        }

        private static void Arm(ReliabilityWorld world, int write, int keep, Random random)
        {
            if (keep < 0)
            {
                world.Storage.ArmPowerCut(write, (name, unflushed) => unflushed == 0 ? 0 : random.Next(unflushed + 1));
            }
            else
            {
                world.Storage.ArmPowerCut(write, keep);
            }
        }

        // Everything back to normal: no faults, link and host up, no more cuts; the terminal sends its reversal and its
        // offline advices, the cashier reads what is on screen, then settles.
        private static void Heal(ReliabilityWorld world, Cashier cashier, RunReport report)
        {
            world.Storage.Disarm();
            world.Exchange.FaultFor = null;
            world.Link.Set(true);
            world.Exchange.Refused = false;
            world.Exchange.Silent = false;
            cashier.ToIdle(null);
            bool drained = world.Pump(() => world.Terminal.IsOnline && !world.Terminal.ReversalPending
                && world.Terminal.OfflineCount == 0 && world.Terminal.State == TxnState.Idle, 30 * 60_000);
            if (!drained)
            {
                report.Other.Add("not drained after 30 min: online " + world.Terminal.IsOnline + ", reversal " + world.Terminal.ReversalReason
                    + ", offline " + world.Terminal.OfflineCount + ", state " + TransactionTable.NameOf(world.Terminal.State));
            }

            cashier.ToIdle(null);
            world.Press(Key.Func);
            world.Press(Key.Digit4);
            world.Pump(() => world.Terminal.Screen.Id == ScreenIds.Settled || world.Terminal.Screen.Id == ScreenIds.SettleFailed
                || world.Terminal.State == TxnState.ReversalBlocked, 10 * 60_000);
            if (world.Terminal.Screen.Id != ScreenIds.Settled)
            {
                report.Unbalanced.Add("settlement ended on " + world.Terminal.Screen.Id + " " + world.Terminal.Screen.Line(0));
            }
            else if (world.Host.Ledger.Settlements.Count == 0 || !world.Host.Ledger.Settlements[^1].Balanced)
            {
                report.Unbalanced.Add("the host's settlement record is not balanced (" + world.Terminal.Screen.Line(0) + ")");
            }
        }

        private static void Judge(ReliabilityWorld world, Cashier cashier, RunReport report)
        {
            var effective = world.Host.Ledger.Entries
                .Where(e => e.Key.Tid == ReliabilityWorld.Tid && (e.Kind == LedgerEntryKind.Purchase || e.Kind == LedgerEntryKind.Advice)
                    && e.Status == LedgerStatus.Approved)
                .ToDictionary(e => (e.Key.Batch, e.Key.Stan));
            var owner = new Dictionary<(int, int), SaleIntent>();
            foreach (SaleIntent intent in cashier.Served)
            {
                foreach (var stan in intent.Stans)
                {
                    if (owner.TryGetValue(stan, out SaleIntent? other) && other != intent)
                    {
                        report.Other.Add("STAN " + stan.Batch + "/" + stan.Stan + " used for customer " + other.Number + " and customer " + intent.Number);
                    }

                    owner[stan] = intent;
                }

                int charges = intent.Stans.Distinct().Count(effective.ContainsKey);
                if (charges > 1)
                {
                    report.Doubles.Add(intent.ToString());
                }
            }

            foreach (var key in effective.Keys)
            {
                if (!cashier.ShownApprovals.Contains(key))
                {
                    report.Phantoms.Add(key.Batch + "/" + key.Stan + " " + effective[key].AmountFen + " fen"
                        + (owner.TryGetValue(key, out SaleIntent? who) ? " (" + who + ")" : string.Empty));
                }
            }

            foreach (var key in cashier.ShownApprovals)
            {
                if (!effective.ContainsKey(key))
                {
                    report.Missing.Add(key.Batch + "/" + key.Stan + (owner.TryGetValue(key, out SaleIntent? who) ? " (" + who + ")" : string.Empty)
                        + (world.Host.Ledger.Entries.FirstOrDefault(e => e.Key.Tid == ReliabilityWorld.Tid && e.Key.Batch == key.Batch && e.Key.Stan == key.Stan) is { } e2
                            ? " host: " + e2.Kind + " " + e2.Status : " host: nothing"));
                }
            }
        }
    }
}
