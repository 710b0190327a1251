using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The offline sale (SPEC §4): when nothing reached the host and the policy allows it, the sale is approved on the
    /// terminal and its advice queued for the forwarder — the advice and the outcome in one journal record. The policy
    /// also decides which entry modes the card prompt offers while offline.
    /// </summary>
    internal sealed class OfflineSaleFlow : TxnPart
    {
        public OfflineSaleFlow(TxnServices services, TxnContext context)
            : base(services, context)
        {
        }

        public override void Run(TxnAction action)
        {
            if (action == TxnAction.TakeOffline)
            {
                // Nothing reached the host (connect failed or taken back): no reversal; the policy decides.
                Svc.TryClearReversal();
            }

            Decide();
        }

        /// <summary>
        /// The entry modes the card prompt offers (<see cref="CardModes"/> bits): all three online; offline, for a purchase
        /// the policy may take, the ones it allows (a refused kind, a disabled policy or a policy that allows none shows all
        /// three: the decline then explains why).
        /// </summary>
        public int AcceptedModes()
        {
            int bits = (Offers(EntryMode.Chip) ? CardModes.Chip : 0) + (Offers(EntryMode.Contactless) ? CardModes.Tap : 0)
                + (Offers(EntryMode.Magstripe) ? CardModes.Swipe : 0);
            return bits == 0 ? CardModes.All : bits;
        }

        /// <summary>
        /// True when the card prompt takes this entry mode now: always online or for anything but a purchase the policy
        /// may take; offline, what the policy allows. The reader is told the same (a refused one is reported, not read).
        /// </summary>
        public bool Offers(EntryMode mode)
        {
            OfflinePolicy policy = Svc.Policy;
            return Svc.Link.IsOnline || Ctx.Flow != TxnFlow.Purchase || !policy.Enabled || policy.IsEntryModeAllowed(mode);
        }

        private void Decide()
        {
            OfflineTransactionKind kind = Ctx.Flow == TxnFlow.Purchase ? OfflineTransactionKind.Purchase
                : Ctx.Flow == TxnFlow.Void ? OfflineTransactionKind.Void
                : Ctx.Flow == TxnFlow.Refund ? OfflineTransactionKind.Refund : OfflineTransactionKind.BalanceInquiry;
            PinRequirement pin = Ctx.Card == null ? PinRequirement.None : PinRule.For(Ctx.Card, Ctx.AmountFen, Ctx.Flow == TxnFlow.Balance, Svc.Settings);
            IOfflineStore store = Svc.Offline;
            int count = store == null ? 0 : store.QueuedCount;
            long total = store == null ? 0 : store.QueuedTotalFen;
            OfflineDecision decision = Svc.Policy.Decide(kind, Ctx.AmountFen > 0 ? Ctx.AmountFen : 1, Ctx.Card == null ? EntryMode.Unknown : Ctx.Card.EntryMode,
                pin == PinRequirement.Required, count, total);
            if (!decision.Accepted)
            {
                Svc.Screens.Code(ScreenIds.OfflineDeclined, decision.Code);
                return;
            }

            if (Svc.Journal.CardData == null || !Svc.Journal.CardData.HasKey)
            {
                // The advice keeps the card data sealed under the data key; without it, no sale is stored (never in clear).
                NoDataKey();
                return;
            }

            if (!HostClock.IsPlausible(Svc.Clock.UtcNow))
            {
                // The advice carries the sale's local date and time (fields 12/13): never one from a clock not set.
                Svc.Screens.Code(ScreenIds.Failed, TxnLocalCodes.CodeClock);
                return;
            }

            try
            {
                Queue(store);
            }
            catch (StorageException)
            {
                Svc.Screens.Code(ScreenIds.Failed, TxnLocalCodes.CodeStorage);
            }
            catch (JournalException)
            {
                Svc.Screens.Code(ScreenIds.Failed, TxnLocalCodes.CodeStorage);
            }
            catch (SecurityException)
            {
                NoDataKey();
            }
        }

        private void NoDataKey()
        {
            Svc.Screens.Code(ScreenIds.OfflineDeclined, OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.NoDataKey));
        }

        private void Queue(IOfflineStore store)
        {
            int stan = Svc.Journal.ReserveStan();
            Ctx.HasPinBlock = false;
            FinancialRequestFill.Fill(Ctx, stan, Svc.Journal.State.BatchNumber);
            FinancialRequest request = Ctx.Request;
            request.Type = TransactionType.OfflineAdvice;
            request.LocalTime = HostClock.LocalTime(Svc.Clock.UtcNow, Svc.Settings.UtcOffsetMinutes);
            request.LocalDate = Svc.LocalDate();
            request.OriginalAuthCode = Numeric.Format(stan, 6);

            // The queued advice and the outcome in one journal record (the advice alone would charge the customer with
            // nothing on record to tell the cashier after a power cut).
            bool queued = false;
            LastTransactionKeeper keeper = Svc.LastKeeper;
            Svc.StartLast(Ctx);
            try
            {
                keeper.BeginGroup();
                queued = store != null && store.TryEnqueueAdvice(request);
                if (queued)
                {
                    Svc.CountSale(Ctx.Flow, request.AmountFen, null); // the daily limit counts offline sales too
                    keeper.Write(LastOutcome.OfflineApproved, null);
                    keeper.CommitGroup();
                }
            }
            finally
            {
                // Not committed: the advice the store counted is gone with the group.
                if (keeper.EndGroup() && store != null)
                {
                    store.Resync();
                }
            }

            if (!queued)
            {
                Svc.Screens.Code(ScreenIds.OfflineDeclined, OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.QueueFull));
                return;
            }

            Svc.Trail.Outcome(LoggedTransaction.Of(request, request.Type, stan, request.Batch, null, null, null), "stored", null);
            if (Ctx.Flow == TxnFlow.Purchase)
            {
                Svc.Recent.Add(request.Pan, request.AmountFen, Svc.Clock.UptimeMs, stan, keeper.Record.Stamp, true);
            }

            Svc.Screens.OfflineApproved(Ctx.AmountFen, Ctx.Card.Pan, stan, Svc.Clock.UtcNow, Ctx.Card.EntryMode);
        }
    }
}
