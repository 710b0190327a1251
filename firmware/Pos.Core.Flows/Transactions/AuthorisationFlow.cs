using System;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;

using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The financial request (sale, void, refund, balance) and what its outcome does to the books. Before a reversible
    /// request leaves, its reversal (reason 98; a refund: its confirmation record) and the in-flight record are
    /// journaled in one record. An approval is logged, the original voided and the reversal cleared in one record too;
    /// when that cannot be written the reversal becomes 96 and cancels the approval at the host. A decline closes the
    /// transaction (unless its MAC failed: then the reversal stays).
    /// </summary>
    internal sealed class AuthorisationFlow : TxnPart
    {
        private readonly RequestSender _sender;
        private readonly ReversalKeeping _reversal;

        public AuthorisationFlow(TxnServices services, TxnContext context, RequestSender sender, ReversalKeeping reversal)
            : base(services, context)
        {
            _sender = sender;
            _reversal = reversal;
        }

        public override void Enter(TxnState state)
        {
            Svc.Screens.Processing(Ctx.Flow);
            Send();
        }

        public override void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.Complete:
                    Complete();
                    break;
                case TxnAction.Decline:
                    Decline();
                    break;
                case TxnAction.ReverseMac:
                    _reversal.Rewrite(ReversalReason.MacFailure);
                    ShowReversalPending(ReversalReason.MacFailure, TxnLocalCodes.CodeMacError);
                    break;
                case TxnAction.KeepReversal:
                    if (Svc.Reversal != null)
                    {
                        ShowReversalPending(null, Ctx.Code);
                    }
                    else
                    {
                        Svc.Screens.Code(ScreenIds.Failed, Ctx.Code);
                    }

                    break;
                case TxnAction.NotSent:
                    Close(LastOutcome.NotCompleted, Ctx.Code);
                    Svc.Screens.NoConnection(Ctx.Code, Svc.Link.IsOnline);
                    break;
                case TxnAction.NoConnection:
                    Svc.Screens.NoConnection(TxnLocalCodes.CodeNoConnection, Svc.Link.IsOnline);
                    break;
                case TxnAction.LocalFailure:
                    Svc.Screens.Code(ScreenIds.Failed, Ctx.Code);
                    break;
            }
        }

        // REVERSAL_PENDING with the journal's reason (or the fallback when none is kept) and the local code.
        private void ShowReversalPending(string fallbackReason, string code)
        {
            PendingReversal r = Svc.Reversal;
            Svc.Screens.ReversalPending(r != null ? r.Reason : fallbackReason, code);
        }

        private void Send()
        {
            try
            {
                int stan = Svc.Journal.ReserveStan();
                FinancialRequestFill.Fill(Ctx, stan, Svc.Journal.State.BatchNumber);
                FinancialRequest request = Ctx.Request;
                int length = Svc.Framer.Financial(request);
                bool refund = request.Type == TransactionType.Refund;
                if (TransactionTypes.Get(request.Type).CreatesReversal || refund)
                {
                    // The reversal (a refund: its confirmation record) and the in-flight record in one journal record:
                    // whatever the cut, the boot finds both.
                    int count = Svc.Framer.WritePayload(request, Svc.Journal.CardData);
                    Svc.StartLast(Ctx);
                    LastTransactionKeeper keeper = Svc.LastKeeper;
                    try
                    {
                        keeper.BeginGroup();
                        Svc.Journal.SetReversal(stan, request.Batch, refund ? TxnLocalCodes.RefundConfirmation : ReversalReason.Timeout,
                            Svc.Clock.UtcNow.Ticks, Svc.Framer.Payload, 0, count);
                        keeper.Write(LastOutcome.InFlight, null);
                        keeper.CommitGroup();
                        keeper.IsCurrent = true;
                    }
                    finally
                    {
                        keeper.EndGroup();
                    }
                }

                _sender.Send(length);
            }
            catch (SecurityException)
            {
                Ctx.RaiseFault(TxnLocalCodes.NoKeys(Svc.Keys));
            }
            catch (StorageException)
            {
                // Explicit catches, no "when" filter: on nanoCLR a foreign exception that passed a declining filter
                // later crashes the runtime while the guard handles it (device test DispatcherGuardAppTests).
                Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
            }
            catch (JournalException)
            {
                Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
            }
            catch (ArgumentException)
            {
                Ctx.RaiseFault(TxnLocalCodes.CodeStorage); // a value the payload cannot hold: nothing journaled, nothing sent
            }
            catch (ProtocolException)
            {
                // A value the request cannot carry (card data is checked on entry, so not the card's): thrown while
                // packing, before the reversal is persisted, so nothing was journaled or sent.
                Ctx.RaiseFault(TxnLocalCodes.CodeSystemError);
            }
        }

        private void Complete()
        {
            FinancialReply reply = Svc.Replies.Financial;
            if (Ctx.Flow == TxnFlow.Balance)
            {
                Svc.TryClearReversal();
                Svc.Screens.Balance(reply.HasBalance, reply.BalanceFen);
                return;
            }

            FinancialRequest request = Ctx.Request;
            LoggedTransaction t = LoggedTransaction.Of(request, request.Type, request.Stan, request.Batch, reply.Rrn, reply.AuthCode, Svc.LocalDate());
            t.Stamp = Svc.UtcStamp();

            // The log entry, the original's void mark, the reversal's clearing, the day's sales total (daily limit) and
            // the outcome: one journal record, so a power cut cannot leave an approval that is logged but still reversed,
            // or charged but never shown.
            LastTransactionKeeper keeper = Svc.LastKeeper;
            bool wasVoided = Ctx.Original != null && Ctx.Original.Voided;
            try
            {
                keeper.BeginGroup();
                Svc.Log.Put(t);
                if (Ctx.Flow == TxnFlow.Void)
                {
                    Ctx.Original.Voided = true;
                    Svc.Log.Put(Ctx.Original);
                }

                if (Svc.Reversal != null)
                {
                    Svc.Journal.ClearReversal();
                }

                Svc.CountSale(Ctx.Flow, request.AmountFen, Ctx.Original);
                if (keeper.IsCurrent)
                {
                    keeper.Record.Rrn = reply.Rrn;
                    keeper.Record.AuthCode = reply.AuthCode;
                    keeper.Write(LastOutcome.Approved, null);
                }

                keeper.CommitGroup();
            }
            catch (StorageException)
            {
                NotRecorded(wasVoided);
                return;
            }
            catch (JournalException)
            {
                NotRecorded(wasVoided);
                return;
            }
            finally
            {
                keeper.EndGroup();
            }

            Svc.Trail.Approved(t);
            LastTransaction last = keeper.Record;
            if (Ctx.Flow == TxnFlow.Purchase)
            {
                Svc.Recent.Add(request.Pan, request.AmountFen, Svc.Clock.UptimeMs, request.Stan, last == null ? Svc.UtcStamp() : last.Stamp, false);
            }

            string entryMode = Ctx.Flow == TxnFlow.Void && Ctx.Original != null ? Ctx.Original.EntryMode : request.EntryMode;
            Svc.Screens.Approved(Ctx.Flow, request.AmountFen, request.Pan, reply.AuthCode, request.Stan, reply.Rrn, Svc.Clock.UtcNow, EntryNames.ModeOfField22(entryMode));
        }

        // The approval could not be recorded: nothing of it was written, the reversal (now 96) cancels it at the host.
        private void NotRecorded(bool wasVoided)
        {
            Svc.LastKeeper.EndGroup();
            if (Ctx.Original != null)
            {
                Ctx.Original.Voided = wasVoided;
            }

            _reversal.Rewrite(ReversalReason.TerminalFault);
            ShowReversalPending(ReversalReason.TerminalFault, TxnLocalCodes.CodeStorage);
        }

        private void Decline()
        {
            string code = Ctx.Code;
            ResponseClass cls = Svc.Codes.ClassOf(code);
            ResponseAction action = cls == ResponseClass.Unknown ? ResponseAction.None : Svc.Codes.ActionOf(code);
            Ctx.Action = action;

            // The host did not approve: no reversal needed, unless the decline itself failed its MAC.
            if (Svc.Replies.MacState != MacState.Invalid)
            {
                Close(LastOutcome.Declined, code);
            }

            if (cls == ResponseClass.Unknown)
            {
                Svc.Screens.Code(ScreenIds.Failed, code);
            }
            else if (action == ResponseAction.RetainCard && Svc.Settings.RetainCardPrompt)
            {
                Svc.Screens.Declined(ScreenIds.RetainCard, code, cls, action);
            }
            else
            {
                Svc.Screens.Declined(ScreenIds.Declined, code, cls, action == ResponseAction.RetainCard ? ResponseAction.UseAnotherCard : action);
            }
        }

        // Clears the pending reversal and records this transaction's outcome (and its failed-log entry) in one journal record.
        private void Close(LastOutcome outcome, string code)
        {
            LastTransactionKeeper keeper = Svc.LastKeeper;
            if (!keeper.IsCurrent)
            {
                Svc.TryClearReversal();
                return;
            }

            LoggedTransaction t;
            try
            {
                keeper.BeginGroup();
                if (Svc.Reversal != null)
                {
                    Svc.Journal.ClearReversal();
                }

                // Findable in the records: declined, or never sent (a balance inquiry is not current: no record).
                t = Svc.RecordFailed(Ctx.Request, outcome == LastOutcome.Declined ? LogStatus.Declined : LogStatus.NotSent, code, null,
                    Svc.Clock.UtcNow.Ticks);
                keeper.Write(outcome, code);
                keeper.CommitGroup();
            }
            catch (StorageException)
            {
                // Nothing written: the reversal stays pending and goes out (safe); the record stays in flight.
                return;
            }
            catch (JournalException)
            {
                // Nothing written: the reversal stays pending and goes out (safe); the record stays in flight.
                return;
            }
            finally
            {
                keeper.EndGroup();
            }

            if (outcome == LastOutcome.Declined)
            {
                Svc.Trail.Declined(t, code);
            }
            else
            {
                Svc.Trail.Outcome(t, "not sent", code);
            }
        }
    }
}
