using Pos.Core.Common;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>
    /// A seeded workload of queue, counter, reversal, setting, flag, review and clock calls. Each step is chosen from
    /// the oracle model, so after a cut the workload carries on from whichever state (old or new) was recovered. The
    /// clock moves ten minutes per call, so the journal's clock checkpoints are written too. With keyed entries on,
    /// three calls in ten also set, remove or clear entries of two keyed logs (alone, or in a group with a setting);
    /// without, the workload is the one it always was (same seed, same calls).
    /// </summary>
    public sealed class CrashWorkload
    {
        private readonly SeededRandom _rng;
        private readonly SimulatedClock? _clock;
        private readonly bool _entries;
        private long _ticks = 638_000_000_000_000_000;

        public CrashWorkload(long seed, SimulatedClock? clock = null, bool entries = false)
        {
            _rng = new SeededRandom(seed);
            _clock = clock;
            _entries = entries;
        }

        /// <summary>Small bounds so a few hundred calls compact several times and fill the queue.</summary>
        public static JournalOptions Options() => new()
        {
            CompactThresholdBytes = 2048,
            QueueCapacity = 12,
            MaxItemPayload = 256,
            ClockCheckpointMs = 60_000,
            StanReserveBlock = 4, // a reservation record every few STANs, so cuts and losses hit them often
        };

        public WorkloadStep Next(JournalModel model)
        {
            JournalModel after = model.Clone();
            _ticks += 10_000_000;
            long ticks = _ticks;
            _clock?.Advance(600_000);
            if (_entries && _rng.Next(10) < 3)
            {
                return EntryStep(after);
            }

            while (true)
            {
                int pick = _rng.Next(100);
                if (pick < 20)
                {
                    after.StanCount++;
                    after.CurrentStanFree = true;
                    int expected = (int)(((after.StanCount - 1) % 999999) + 1);
                    return Step("reserve", after, j =>
                    {
                        int stan = j.ReserveStan();
                        if (stan != expected)
                        {
                            throw new InvalidOperationException($"STAN {stan}, expected {expected}");
                        }
                    });
                }

                if (pick < 45 && model.CurrentStanFree && model.Items.Count < Options().QueueCapacity)
                {
                    int seed = _rng.Next(1_000_000);
                    int length = _rng.Next(20, 201);
                    byte[] payload = PayloadOf(seed, length);
                    int kind = _rng.Next(4) == 0 ? (int)QueueItemKind.Reversal : (int)QueueItemKind.Advice;
                    int stan = (int)(((model.StanCount - 1) % 999999) + 1);
                    int batch = (int)model.BatchCount;
                    after.CurrentStanFree = false;
                    after.Items.Add(new ModelItem { Batch = batch, Stan = stan, Kind = kind, PayloadCrc = Crc32.Compute(payload, 0, length), PayloadSeed = seed });
                    return Step("enqueue", after, j => j.Enqueue((QueueItemKind)kind, JournalModel.Tid, batch, stan, ticks, payload, 0, payload.Length));
                }

                if (pick < 65 && model.Items.Count > 0)
                {
                    int index = _rng.Next(model.Items.Count);
                    ModelItem item = after.Items[index];
                    if (item.State == (int)QueueItemState.Pending)
                    {
                        item.Attempts++;
                        return Step("attempt", after, j => j.RecordAttempt(Find(j, item)));
                    }
                }

                if (pick < 80 && model.Items.Count > 0)
                {
                    int index = _rng.Next(model.Items.Count);
                    ModelItem item = after.Items[index];
                    // A flagged item waits for a person (most of the time: the journal also takes a late delivery).
                    if (item.State == (int)QueueItemState.Pending || _rng.Next(16) == 0)
                    {
                        after.Items.RemoveAt(index);
                        return Step("deliver", after, j => j.MarkDelivered(Find(j, item)));
                    }
                }

                if (pick < 85 && model.Items.Count > 0)
                {
                    int index = _rng.Next(model.Items.Count);
                    ModelItem item = after.Items[index];
                    if (item.State == (int)QueueItemState.Pending)
                    {
                        bool expire = _rng.Next(2) == 0;
                        item.State = expire ? (int)QueueItemState.Expired : (int)QueueItemState.Exhausted;
                        if (_rng.Next(2) == 0)
                        {
                            // With a reason and the host's code (one record).
                            int reason = 1 + _rng.Next(6);
                            string code = _rng.Next(3) == 0 ? "" : (_rng.Next(2) == 0 ? "94" : "51");
                            item.Reason = reason;
                            item.Code = code;
                            var state = (QueueItemState)item.State;
                            return Step("flag", after, j => j.Flag(Find(j, item), state, reason, code));
                        }

                        return Step("flag", after, j =>
                        {
                            if (expire)
                            {
                                j.MarkExpired(Find(j, item));
                            }
                            else
                            {
                                j.MarkExhausted(Find(j, item));
                            }
                        });
                    }
                }

                // The steps added with the clock and the review take picks of their own (the chain above is unchanged).
                var flagged = model.Items.Select((it, at) => (it, at)).Where(p => p.it.State >= (int)QueueItemState.Exhausted).ToList();
                if (pick >= 88 && pick < 97 && flagged.Count > 0)
                {
                    int index = flagged[_rng.Next(flagged.Count)].at;
                    ModelItem item = after.Items[index];
                    {
                        bool acknowledge = _rng.Next(2) == 0;
                        string text = "saf: review " + item.Stan;
                        if (acknowledge)
                        {
                            after.Items.RemoveAt(index); // no longer counted: like a delivered one
                        }
                        else
                        {
                            item.State = (int)QueueItemState.Pending;
                            item.Attempts = 0;
                            item.Reason = 0;
                            item.Code = "";
                        }

                        return Step("review", after, j => j.Review(Find(j, item), acknowledge, ticks, text));
                    }
                }

                if (pick >= 97 && _clock != null)
                {
                    return Step("checkpoint", after, j => j.Checkpoint());
                }

                if (pick < 92)
                {
                    if (model.Reversal == null)
                    {
                        int seed = _rng.Next(1_000_000);
                        byte[] payload = PayloadOf(seed, _rng.Next(10, 120));
                        int stan = (int)(((Math.Max(model.StanCount, 1) - 1) % 999999) + 1);
                        int batch = (int)model.BatchCount;
                        after.Reversal = new ModelItem { Batch = batch, Stan = stan, Kind = 0, PayloadCrc = Crc32.Compute(payload, 0, payload.Length), PayloadSeed = seed };
                        after.ReversalReason = "98";
                        return Step("reversal-set", after, j => j.SetReversal(stan, batch, "98", ticks, payload, 0, payload.Length));
                    }

                    if (_rng.Next(2) == 0)
                    {
                        after.Reversal!.Attempts++;
                        after.ReversalReason = after.Reversal.Attempts % 2 == 0 ? "A0" : "96";
                        string reason = after.ReversalReason;
                        int attempts = after.Reversal.Attempts;
                        return Step("reversal-update", after, j => j.UpdateReversal(reason, attempts));
                    }

                    after.Reversal = null;
                    after.ReversalReason = "";
                    return Step("reversal-clear", after, j => j.ClearReversal());
                }

                if (pick < 94)
                {
                    after.BatchCount++;
                    after.BatchStart = after.StanCount;
                    after.CurrentStanFree = false;
                    return Step("batch", after, j => j.OpenNextBatch());
                }

                if (pick >= 94)
                {
                    string key = "k" + _rng.Next(3).ToString();
                    string? value = _rng.Next(4) == 0 ? null : "v" + _rng.Next(1000).ToString();
                    if (value == null)
                    {
                        after.Settings.Remove(key);
                    }
                    else
                    {
                        after.Settings[key] = value;
                    }

                    return Step("setting", after, j => j.SetSetting(key, value));
                }
            }
        }

        // An entry set (values of 10 to 300 bytes, some not ASCII), removed, a log cleared, or an entry with a setting in one group.
        private WorkloadStep EntryStep(JournalModel after)
        {
            int log = _rng.Next(2);
            int key = 1 + _rng.Next(12);
            int pick = _rng.Next(20);
            string value = "e" + _rng.Next(1000) + (_rng.Next(4) == 0 ? "元" : "") + new string('x', _rng.Next(10, 300));
            if (pick < 12)
            {
                after.Entries[JournalModel.EntryName(log, key)] = value;
                return Step("entry-set", after, j => j.SetEntry(log, key, value));
            }

            if (pick < 17)
            {
                after.Entries.Remove(JournalModel.EntryName(log, key));
                return Step("entry-remove", after, j => j.SetEntry(log, key, null));
            }

            if (pick < 18)
            {
                foreach (string name in after.Entries.Keys.Where(k => k.StartsWith($"E{log}/", StringComparison.Ordinal)).ToList())
                {
                    after.Entries.Remove(name);
                }

                return Step("entry-clear", after, j => j.ClearEntries(log));
            }

            after.Entries[JournalModel.EntryName(log, key)] = value;
            after.Entries.Remove(JournalModel.EntryName(1 - log, key));
            after.Settings["g"] = value.Substring(0, 4);
            return Step("entry-group", after, j =>
            {
                j.BeginGroup();
                try
                {
                    j.SetEntry(log, key, value);
                    j.SetEntry(1 - log, key, null);
                    j.SetSetting("g", value.Substring(0, 4));
                    j.CommitGroup();
                }
                finally
                {
                    j.AbandonGroup();
                }
            });
        }

        public static byte[] PayloadOf(int seed, int length)
        {
            var rng = new SeededRandom(seed);
            byte[] payload = new byte[length];
            rng.NextBytes(payload);
            return payload;
        }

        private static QueueItem Find(Journal journal, ModelItem item)
        {
            return journal.State.FindItem(JournalModel.Tid, item.Batch, item.Stan)
                ?? throw new InvalidOperationException($"item {item.Batch}/{item.Stan} missing");
        }

        private static WorkloadStep Step(string name, JournalModel after, Action<Journal> run) => new() { Name = name, After = after, Run = run };
    }
}
