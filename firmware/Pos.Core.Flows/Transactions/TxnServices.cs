using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Link;
using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// What every flow of the transaction machine works with: the seams and stores, the request framer and reply
    /// decoder, the screen, and the small records the flows share (last transaction, recent sales, idle reversal
    /// schedule). Built once by <see cref="TransactionMachine"/>; the flows hold it, never copy from it.
    /// </summary>
    internal sealed class TxnServices
    {
        public readonly TransactionSettings Settings;
        public readonly Journal Journal;
        public readonly AuditTrail Audit;
        public readonly TxnAudit Trail;
        public readonly TransactionLog Log;
        public readonly TransactionLog Failed;
        public readonly IKeyStore Keys;
        public readonly IClock Clock;
        public readonly TimerService Timers;
        public readonly HostChannel Channel;
        public readonly LinkMonitor Link;
        public readonly OfflinePolicy Policy;
        public readonly IOfflineStore Offline;
        public readonly IResponseCodeTable Codes;
        public readonly ICardReader Reader;
        public readonly ISerialLog Serial;
        public readonly RequestFramer Framer;
        public readonly ReplyDecoder Replies;
        public readonly TxnScreens Screens;
        public readonly LastTransactionKeeper LastKeeper;
        public readonly RecentSales Recent = new RecentSales();
        public readonly IdleReversalSchedule IdleReversal;
        public readonly DailySales Sales;

        /// <summary>The machine: the owner of the transaction timers and exchanges, to whom their answers are posted.</summary>
        public IEventHandler Owner;

        /// <summary>The offline forwarder (null: none); settlement drains it first.</summary>
        public Forwarder Forwarder;

        /// <summary>The provisioning marker (null: none).</summary>
        public StorageProvisioning Provisioning;

        /// <summary>The books as the records look-up reads them (null: none).</summary>
        public IRecordBook Records;

        public TxnServices(TransactionSettings settings, TerminalSettings terminal, Journal journal, AuditTrail audit, IKeyStore keys, IClock clock,
            TimerService timers, HostChannel channel, LinkMonitor link, OfflinePolicy policy, IOfflineStore offline,
            IResponseCodeTable codes, ICardReader reader, ISerialLog serial, IMacCalculator mac, IsoPackager packager)
        {
            Settings = settings;
            Journal = journal;
            Audit = audit;
            Trail = new TxnAudit(audit, clock);
            Log = new TransactionLog(journal);
            Failed = new TransactionLog(journal, TransactionLog.FailedPrefix);
            Keys = keys;
            Clock = clock;
            Timers = timers;
            Channel = channel;
            Link = link;
            Policy = policy;
            Offline = offline;
            Codes = codes;
            Reader = reader;
            Serial = serial;
            Framer = new RequestFramer(terminal, mac, packager);
            Replies = new ReplyDecoder(mac, packager);
            Screens = new TxnScreens(new ScreenModel());
            LastKeeper = new LastTransactionKeeper(journal);
            Sales = new DailySales(journal);
            IdleReversal = new IdleReversalSchedule(settings.ReversalRetryInitialMs, settings.ReversalRetryMaxMs, clock);
        }

        /// <summary>The journal's pending reversal (null: none).</summary>
        public PendingReversal Reversal => Journal.State.Reversal;

        /// <summary>True while the storage's provisioning waits for a technician's confirmation.</summary>
        public bool StorageUnconfirmed => Provisioning != null && !Provisioning.IsConfirmed;

        /// <summary>
        /// The clock's UTC time as "YYYYMMDDThhmmss" (<see cref="UtcStamps"/>), as the journal's records keep it. The 'T'
        /// keeps it from being a 14-digit run, which the emulator's log scrubber would mask as a PAN.
        /// </summary>
        public string UtcStamp()
        {
            return UtcStamps.Format(Clock.UtcNow);
        }

        /// <summary>The merchant's local date (MMDD) for the log and field 13.</summary>
        public string LocalDate()
        {
            return HostClock.LocalDate(Clock.UtcNow, Settings.UtcOffsetMinutes);
        }

        /// <summary>The merchant's business day: daily sign-in follows local midnight, not UTC's.</summary>
        public string Today()
        {
            return HostClock.LocalDay(Clock.UtcNow, Settings.UtcOffsetMinutes);
        }

        /// <summary>The merchant's limits as the journal holds them now (a damaged setting: no limit, logged).</summary>
        public TransactionLimits Limits()
        {
            return TransactionLimits.Read(Journal.State, Settings.MaxAmountFen, Serial);
        }

        /// <summary>
        /// Counts an approval in the day's purchase total (inside the approval's journal group): a purchase adds its
        /// amount; a void takes its original off when the original was sold today (the log keeps the local MMDD).
        /// </summary>
        public void CountSale(TxnFlow flow, long amountFen, LoggedTransaction original)
        {
            string today = Today();
            if (flow == TxnFlow.Purchase)
            {
                Sales.Add(today, amountFen, Serial);
            }
            else if (flow == TxnFlow.Void && original != null && original.Date == today.Substring(4))
            {
                Sales.Add(today, -original.AmountFen, Serial);
            }
        }

        /// <summary>
        /// Writes the failed log's entry of <paramref name="request"/> (it did not go through: <paramref name="status"/>,
        /// with the host's or the local <paramref name="code"/> and its reversal's facts), dated <paramref name="utcTicks"/>,
        /// and keeps the log within <see cref="TransactionLog.FailedKept"/>; inside the caller's journal group. Returns the
        /// entry (for the audit trail once the group is committed).
        /// </summary>
        public LoggedTransaction RecordFailed(FinancialRequest request, LogStatus status, string code, PendingReversal reversal, long utcTicks)
        {
            DateTime utc = new DateTime(utcTicks);
            LoggedTransaction t = LoggedTransaction.Of(request, request.Type, request.Stan, request.Batch, null, null,
                HostClock.LocalDate(utc, Settings.UtcOffsetMinutes));
            t.Status = status;
            t.Code = code;
            t.Stamp = UtcStamps.Format(utc);
            if (reversal != null)
            {
                t.ReversalReason = reversal.Reason;
                t.ReversalAttempts = reversal.Attempts;
            }

            Failed.Put(t);
            Failed.Trim(TransactionLog.FailedKept);
            return t;
        }

        /// <summary>The pending reversal's stored request read into <paramref name="into"/>; false when there is none or it is unreadable.</summary>
        public bool ReadReversal(PendingReversal r, FinancialRequest into)
        {
            string authCode;
            return r != null && r.Payload != null && RequestPayload.Read(r.Payload, 0, r.Payload.Length, Journal.CardData, into, out authCode);
        }

        /// <summary>Writes a setting; a storage failure leaves it as it was (the callers' state stays safe either way).</summary>
        public void TryJournal(string key, string value)
        {
            try
            {
                Journal.SetSetting(key, value);
            }
            catch (StorageException)
            {
            }
            catch (JournalException)
            {
            }
        }

        /// <summary>Clears the pending reversal when there is one; false when storage refused.</summary>
        public bool TryClearReversal()
        {
            if (Journal.State.Reversal == null)
            {
                return true;
            }

            try
            {
                Journal.ClearReversal();
                return true;
            }
            catch (StorageException)
            {
                return false;
            }
            catch (JournalException)
            {
                return false;
            }
        }

        /// <summary>
        /// Starts the last-transaction record for the request in the context (written by the caller, in the group
        /// with its bookkeeping).
        /// </summary>
        public void StartLast(TxnContext ctx)
        {
            string entry = ctx.Flow == TxnFlow.Void && ctx.Original != null ? EntryNames.OfField22(ctx.Original.EntryMode)
                : ctx.Card != null ? EntryNames.Of(ctx.Card.EntryMode) : null;
            LastKeeper.Begin(ctx.Flow, ctx.Request.Stan, ctx.Request.Batch, ctx.Request.AmountFen, ctx.Request.Pan, entry, UtcStamp());
        }

        /// <summary>Ends the transaction in progress: context wiped (PIN digits included), the last record no longer current.</summary>
        public void ResetTransaction(TxnContext ctx)
        {
            ctx.Reset();
            LastKeeper.IsCurrent = false;
        }
    }
}
