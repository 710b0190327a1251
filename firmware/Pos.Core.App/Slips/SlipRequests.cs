using Pos.Core.App;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui.Menus;

namespace Pos.Core.Slips
{
    /// <summary>
    /// The cashier's and technician's requests to print (<see cref="ISlipRequests"/> for the menus, and the records
    /// look-up's reprint through <see cref="Records.RecordBook"/>): each becomes one <see cref="SlipJob"/> in the
    /// <see cref="SlipSpooler"/>, marked REPRINT where it repeats a transaction's slip, built from what the journal keeps
    /// (the log entry, the stored offline sale, the failed log, the last-transaction record). Only reads the books: a
    /// reprint never touches money. Without a printer (no spooler) every request answers
    /// <see cref="PrintAnswer.NoPrinter"/> and nothing is queued.
    /// </summary>
    public sealed class SlipRequests : ISlipRequests
    {
        private readonly SlipSpooler _spooler;
        private readonly TransactionMachine _machine;
        private readonly Journal _journal;
        private readonly string _terminalId;

        /// <summary>Requests into <paramref name="spooler"/> (null: no printer) from the books of <paramref name="machine"/>.</summary>
        public SlipRequests(SlipSpooler spooler, TransactionMachine machine, Journal journal, string terminalId)
        {
            _spooler = spooler;
            _machine = machine;
            _journal = journal;
            _terminalId = terminalId;
        }

        /// <summary>Copies of a sale's slip printed again (merchant, cardholder).</summary>
        public int SaleCopies { get; set; } = 2;

        /// <inheritdoc />
        public PrintAnswer PrintLast()
        {
            LastTransaction t = _machine.Last;
            if (t != null && t.Flow == TxnFlow.Settlement)
            {
                return PrintSettlement();
            }

            if (t == null || (t.Flow != TxnFlow.Purchase && t.Flow != TxnFlow.Void && t.Flow != TxnFlow.Refund))
            {
                return Queue(null);
            }

            switch (t.Outcome)
            {
                case LastOutcome.Approved:
                    return Sale(_machine.Log.Find(t.Stan));
                case LastOutcome.OfflineApproved:
                    QueueItem item = _journal.State.FindItem(_terminalId, t.Batch, t.Stan);
                    return Sale(item != null ? OfflineEntry.Read(_journal, item) : _machine.Log.Find(t.Stan)); // delivered: booked
                case LastOutcome.Declined:
                case LastOutcome.NotCompleted:
                case LastOutcome.Reversed:
                    LoggedTransaction failed = _machine.Failed.Find(t.Stan, false);
                    return Decline(SlipJob.Snapshot(t), failed != null ? failed.Operator : _machine.CurrentOperator);
                default:
                    return Queue(null); // in doubt, or cleared by hand: no slip says what happened
            }
        }

        /// <summary>
        /// The last settlement's report again, marked REPRINT: a job of kind <see cref="SlipJobKind.Settlement"/> with
        /// the record the settlement kept (<see cref="TransactionMachine.LastSettlement"/>, journal setting
        /// <c>last.settle</c>, replaced by the next settlement only); nothing to print before the first settlement.
        /// </summary>
        public PrintAnswer PrintSettlement()
        {
            SettlementSummary summary = _machine.LastSettlement;
            SlipJob job = null;
            if (summary != null)
            {
                job = Job(SlipJobKind.Settlement, -1, true);
                job.Data = summary;
            }

            return Queue(job);
        }

        public PrintAnswer PrintSelfTest(string report)
        {
            SlipJob job = null;
            if (report != null)
            {
                job = Job(SlipJobKind.SelfTest, -1, false);
                job.Data = report;
            }

            return Queue(job);
        }

        /// <summary>The audit excerpt: a job of kind <see cref="SlipJobKind.Audit"/> whose <see cref="SlipJob.Data"/> is how many of the newest entries (a boxed int).</summary>
        public PrintAnswer PrintAudit(int newest)
        {
            SlipJob job = null;
            if (newest > 0)
            {
                job = Job(SlipJobKind.Audit, -1, false);
                job.Data = newest;
            }

            return Queue(job);
        }

        /// <summary>The slip of a log entry (an approved, voided or refunded sale, a void, a refund, an offline sale) again, every copy; null: nothing to print.</summary>
        public PrintAnswer Sale(LoggedTransaction entry)
        {
            SlipJob job = null;
            if (entry != null)
            {
                job = Job(SlipJobKind.Sale, entry.Stan, true);
                job.Copies = SaleCopies;
                job.Entry = entry;
                job.Operator = entry.Operator;
            }

            return Queue(job);
        }

        /// <summary>The decline slip of an entry of the failed log (declined, never sent) again; anything else: nothing to print.</summary>
        public PrintAnswer Failed(LoggedTransaction entry)
        {
            if (entry == null || (entry.Status != LogStatus.Declined && entry.Status != LogStatus.NotSent))
            {
                return Queue(null);
            }

            LastTransaction t = new LastTransaction();
            t.Flow = entry.Type == TransactionType.Void ? TxnFlow.Void : entry.Type == TransactionType.Refund ? TxnFlow.Refund : TxnFlow.Purchase;
            t.Outcome = entry.Status == LogStatus.Declined ? LastOutcome.Declined : LastOutcome.NotCompleted;
            t.Stan = entry.Stan;
            t.Batch = entry.Batch;
            t.AmountFen = entry.AmountFen;
            t.Pan = entry.Pan;
            t.Rrn = entry.Rrn;
            t.AuthCode = entry.AuthCode;
            t.Stamp = entry.Stamp;
            t.Code = entry.Code;
            return Decline(t, entry.Operator);
        }

        private PrintAnswer Decline(LastTransaction t, int operatorNumber)
        {
            SlipJob job = Job(SlipJobKind.Decline, t.Stan, true);
            job.Last = t;
            job.Operator = operatorNumber;
            return Queue(job);
        }

        private SlipJob Job(SlipJobKind kind, int voucher, bool reprint)
        {
            SlipJob job = new SlipJob();
            job.Kind = kind;
            job.Reprint = reprint;
            job.Voucher = voucher;
            job.Operator = _machine.CurrentOperator;
            return job;
        }

        // No printer before anything else: the cashier needs to know that first.
        private PrintAnswer Queue(SlipJob job)
        {
            if (_spooler == null)
            {
                return PrintAnswer.NoPrinter;
            }

            if (job == null)
            {
                return PrintAnswer.Nothing;
            }

            return _spooler.Enqueue(job) ? PrintAnswer.Queued : PrintAnswer.QueueFull;
        }
    }
}
