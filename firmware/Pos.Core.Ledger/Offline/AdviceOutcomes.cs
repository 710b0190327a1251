using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Offline
{
    /// <summary>
    /// Writes what became of an advice to the journal and reports a final outcome (the forwarder's
    /// <see cref="Forwarder.ItemFinished"/>): delivered (the mark and the terminal's booking of the sale in one journal
    /// record), declined (flagged with the host's code, audited), flagged for review with its reason (also before a
    /// send, when it is past its expiry age or attempt budget), or one more counted attempt (flagged at the limit).
    /// Journal failures are passed on; the forwarder then stops the drain.
    /// </summary>
    internal sealed class AdviceOutcomes
    {
        private const string DuplicateCode = "94";

        private readonly OfflineQueue _queue;
        private readonly Journal _journal;
        private readonly IClock _clock;
        private readonly ForwarderSettings _settings;
        private readonly ItemFinishedHandler _finished;

        /// <summary>Outcomes of <paramref name="queue"/>'s advices under <paramref name="settings"/> (the forwarder's
        /// copy), reported to <paramref name="finished"/>.</summary>
        public AdviceOutcomes(OfflineQueue queue, IClock clock, ForwarderSettings settings, ItemFinishedHandler finished)
        {
            _queue = queue;
            _journal = queue.Journal;
            _clock = clock;
            _settings = settings;
            _finished = finished;
        }

        /// <summary>Books a delivered advice in the record that marks it delivered (see <see cref="Forwarder.Delivering"/>).</summary>
        public AdviceDeliveringHandler Delivering { get; set; }

        /// <summary>A final answer of the host: delivered (or duplicate), else declined and flagged with its code.</summary>
        public void Settle(QueueItem item, ForwardResult result, string code)
        {
            if (ForwardResultNames.IsDelivered(result))
            {
                Deliver(item);
            }
            else
            {
                _journal.Flag(item, QueueItemState.Exhausted, (int)AdviceFlagReason.Declined, QueueItem.IsStorableCode(code) ? code : "");
                _queue.Audit.Append(_clock.UtcNow.Ticks, Operators.None, AuditEvent.Decline, DeclineAudit.Text("saf: " + OfflineQueue.Describe(item), code));
            }

            _queue.Changed();
            Finished(item, result, code);
        }

        /// <summary>Flags the advice for a person (kept, never sent again until retried) with its reason and code.</summary>
        public void Flag(QueueItem item, QueueItemState state, AdviceFlagReason reason, string code, ForwardResult result)
        {
            _journal.Flag(item, state, (int)reason, QueueItem.IsStorableCode(code) ? code : "");
            _queue.Changed();
            Finished(item, result, code == null || code.Length == 0 ? null : code);
        }

        /// <summary>A verified 94 naming another sale: the audit names the field, so whoever reviews the flagged sale
        /// knows what the host holds instead.</summary>
        public void FlagMismatch(QueueItem item, int field)
        {
            _queue.Audit.Append(_clock.UtcNow.Ticks, Operators.None, AuditEvent.Decline, "saf: " + OfflineQueue.Describe(item)
                + " 94 names another transaction (field " + field.ToString() + ")");
            Flag(item, QueueItemState.Exhausted, AdviceFlagReason.DuplicateMismatch, DuplicateCode, ForwardResult.DuplicateUnverified);
        }

        /// <summary>Journals one counted attempt (a definite host answer that left the advice pending); at the limit the
        /// advice is flagged with the code.</summary>
        public void Count(QueueItem item, string code)
        {
            _journal.RecordAttempt(item);
            if (item.Attempts >= _settings.AdviceMaxAttempts)
            {
                Flag(item, QueueItemState.Exhausted, AdviceFlagReason.AttemptsUsed, code, ForwardResult.Exhausted);
            }
        }

        /// <summary>
        /// Before a send: an advice past its expiry age or its attempt budget is flagged instead; true when it was. The
        /// age is on the journal's monotonic clock: a sign-in or SNTP setting the wall clock never expires a queued sale.
        /// </summary>
        public bool FlagIfSpent(QueueItem item)
        {
            if (_queue.ExpiryAgeMs(item) > _settings.ExpiryAgeMs)
            {
                Flag(item, QueueItemState.Expired, AdviceFlagReason.Expired, "", ForwardResult.Expired);
                return true;
            }

            if (item.Attempts >= _settings.AdviceMaxAttempts)
            {
                Flag(item, QueueItemState.Exhausted, AdviceFlagReason.AttemptsUsed, "", ForwardResult.Exhausted);
                return true;
            }

            return false;
        }

        // The delivered mark and the terminal's booking of the sale as one journal record. A failure leaves neither (the
        // state is read back from the flash) and reaches the caller, which stops the drain; the advice goes again later
        // and the host's verified 94 then delivers it.
        private void Deliver(QueueItem item)
        {
            AdviceDeliveringHandler book = Delivering;
            if (book == null)
            {
                _journal.MarkDelivered(item);
                return;
            }

            _journal.BeginGroup();
            try
            {
                book(item);
                _journal.MarkDelivered(item);
                _journal.CommitGroup();
            }
            finally
            {
                _journal.AbandonGroup(); // nothing after a commit
            }
        }

        private void Finished(QueueItem item, ForwardResult result, string code)
        {
            _finished(_queue.TerminalId, item.Batch, item.Stan, result, code);
        }
    }
}
