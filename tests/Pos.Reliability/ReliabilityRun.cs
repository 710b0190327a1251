using System.Globalization;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.HostSim;

namespace Pos.Reliability
{
    /// <summary>
    /// One run: boot, serve the plan's operations (sales, voids, refunds, settlements) through faults, outages, link
    /// flaps and power cuts, then heal the world, let the terminal send what it owes, settle, and judge the host's
    /// ledger against what the cashier was shown (docs/RELIABILITY.md lists the invariants).
    /// </summary>
    public static class ReliabilityRun
    {
        private static readonly FaultKind[] FaultKinds =
        {
            FaultKind.NoReply, FaultKind.CloseAfterRead, FaultKind.TruncatedReply, FaultKind.CloseBeforeRead, FaultKind.BadMac,
            FaultKind.Garbage, FaultKind.WrongStan,
        };

        // Amount cents the host simulator declines with that code (TestCards: the amount picks the answer).
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
            for (int i = 1; i <= plan.Operations; i++)
            {
                Operation operation = Next(i, plan, cashier, world, random);
                bool linkDown = random.NextDouble() < plan.LinkDownRate;
                bool hostDown = !linkDown && random.NextDouble() < plan.HostDownRate;
                bool silent = hostDown && random.NextDouble() < 0.5;
                if (linkDown)
                {
                    world.Link.Set(false);
                }
                else if (random.NextDouble() < plan.FlapRate)
                {
                    world.ScheduleFlap(random.Next(5_000), 1_000 + random.Next(20_000));
                }

                world.Exchange.Refused = hostDown && !silent;
                world.Exchange.Silent = silent;
                cashier.Serve(operation);
                world.CancelFlaps();
                world.Exchange.Refused = false;
                world.Exchange.Silent = false;
                world.Wait(random.Next(20_000));
                if (random.NextDouble() < plan.SettleRate)
                {
                    cashier.Settle();
                }

                if (plan.RandomCutRate > 0 && random.NextDouble() < plan.RandomCutRate)
                {
                    Arm(world, world.Storage.MutationCount + 1 + random.Next(30), plan.KeepUnflushed, random);
                }
            }

            Heal(world, cashier, report);
            Judge(world, cashier, report);
            report.PowerCuts = world.PowerCuts;
            report.Writes = world.Storage.MutationCount;
            report.Operations = cashier.Served.Count;
            report.Attempts = cashier.Served.Sum(s => s.Attempts);
            report.Settlements = cashier.Settlements.Count;
            report.Faults = world.Exchange.Faulted;
            report.DroppedReplies = world.Exchange.DroppedReplies;
            report.Flaps = world.Flaps;
            report.Served.AddRange(cashier.Served);
            if (!report.Ok)
            {
                foreach (object line in world.Log.Lines)
                {
                    report.Trace.Add((string)line);
                }

                var entry = new Pos.Core.Audit.AuditEntry();
                var audit = world.Terminal.Audit.Read(0);
                while (audit.Next(entry))
                {
                    report.Trace.Add("audit: " + entry.Text);
                }
            }

            return report;
        }

        // The next customer: mostly sales; a void or a refund of a sale of this batch the cashier saw approved.
        private static Operation Next(int number, RunPlan plan, Cashier cashier, ReliabilityWorld world, Random random)
        {
            double roll = random.NextDouble();
            int batch = world.Terminal.Journal.State.BatchNumber;
            Receipt? original = null;
            if (roll < plan.VoidRate + plan.RefundRate)
            {
                var candidates = cashier.Receipts.Where(r => !r.Used && !r.Offline && r.Batch == batch && r.Operation != null).ToList();
                original = candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
            }

            if (original != null)
            {
                original.Used = true;
                Operation sale = original.Operation!;
                return roll < plan.VoidRate
                    ? new Operation(number, OperationKind.Void, sale.AmountFen, sale.Pan, sale.Contactless, original)
                    : new Operation(number, OperationKind.Refund, 1 + random.Next((int)sale.AmountFen), sale.Pan, sale.Contactless, original);
            }

            long amount = (1 + random.Next(300)) * 100;
            if (random.NextDouble() < plan.DeclineRate)
            {
                amount += int.Parse(DeclineCents[random.Next(DeclineCents.Length)], CultureInfo.InvariantCulture);
            }

            return new Operation(number, OperationKind.Sale, amount, TestCards.Generic, random.NextDouble() < 0.7);
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
            world.CancelFlaps();
            world.Exchange.Refused = false;
            world.Exchange.Silent = false;
            bool Drained() => world.Terminal.IsOnline && !world.Terminal.ReversalPending && world.Terminal.OfflineCount == 0
                && world.Terminal.State == TxnState.Idle;
            bool drained = false;
            for (int round = 0; round < 5 && !drained; round++)
            {
                // A refund confirmed meanwhile comes back on the last-transaction screen: the cashier reads it and goes on.
                cashier.ToIdle(null);
                world.Pump(() => Drained() || world.Terminal.State == TxnState.LastResult, 30 * 60_000);
                drained = Drained();
            }

            if (!drained)
            {
                report.Other.Add("not drained after 30 min: online " + world.Terminal.IsOnline + ", reversal " + world.Terminal.ReversalReason
                    + ", offline " + world.Terminal.OfflineCount + ", state " + TransactionTable.NameOf(world.Terminal.State) + ", queue " + DescribeQueue(world)
                    + ", forwarder " + (world.Terminal.Forwarder == null ? "-" : world.Terminal.Forwarder.IsDraining ? "draining" : "stopped"));
            }

            string gap = CompareBatch(world);
            world.Log.WriteLine("judge: before the final settlement, queue " + DescribeQueue(world) + (gap.Length > 0 ? "; " + gap : string.Empty));
            if (cashier.Settle() != ScreenIds.Settled)
            {
                report.Unbalanced.Add("the final settlement ended on " + cashier.Settlements[^1]);
            }

            foreach (SettlementRecord s in world.Host.Ledger.Settlements.Where(s => s.Tid == ReliabilityWorld.Tid && !s.Balanced))
            {
                report.Unbalanced.Add("batch " + s.Batch + ": the terminal claimed " + s.TerminalTotals + ", the host holds " + s.HostTotals
                    + (gap.Length > 0 ? " (before the final settlement: " + gap + ")" : string.Empty));
            }
        }

