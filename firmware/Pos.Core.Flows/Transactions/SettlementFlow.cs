using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;

using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Settlement (0500) and the batch upload (0320) it may ask for. The offline advices go up first (SPEC §4): with a
    /// forwarder the 0500 leaves only once it reports <see cref="Signal.ForwardingDone"/>; a stopped or overdue drain
    /// fails the settlement unsent (<see cref="TxnLocalCodes.CodeOfflineUpload"/>). Once the host has settled, the
    /// next batch is opened before the log is cleared, so a power cut cannot count a half-cleared log twice; the same
    /// journal group keeps the settlement report's record (<see cref="SettlementSummary"/>).
    /// </summary>
    internal sealed class SettlementFlow : TxnPart
    {
        private const int UploadChunk = 8;

        private readonly RequestSender _sender;

        public SettlementFlow(TxnServices services, TxnContext context, RequestSender sender)
            : base(services, context)
        {
            _sender = sender;
        }

        public override void Enter(TxnState state)
        {
            if (state == TxnState.Uploading)
            {
                SendUpload();
            }
            else if (Svc.Forwarder != null)
            {
                Ctx.AwaitingDrain = true;
                TransactionSettings s = Svc.Settings;
                Svc.Timers.Arm(Svc.Owner, TransactionTimerIds.ExchangeWatchdog, 3 * ((long)s.ConnectTimeoutMs + s.ResponseTimeoutMs + s.WatchdogMarginMs));
                Svc.Forwarder.DrainBeforeSettlement();
            }
            else
            {
                SendSettlement();
            }
        }

        public override void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.BeginSettlement:
                    Svc.ResetTransaction(Ctx);
                    Ctx.Flow = TxnFlow.Settlement;
                    break;
                case TxnAction.BeginUpload:
                    Ctx.Upload = Svc.Log.UploadStans();
                    Ctx.UploadSent = 0;
                    break;
                case TxnAction.Settled:
                    Settled();
                    break;
                case TxnAction.SettleFailed:
                    Svc.Trail.Settlement(Ctx.Operator, Svc.Journal.State.BatchNumber, null, false, Ctx.Code);
                    Svc.Screens.Code(ScreenIds.SettleFailed, Ctx.Code);
                    break;
            }
        }

        /// <summary>True while more upload messages (chunks, then the closing one) are to be sent.</summary>
        public bool UploadMore => Ctx.Upload != null && Ctx.UploadSent < ((Ctx.Upload.Length + UploadChunk - 1) / UploadChunk) + 1;

        /// <summary>
        /// The forwarder reported the end of a drain. False when it is not the settlement's (none awaited, another
        /// state, or an earlier drain's report while this one still runs); else the trigger to fire: none after a
        /// completed drain (the 0500 is sent, a local fault raised if it could not be), NotSent after a stopped one.
        /// </summary>
        public bool TryTakeDrainEnd(bool done, out TxnTrigger trigger)
        {
            trigger = TxnTrigger.NotSent;
            if (!Ctx.AwaitingDrain || Ctx.State != TxnState.Settling || (Svc.Forwarder != null && Svc.Forwarder.IsDraining))
            {
                return false;
            }

            Ctx.AwaitingDrain = false;
            Svc.Timers.Disarm(TransactionTimerIds.ExchangeWatchdog);
            if (!done)
            {
                Ctx.Code = TxnLocalCodes.CodeOfflineUpload;
                return true;
            }

            Ctx.FaultPending = false;
            SendSettlement();
            trigger = TxnTrigger.LocalFault;
            return Ctx.FaultPending;
        }

        /// <summary>The upload before settlement did not finish in time: do not settle.</summary>
        public TxnTrigger DrainTimedOut()
        {
            Ctx.AwaitingDrain = false;
            Ctx.Code = TxnLocalCodes.CodeOfflineUpload;
            return TxnTrigger.NotSent;
        }

        private void SendSettlement()
        {
            try
            {
                int stan = Svc.Journal.ReserveStan();
                int batch = Svc.Journal.State.BatchNumber;
                Ctx.SettleTotals = Svc.Log.Totals(); // kept for the SETTLED screen
                Ctx.SettleBatch = batch;
                int length = Svc.Framer.Settlement(stan, batch, Ctx.SettleTotals);
                Svc.LastKeeper.Begin(TxnFlow.Settlement, stan, batch, Ctx.SettleTotals.DomesticDebitFen, null, null, Svc.UtcStamp());
                Svc.LastKeeper.Write(LastOutcome.InFlight, Ctx.SettleTotals.DomesticDebitCount.ToString());
                Svc.LastKeeper.IsCurrent = true;
                _sender.Send(length);
            }
            catch (StorageException)
            {
                Failed();
            }
            catch (JournalException)
            {
                Failed();
            }
        }

        private void SendUpload()
        {
            try
            {
                int stan = Svc.Journal.ReserveStan();
                int batch = Svc.Journal.State.BatchNumber;
                int[] upload = Ctx.Upload;
                int chunks = (upload.Length + UploadChunk - 1) / UploadChunk;
                int length;
                if (Ctx.UploadSent < chunks)
                {
                    int start = Ctx.UploadSent * UploadChunk;
                    int count = upload.Length - start < UploadChunk ? upload.Length - start : UploadChunk;
                    BatchRecord[] records = Svc.Log.UploadRecords(upload, start, count);
                    if (records == null)
                    {
                        Failed();
                        return;
                    }

                    length = Svc.Framer.BatchUpload(stan, batch, records, 0, count);
                }
                else
                {
                    length = Svc.Framer.BatchUploadEnd(stan, batch, upload.Length);
                }

                Ctx.UploadSent++;
                Svc.Screens.Uploading(Ctx.UploadSent, chunks + 1);
                _sender.Send(length);
            }
            catch (StorageException)
            {
                Failed();
            }
            catch (JournalException)
            {
                Failed();
            }
        }

        private void Failed()
        {
            Svc.LastKeeper.Load();
            Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
        }

        private void Settled()
        {
            bool uploaded = Ctx.Upload != null;
            Ctx.Upload = null;
            LastTransactionKeeper last = Svc.LastKeeper;
            try
            {
                // The report's data before the log is cleared, written with the batch it closes (no card opened).
                SettlementSummary report = SettlementSummary.Of(Ctx.SettleTotals, Svc.Replies.Settlement, Ctx.SettleBatch,
                    Ctx.Operator, Svc.UtcStamp(), uploaded);
                Svc.Log.CountInto(report);
                // The batch first (one durable write): a power cut during the log clean-up then cannot leave a
                // half-cleared log counted in a batch the host already settled (found by the reconciliation sweep).
                int batch;
                try
                {
                    last.BeginGroup();
                    batch = Svc.Journal.OpenNextBatch();
                    Svc.Journal.SetSetting(SettlementSummary.SettingKey, report.Encode());
                    if (last.IsCurrent)
                    {
                        last.Write(LastOutcome.Settled, null);
                    }

                    last.CommitGroup();
                }
                finally
                {
                    last.EndGroup();
                }

                Svc.Trail.Settlement(Ctx.Operator, Ctx.SettleBatch, Ctx.SettleTotals, uploaded, null);
                Svc.Log.Clear();
                Svc.Failed.Clear();
                CompactSettled();
                Svc.Screens.Settled(uploaded, batch, Ctx.SettleBatch, Ctx.SettleTotals);
                Ctx.SettleTotals = null;
            }
            catch (StorageException)
            {
                Svc.Screens.Code(ScreenIds.SettleFailed, TxnLocalCodes.CodeStorage);
            }
            catch (JournalException)
            {
                Svc.Screens.Code(ScreenIds.SettleFailed, TxnLocalCodes.CodeStorage);
            }
        }

        // The settled batch's entries (their sealed card numbers) leave the flash now, not at the next compaction the
        // journal's size calls for. A failure changes nothing (compaction publishes last): the settlement stands.
        private const string CompactionFailed = "settle: compaction failed, entries leave at the next one";

        private void CompactSettled()
        {
            try
            {
                Svc.Journal.Compact();
            }
            catch (StorageException)
            {
                Svc.Serial.WriteLine(CompactionFailed);
            }
            catch (JournalException)
            {
                Svc.Serial.WriteLine(CompactionFailed);
            }
        }
    }
}
