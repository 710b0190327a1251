using Pos.Core.Storage;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Keeps the record of the last money transaction (<see cref="LastTransaction"/>) in step with the journal: started
    /// for each request, its outcome written in the same atomic journal group as the bookkeeping it describes, the
    /// cashier's acknowledgement, and the status the last-transaction screen shows. It also owns the machine's journal
    /// groups, because a group that is abandoned must put the record in RAM back to the journal's.
    /// </summary>
    public sealed class LastTransactionKeeper
    {
        // The screen's status of each LastOutcome value (InFlight is named by what settles it, see Status).
        private static readonly LastStatus[] OutcomeStatus = new LastStatus[]
        {
            LastStatus.Unknown, LastStatus.Approved, LastStatus.OfflineApproved, LastStatus.Declined, LastStatus.Reversed,
            LastStatus.NotCompleted, LastStatus.Settled, LastStatus.Unknown,
        };

        private readonly Journal _journal;
        private LastTransaction _record;
        private bool _groupOpen;

        /// <summary>Creates the keeper over the opened journal.</summary>
        public LastTransactionKeeper(Journal journal)
        {
            _journal = journal;
        }

        /// <summary>The record (null when the journal holds none).</summary>
        public LastTransaction Record => _record;

        /// <summary>True when the record describes the transaction in progress (not an earlier one).</summary>
        public bool IsCurrent { get; set; }

        /// <summary>Reads the record from the journal (boot, or after an abandoned group); it is not the current one.</summary>
        public void Load()
        {
            _record = LastTransaction.Decode(_journal.State.GetSetting(LastTransaction.SettingKey), _journal.CardData);
            IsCurrent = false;
        }

        /// <summary>
        /// A new record, in flight, for a request about to be sent (the caller writes it in the group with its
        /// bookkeeping). <paramref name="pan"/> and <paramref name="entry"/> are null for a settlement.
        /// </summary>
        public LastTransaction Begin(TxnFlow flow, int stan, int batch, long amountFen, string pan, string entry, string stamp)
        {
            if (_record == null)
            {
                _record = new LastTransaction();
            }

            LastTransaction t = _record;
            t.Flow = flow;
            t.Stan = stan;
            t.Batch = batch;
            t.AmountFen = amountFen;
            t.Pan = pan;
            t.Rrn = null;
            t.AuthCode = null;
            t.Stamp = stamp;
            t.Code = null;
            t.Entry = entry;
            t.Acknowledged = false;
            return t;
        }

        /// <summary>Sets the outcome (and the code, unless null) and writes the record to the journal.</summary>
        public void Write(LastOutcome outcome, string code)
        {
            _record.Outcome = outcome;
            if (code != null)
            {
                _record.Code = code;
            }

            _journal.SetSetting(LastTransaction.SettingKey, _record.Encode(_journal.CardData));
        }

        /// <summary>
        /// The cashier has seen the outcome (left the result or the boot screen). A failed write leaves it
        /// unacknowledged: shown again at the next boot, which is harmless.
        /// </summary>
        public void Acknowledge()
        {
            LastTransaction t = _record;
            if (t == null || t.Acknowledged)
            {
                return;
            }

            t.Acknowledged = true;
            try
            {
                _journal.SetSetting(LastTransaction.SettingKey, t.Encode(_journal.CardData));
            }
            catch (Pos.Hal.StorageException)
            {
                t.Acknowledged = false;
            }
            catch (JournalException)
            {
                t.Acknowledged = false;
            }
        }

        /// <summary>
        /// What the last-transaction screen calls the outcome. In flight means no outcome was recorded: the pending
        /// reversal of that STAN settles it (REVERSING, or CONFIRMING for a refund's confirmation); without one (cleared
        /// by hand) nobody knows (UNKNOWN); a settlement without its answer must be run again.
        /// </summary>
        public LastStatus Status(LastTransaction t, PendingReversal reversal, string refundConfirmation)
        {
            if (t.Outcome != LastOutcome.InFlight)
            {
                return OutcomeStatus[(int)t.Outcome];
            }

            if (t.Flow == TxnFlow.Settlement)
            {
                return LastStatus.SettleUnconfirmed;
            }

            if (reversal == null || reversal.Stan != t.Stan || reversal.Batch != t.Batch)
            {
                return LastStatus.Unknown;
            }

            return reversal.Reason == refundConfirmation ? LastStatus.Confirming : LastStatus.Reversing;
        }

        /// <summary>True when the record is the in-flight request with this STAN and batch (not a settlement).</summary>
        public bool IsInFlight(int stan, int batch)
        {
            LastTransaction t = _record;
            return t != null && t.Outcome == LastOutcome.InFlight && t.Stan == stan && t.Batch == batch && t.Flow != TxnFlow.Settlement;
        }

        /// <summary>Opens a journal group (one atomic record): the changes, then <see cref="CommitGroup"/>; <see cref="EndGroup"/> in a finally block.</summary>
        public void BeginGroup()
        {
            _journal.BeginGroup();
            _groupOpen = true;
        }

        /// <summary>Writes the open group as one record.</summary>
        public void CommitGroup()
        {
            _journal.CommitGroup();
            _groupOpen = false;
        }

        /// <summary>
        /// Ends a group the caller did not commit (true then): nothing of it was written, so the record in RAM goes back
        /// to the journal's.
        /// </summary>
        public bool EndGroup()
        {
            if (!_groupOpen)
            {
                return false;
            }

            _groupOpen = false;
            _journal.AbandonGroup();
            Load();
            return true;
        }

        /// <summary>
        /// After a reboot the duplicate guard starts from the journal's last sale (its age by the wall clock, the only
        /// time that survives a reboot; a clock behind the sale counts as just now).
        /// </summary>
        public void RememberLastSale(RecentSales recent, Pos.Hal.IClock clock, long windowMs)
        {
            LastTransaction t = _record;
            if (t == null || t.Flow != TxnFlow.Purchase || (t.Outcome != LastOutcome.Approved && t.Outcome != LastOutcome.OfflineApproved))
            {
                return;
            }

            long at = LastTransaction.StampTicks(t.Stamp);
            long ageMs = at < 0 ? 0 : (clock.UtcNow.Ticks - at) / System.TimeSpan.TicksPerMillisecond;
            if (ageMs < 0)
            {
                ageMs = 0;
            }

            if (ageMs <= windowMs)
            {
                recent.Add(t.Pan, t.AmountFen, clock.UptimeMs - ageMs, t.Stan, t.Stamp, t.Outcome == LastOutcome.OfflineApproved);
            }
        }
    }
}
