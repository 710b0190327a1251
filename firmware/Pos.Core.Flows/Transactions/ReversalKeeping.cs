using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Link;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;

using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The pending reversal (SPEC §2, cups-pos.md §2.4) from the moment it is kept until it is acknowledged: sending it
    /// (0400; a refund's confirmation repeats its 0220), its outcome recorded with the journal's bookkeeping in one
    /// group, the idle attempts with backoff, the block once its attempt budget is spent, and the technician's
    /// by-hand clearing.
    /// </summary>
    internal sealed class ReversalKeeping : TxnPart
    {
        /// <summary>While the link monitor is still confirming the host (suspect), the idle reversal looks again this often.</summary>
        public const int LinkRecheckMs = 1000;

        private readonly RequestSender _sender;

        public ReversalKeeping(TxnServices services, TxnContext context, RequestSender sender)
            : base(services, context)
        {
            _sender = sender;
        }

        public override void Enter(TxnState state)
        {
            if (state == TxnState.ReversalBlocked)
            {
                Svc.Screens.ReversalBlocked(Svc.Reversal);
            }
            else
            {
                Send();
            }
        }

        public override void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.ReversalDone:
                    Done();
                    break;
                case TxnAction.RefundConfirmed:
                    RefundSettled(true);
                    break;
                case TxnAction.RefundRefused:
                    RefundSettled(false);
                    break;
                case TxnAction.RetryReversal:
                    PendingReversal pending = Svc.Reversal;
                    Ctx.AttemptLimit = pending == null ? 0 : pending.Attempts + 1;
                    Ctx.Flow = TxnFlow.ReversalOnly;
                    break;
                case TxnAction.BackgroundReversal:
                    Svc.IdleReversal.InFlight = true;
                    Svc.Timers.Disarm(TransactionTimerIds.ReversalRetry);
                    break;
                case TxnAction.BackOffReversal:
                    BackOff();
                    break;
                case TxnAction.PlanReversal:
                    PlanIdle();
                    break;
            }
        }

        /// <summary>
        /// In Idle (or on the last-transaction screen): arms the timer that sends the pending reversal when its backoff
        /// ends, or looks again soon while the link monitor is still confirming the host; nothing when there is none or
        /// the link is offline (WentOnline sends it). A reversal past its attempt budget keeps going, at the longest backoff.
        /// </summary>
        public void PlanIdle()
        {
            if ((Ctx.State != TxnState.Idle && Ctx.State != TxnState.LastResult) || Svc.Reversal == null || !Svc.Link.IsOnline)
            {
                Svc.Timers.Disarm(TransactionTimerIds.ReversalRetry);
                return;
            }

            long wait = Svc.IdleReversal.WaitMs(Svc.Link.State == LinkState.Online, LinkRecheckMs);
            if (wait > 0)
            {
                Svc.Timers.Arm(Svc.Owner, TransactionTimerIds.ReversalRetry, wait);
            }
        }

        /// <summary>The pending reversal as a technician sees it before clearing it (null when none): STAN, amount, masked card.</summary>
        public PendingReversalInfo Describe()
        {
            PendingReversal r = Svc.Reversal;
            if (r == null)
            {
                return null;
            }

            FinancialRequest original = new FinancialRequest();
            string authCode;
            bool readable = r.Payload != null && RequestPayload.Read(r.Payload, 0, r.Payload.Length, Svc.Journal.CardData, original, out authCode);
            return new PendingReversalInfo(r.Stan, r.Batch, readable ? original.AmountFen : -1, readable ? PanMask.Mask(original.Pan) : string.Empty,
                r.Reason, r.Attempts, r.CreatedUtcTicks);
        }

        /// <summary>
        /// Clears the pending reversal by hand (technician menu, after the PIN and a confirmation): cleared and the
        /// transaction's outcome set to unknown (the host may keep the charge) in one journal group, then recorded in
        /// the audit trail as the technician's and written to the serial log. Refused while an attempt (or a
        /// transaction) is in progress.
        /// </summary>
        public ReversalClearOutcome Clear()
        {
            PendingReversalInfo info = Describe();
            if (info == null)
            {
                return ReversalClearOutcome.NothingPending;
            }

            if (Ctx.State != TxnState.Idle && Ctx.State != TxnState.ReversalBlocked)
            {
                return ReversalClearOutcome.Busy;
            }

            string what = "host may keep the charge: " + info.Describe();
            string note = "reversal cleared by technician, " + what;
            PendingReversal r = Svc.Reversal;
            LastTransactionKeeper keeper = Svc.LastKeeper;
            LastTransaction last = keeper.Record;
            bool ours = last != null && last.Outcome == LastOutcome.InFlight && last.Stan == r.Stan && last.Batch == r.Batch;
            FinancialRequest original = new FinancialRequest();
            bool readable = Svc.ReadReversal(r, original);
            try
            {
                keeper.BeginGroup();
                Svc.Journal.ClearReversal();
                if (readable)
                {
                    Svc.RecordFailed(original, LogStatus.Cleared, null, r, r.CreatedUtcTicks);
                }

                if (ours)
                {
                    last.Acknowledged = true; // the technician saw it on the clear screen
                    keeper.Write(LastOutcome.Unknown, null);
                }

                keeper.CommitGroup();
            }
            catch (StorageException)
            {
                return ReversalClearOutcome.StorageFailed;
            }
            catch (JournalException)
            {
                return ReversalClearOutcome.StorageFailed;
            }
            finally
            {
                keeper.EndGroup();
            }

            Svc.Audit.Append(Svc.Clock.UtcNow.Ticks, Operators.Technician, AuditEvent.ReversalCleared, what);
            Svc.Serial.WriteLine("txn: " + note);
            Svc.IdleReversal.Reset();
            Svc.Timers.Disarm(TransactionTimerIds.ReversalRetry);
            return ReversalClearOutcome.Cleared;
        }

        /// <summary>
        /// Rewrites the pending reversal's reason (A0 after a bad MAC, 96 when an approval cannot be committed); a
        /// refund's confirmation keeps its reason, and a refused write keeps the old one (still sent, still safe).
        /// </summary>
        public void Rewrite(string reason)
        {
            PendingReversal r = Svc.Reversal;
            if (r == null || r.Reason == TxnLocalCodes.RefundConfirmation)
            {
                return;
            }

            try
            {
                Svc.Journal.UpdateReversal(reason, r.Attempts);
            }
            catch (StorageException)
            {
            }
            catch (JournalException)
            {
            }
        }

        private void Send()
        {
            PendingReversal r = Svc.Reversal;
            Svc.Screens.Reversing(r == null ? string.Empty : r.Reason, 0);
            try
            {
                string authCode;
                if (r == null || r.Payload == null || !RequestPayload.Read(r.Payload, 0, r.Payload.Length, Svc.Journal.CardData, Ctx.Request, out authCode))
                {
                    Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
                    return;
                }

                int attempt = r.Attempts + 1;
                Svc.Screens.Reversing(r.Reason, attempt);

                // A refund's confirmation is the same 0220, same STAN: the host answers it or says 94.
                int length = r.Reason == TxnLocalCodes.RefundConfirmation ? Svc.Framer.Financial(Ctx.Request)
                    : Svc.Framer.Reversal(Ctx.Request, r.Reason, authCode);
                Svc.Journal.UpdateReversal(r.Reason, attempt);
                _sender.Send(length);
                if (attempt == 1 && r.Reason != TxnLocalCodes.RefundConfirmation)
                {
                    Svc.Trail.Outcome(LoggedTransaction.Of(Ctx.Request, Ctx.Request.Type, r.Stan, r.Batch, null, null, null), "reversal sent", r.Reason);
                }
            }
            catch (SecurityException)
            {
                Ctx.RaiseFault(TxnLocalCodes.NoKeys(Svc.Keys));
            }
            catch (StorageException)
            {
                Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
            }
            catch (JournalException)
            {
                Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
            }
        }

        // Reversal cleared, log entry gone and the outcome recorded together (the host no longer holds the charge).
        private void Done()
        {
            PendingReversal r = Svc.Reversal;
            if (r == null)
            {
                return;
            }

            int stan = r.Stan;
            Svc.Serial.WriteLine("txn: reversal of STAN " + stan.ToString() + " done (" + Ctx.Code + ")" + (Svc.IdleReversal.InFlight ? " from idle" : string.Empty));
            Svc.IdleReversal.Reset();
            LastTransactionKeeper keeper = Svc.LastKeeper;
            bool ours = keeper.IsInFlight(stan, r.Batch);
            FinancialRequest original = new FinancialRequest();
            bool readable = Svc.ReadReversal(r, original);
            LoggedTransaction t = null;
            try
            {
                keeper.BeginGroup();
                Svc.Journal.ClearReversal();
                Svc.Log.Remove(stan);
                if (readable)
                {
                    t = Svc.RecordFailed(original, LogStatus.Reversed, Ctx.Code, r, r.CreatedUtcTicks);
                }

                if (ours)
                {
                    keeper.Write(LastOutcome.Reversed, Ctx.Code);
                }

                keeper.CommitGroup();
            }
            catch (StorageException)
            {
                return;
            }
            catch (JournalException)
            {
                return;
            }
            finally
            {
                keeper.EndGroup();
            }

            if (t != null)
            {
                Svc.Trail.Outcome(t, "reversed", Ctx.Code);
            }
        }

        // The host answered a repeated refund: the confirmation record cleared, the refund logged (when held) and its
        // outcome recorded, in one journal record; LastResult then shows it until the cashier confirms. The record is
        // rebuilt from the repeated request (Ctx.Request) when another transaction has been recorded since.
        private void RefundSettled(bool held)
        {
            PendingReversal r = Svc.Reversal;
            if (r == null)
            {
                return;
            }

            Svc.IdleReversal.InFlight = false;
            Svc.IdleReversal.Reset();
            Svc.Serial.WriteLine("txn: refund of STAN " + r.Stan.ToString() + (held ? " confirmed" : " refused") + " (" + Ctx.Code + ")");
            LastTransactionKeeper keeper = Svc.LastKeeper;
            LastTransaction last = keeper.Record;
            if (last == null || last.Stan != r.Stan || last.Batch != r.Batch || last.Flow != TxnFlow.Refund)
            {
                TxnFlow flow = Ctx.Flow;
                Ctx.Flow = TxnFlow.Refund;
                Svc.StartLast(Ctx);
                Ctx.Flow = flow;
                last = keeper.Record;
                last.Entry = null;
            }

            last.Acknowledged = false;
            LoggedTransaction t;
            try
            {
                keeper.BeginGroup();
                Svc.Journal.ClearReversal();
                if (held)
                {
                    ReplyDecoder replies = Svc.Replies;
                    t = LoggedTransaction.Of(Ctx.Request, TransactionType.Refund, r.Stan, r.Batch, replies.Financial.Rrn,
                        replies.Financial.AuthCode, Svc.LocalDate());
                    t.Stamp = UtcStamps.Format(new System.DateTime(r.CreatedUtcTicks)); // when the cashier made it
                    Svc.Log.Put(t);
                    last.Rrn = replies.Financial.Rrn;
                    last.AuthCode = replies.Financial.AuthCode;
                }
                else
                {
                    t = Svc.RecordFailed(Ctx.Request, LogStatus.Declined, Ctx.Code, null, r.CreatedUtcTicks);
                }

                keeper.Write(held ? LastOutcome.Approved : LastOutcome.Declined, held ? null : Ctx.Code);
                keeper.CommitGroup();
            }
            catch (StorageException)
            {
                return;
            }
            catch (JournalException)
            {
                return;
            }
            finally
            {
                keeper.EndGroup();
            }

            if (held)
            {
                Svc.Trail.Approved(t);
            }
            else
            {
                Svc.Trail.Declined(t, Ctx.Code);
            }
        }

        // An idle attempt failed with attempts left: the next one waits the backoff (5 s, 10 s, 20 s … capped).
        private void BackOff()
        {
            long wait = Svc.IdleReversal.BackOff();
            PendingReversal r = Svc.Reversal;
            Svc.Serial.WriteLine("txn: reversal of STAN " + (r == null ? "-" : r.Stan.ToString()) + " attempt failed (" + Ctx.Code
                + "), next from idle in " + wait.ToString() + " ms");
        }
    }
}