        // The current batch, the terminal's transaction log against the host's ledger: what only one side counts.
        private static string CompareBatch(ReliabilityWorld world)
        {
            int batch = world.Terminal.Journal.State.BatchNumber;
            var logged = world.Terminal.Machine.Log.All().Where(t => t.Batch == batch).ToDictionary(t => t.Stan);
            var counted = world.Host.Ledger.Entries
                .Where(e => e.Key.Tid == ReliabilityWorld.Tid && e.Key.Batch == batch && (e.CountsAsDebit || e.CountsAsCredit))
                .ToDictionary(e => e.Key.Stan);
            var gaps = new List<string>();
            foreach (var (stan, e) in counted)
            {
                if (!logged.ContainsKey(stan))
                {
                    gaps.Add("host only " + batch + "/" + stan + " " + e.Kind + " " + e.AmountFen);
                }
            }

            foreach (var (stan, t) in logged)
            {
                if (!counted.ContainsKey(stan) && t.Type != Pos.Core.Protocol.Messages.TransactionType.Void)
                {
                    gaps.Add("terminal only " + batch + "/" + stan + " " + t.Type + " " + t.AmountFen);
                }
            }

            return string.Join(", ", gaps);
        }

        private static string DescribeQueue(ReliabilityWorld world)
        {
            var state = world.Terminal.Journal.State;
            var items = new List<string>();
            for (int i = 0; i < state.QueueCount; i++)
            {
                var item = state.QueueItemAt(i);
                items.Add(item.Batch + "/" + item.Stan + " " + item.State + " attempts " + item.Attempts + " sends " + item.Sends
                    + (item.IsFlagged ? " flag " + item.FlagReason + " " + item.FlagCode : string.Empty));
            }

            return "[" + string.Join("; ", items) + "]";
        }

        // The invariants, judged on the host's ledger: every approval it holds was shown to the cashier and belongs to one
        // operation at most once; every approval shown is held.
        private static void Judge(ReliabilityWorld world, Cashier cashier, RunReport report)
        {
            var held = world.Host.Ledger.Entries
                .Where(e => e.Key.Tid == ReliabilityWorld.Tid && e.Status != LedgerStatus.Reversed)
                .ToDictionary(e => (e.Key.Batch, e.Key.Stan));
            var owner = new Dictionary<(int, int), Operation>();
            foreach (Operation operation in cashier.Served)
            {
                foreach (var stan in operation.Stans)
                {
                    if (owner.TryGetValue(stan, out Operation? other) && other != operation)
                    {
                        report.Other.Add("STAN " + stan.Batch + "/" + stan.Stan + " used for " + other.Kind + " " + other.Number
                            + " and " + operation.Kind + " " + operation.Number);
                    }

                    owner[stan] = operation;
                }

                if (operation.Stans.Distinct().Count(held.ContainsKey) > 1)
                {
                    report.Doubles.Add(operation.ToString());
                }
            }

            foreach (var (key, entry) in held)
            {
                if (!cashier.ShownApprovals.Contains(key))
                {
                    report.Phantoms.Add(key.Batch + "/" + key.Stan + " " + entry.Kind + " " + entry.AmountFen + " fen"
                        + (owner.TryGetValue(key, out Operation? who) ? " (" + who + ")" : string.Empty));
                }
            }

            foreach (var key in cashier.ShownApprovals)
            {
                if (!held.ContainsKey(key))
                {
                    LedgerEntry? entry = world.Host.Ledger.Entries.FirstOrDefault(e => e.Key.Tid == ReliabilityWorld.Tid && e.Key.Batch == key.Batch && e.Key.Stan == key.Stan);
                    report.Missing.Add(key.Batch + "/" + key.Stan + (owner.TryGetValue(key, out Operation? who) ? " (" + who + ")" : string.Empty)
                        + (entry != null ? " host: " + entry.Kind + " " + entry.Status : " host: nothing"));
                }
            }
        }
    }
}
