using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Slips
{
    /// <summary>
    /// Queues the slip of each transaction as it ends: it looks at the last-transaction record after every event the
    /// dispatcher handled (the journal group that ended the transaction is committed by then) and, the first time a
    /// transaction (flow, voucher no., batch) shows a final outcome, queues its slip: an approval's merchant and
    /// cardholder copies from the log entry, an offline sale's from its stored advice, a decline's from a copy of the
    /// record. The record at start is taken as seen (a reboot does not print an old slip again: reprint it).
    /// </summary>
    internal sealed class SlipTrigger
    {
        private readonly TransactionMachine _machine;
        private readonly Journal _journal;
        private readonly string _terminalId;
        private readonly SlipSpooler _spooler;
        private readonly ISerialLog _log;
        private TxnFlow _flow;
        private int _stan = -1;
        private int _batch = -1;

        public SlipTrigger(TransactionMachine machine, Journal journal, string terminalId, SlipSpooler spooler, ISerialLog log)
        {
            _machine = machine;
            _journal = journal;
            _terminalId = terminalId;
            _spooler = spooler;
            _log = log;
            LastTransaction t = machine.Last;
            if (t != null && IsFinal(t.Outcome))
            {
                Remember(t);
            }
        }

        /// <summary>Copies of an approval's slip (merchant, cardholder).</summary>
        public int SaleCopies { get; set; } = 2;

        /// <summary>Whether a transaction that did not go through prints its slip.</summary>
        public bool PrintDeclines { get; set; } = true;

        /// <summary>After each dispatched event (never throws: it runs outside the dispatcher's guard).</summary>
        public void OnDispatched(Event e)
        {
            try
            {
                Look();
            }
            catch (PowerLostException)
            {
                throw;
            }
            catch (System.Exception ex)
            {
                _log.WriteLine("print: slip not queued: " + FaultText.Of(ex));
            }
        }

        private void Look()
        {
            LastTransaction t = _machine.Last;
            if (t == null || !IsFinal(t.Outcome) || (t.Flow == _flow && t.Stan == _stan && t.Batch == _batch))
            {
                return;
            }

            Remember(t);
            if (t.Flow != TxnFlow.Purchase && t.Flow != TxnFlow.Void && t.Flow != TxnFlow.Refund)
            {
                return;
            }

            SlipJob job = new SlipJob();
            job.Operator = _machine.CurrentOperator;
            job.Voucher = t.Stan;
            if (t.Outcome == LastOutcome.Approved)
            {
                job.Kind = SlipJobKind.Sale;
                job.Copies = SaleCopies;
                job.Entry = _machine.Log.Find(t.Stan);
            }
            else if (t.Outcome == LastOutcome.OfflineApproved)
            {
                job.Kind = SlipJobKind.Sale;
                job.Copies = SaleCopies;
                QueueItem item = _journal.State.FindItem(_terminalId, t.Batch, t.Stan);
                job.Entry = item == null ? null : OfflineEntry.Read(_journal, item);
            }
            else
            {
                if (!PrintDeclines)
                {
                    return;
                }

                job.Kind = SlipJobKind.Decline;
                job.Last = SlipJob.Snapshot(t);
            }

            _spooler.Enqueue(job);
        }

        private void Remember(LastTransaction t)
        {
            _flow = t.Flow;
            _stan = t.Stan;
            _batch = t.Batch;
        }

        private static bool IsFinal(LastOutcome outcome)
        {
            return outcome != LastOutcome.InFlight && outcome != LastOutcome.Unknown;
        }
    }
}
