using System;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Every screen the transaction machine shows, one method each, over the one reused <see cref="ScreenModel"/>: the
    /// only place in the machine that writes it. It sets typed values only (amounts in fen, the PAN masked by the model,
    /// numbers, flags); the renderer reads them, and <see cref="ScreenText"/> prints them for logs and scenarios.
    /// </summary>
    internal sealed class TxnScreens
    {
        private readonly ScreenModel _model;
        private TxnContext _payment;

        public TxnScreens(ScreenModel model)
        {
            _model = model;
        }

        /// <summary>The transaction whose amount and card every result screen repeats (the machine's context).</summary>
        public void Follow(TxnContext context)
        {
            _payment = context;
        }

        /// <summary>The model the renderer, tests and scenarios read.</summary>
        public ScreenModel Model => _model;

        /// <summary>Shows another screen with every value at its "none" (the state table's entry screen).</summary>
        public void Clear(string id)
        {
            _model.Clear(id);
        }

        /// <summary>A result screen that shows one code (FAILED, OFFLINE_DECLINED, SIGN_IN_FAILED, SETTLE_FAILED).</summary>
        public void Code(string id, string code)
        {
            _model.Clear(id);
            _model.Code = code;
            Payment();
        }

        /// <summary>The idle screen: link, queued advices, pending reversal, sign-in (or keys lost) and storage notes.</summary>
        public void Idle(bool online, int queued, PendingReversal reversal, bool signedIn, bool storageNew, bool keysLost)
        {
            _model.Clear(ScreenIds.Idle);
            _model.Online = online;
            _model.Queued = queued;
            _model.ReversalReason = reversal == null ? null : reversal.Reason;
            _model.SignedIn = signedIn;
            _model.StorageNew = storageNew;
            _model.KeysLost = keysLost;
        }

        /// <summary>Amount entry: the flow's title and the amount typed so far.</summary>
        public void AmountEntry(TxnFlow flow, long amountFen)
        {
            _model.Flow = flow;
            Amount(amountFen);
        }

        /// <summary>The amount typed so far (the error cleared).</summary>
        public void Amount(long amountFen)
        {
            _model.AmountFen = amountFen;
            _model.Error = EntryError.None;
        }

        /// <summary>The original STAN entry's title.</summary>
        public void OriginalStanEntry(TxnFlow flow)
        {
            _model.Flow = flow;
        }

        /// <summary>The STAN typed so far (the error cleared).</summary>
        public void OriginalStan(string digits)
        {
            _model.Digits = digits;
            _model.Error = EntryError.None;
        }

        /// <summary>The entry's problem (the amount's limit, the original not found or voided).</summary>
        public void Error(EntryError error)
        {
            _model.Error = error;
        }

        /// <summary>The card prompt's problem: the card's code (E1–E5 the reader's, LCD data the request cannot carry).</summary>
        public void CardError(string code)
        {
            _model.Code = code;
            _model.Error = EntryError.Card;
        }

        /// <summary>The void's confirmation: the original's amount, card and STAN.</summary>
        public void VoidConfirm(LoggedTransaction original)
        {
            _model.AmountFen = original.AmountFen;
            _model.MaskedPan = original.Pan;
            _model.Stan = original.Stan;
        }

        /// <summary>The card prompt: title, amount (none for a balance inquiry) and the entry modes offered (<see cref="CardModes"/>).</summary>
        public void PresentCard(TxnFlow flow, long amountFen, int modes)
        {
            _model.Flow = flow;
            _model.AmountFen = flow == TxnFlow.Balance ? ScreenModel.NoAmount : amountFen;
            Modes(modes);
        }

        /// <summary>The entry modes the card prompt offers (<see cref="CardModes"/> bits).</summary>
        public void Modes(int modes)
        {
            _model.AcceptedModes = modes;
        }

        /// <summary>The PIN prompt: amount (none for a balance inquiry), masked card, retry and optional notes.</summary>
        public void PinEntry(TxnFlow flow, long amountFen, string pan, bool retry, bool optional)
        {
            _model.AmountFen = flow == TxnFlow.Balance ? ScreenModel.NoAmount : amountFen;
            _model.MaskedPan = pan;
            _model.PinNote = retry ? PinNote.Retry : PinNote.None;
            _model.PinOptional = optional;
        }

        /// <summary>One star per PIN digit typed; <paramref name="clearNote"/> also clears the note.</summary>
        public void PinDigits(int count, bool clearNote)
        {
            _model.PinDigits = count;
            if (clearNote)
            {
                _model.PinNote = PinNote.None;
            }
        }

        /// <summary>The PIN's length is outside the rule.</summary>
        public void PinLength()
        {
            _model.PinNote = PinNote.Length;
        }

        /// <summary>The processing screen's title.</summary>
        public void Processing(TxnFlow flow)
        {
            _model.Flow = flow;
        }

        /// <summary>The reversal's reason and attempt number (0: not known yet, left as it is).</summary>
        public void Reversing(string reason, int attempt)
        {
            _model.ReversalReason = reason;
            if (attempt > 0)
            {
                _model.Attempt = attempt;
            }
        }

        /// <summary>The batch upload's progress.</summary>
        public void Uploading(int sent, int total)
        {
            _model.UploadSent = sent;
            _model.UploadTotal = total;
        }

        /// <summary>
        /// The duplicate warning: this sale's amount and card, and the earlier sale that matched (its stamp as the
        /// recent sales keep it, "YYYYMMDDThhmmss"; an unreadable one shows no time).
        /// </summary>
        public void Duplicate(long amountFen, string pan, int stan, string stamp, bool offline, long ageMinutes)
        {
            _model.AmountFen = amountFen;
            _model.MaskedPan = pan;
            _model.Stan = stan;
            SetTime(stamp);
            _model.EarlierOffline = offline;
            _model.AgeMinutes = ageMinutes;
        }

        /// <summary>Over a merchant limit: its local code, the flow, the amount, the limit and (daily limit) the day's total so far.</summary>
        public void OverLimit(string code, TxnFlow flow, long amountFen, long limitFen, long dayTotalFen)
        {
            _model.Code = code;
            _model.Flow = flow;
            _model.AmountFen = amountFen;
            _model.LimitFen = limitFen;
            _model.DayTotalFen = dayTotalFen < 0 ? ScreenModel.NoAmount : dayTotalFen;
        }

        /// <summary>The blocking reversal's reason and attempts.</summary>
        public void ReversalBlocked(PendingReversal reversal)
        {
            if (reversal != null)
            {
                _model.ReversalReason = reversal.Reason;
                _model.Attempt = reversal.Attempts;
            }
        }

        /// <summary>No usable answer and a reversal (or a refund's confirmation) is kept: its reason and the local code.</summary>
        public void ReversalPending(string reason, string code)
        {
            _model.Clear(ScreenIds.ReversalPending);
            _model.ReversalReason = reason;
            _model.Code = code;
            Payment();
        }

        /// <summary>An internal error stopped the transaction: REVERSAL_PENDING when a reversal is kept, FAILED otherwise.</summary>
        public void SystemError(PendingReversal reversal)
        {
            if (reversal != null)
            {
                ReversalPending(reversal.Reason, TxnLocalCodes.CodeSystemError);
            }
            else
            {
                Code(ScreenIds.Failed, TxnLocalCodes.CodeSystemError);
            }
        }

        /// <summary>Nothing was sent: the local code and the link monitor's state when it happened.</summary>
        public void NoConnection(string code, bool online)
        {
            _model.Clear(ScreenIds.NoConnection);
            _model.Code = code;
            _model.Online = online;
            Payment();
        }

        /// <summary>An online approval (a void shows its original's entry mode).</summary>
        public void Approved(TxnFlow flow, long amountFen, string pan, string authCode, int stan, string rrn, DateTime utc, EntryMode entry)
        {
            _model.Clear(ScreenIds.Approved);
            _model.AmountFen = amountFen;
            _model.MaskedPan = pan;
            _model.AuthCode = authCode;
            _model.Stan = stan;
            _model.Flow = flow;
            _model.Rrn = rrn;
            _model.UtcTime = utc;
            _model.Entry = entry;
        }

        /// <summary>An offline approval (the advice is queued).</summary>
        public void OfflineApproved(long amountFen, string pan, int stan, DateTime utc, EntryMode entry)
        {
            _model.Clear(ScreenIds.OfflineApproved);
            _model.AmountFen = amountFen;
            _model.MaskedPan = pan;
            _model.Stan = stan;
            _model.UtcTime = utc;
            _model.Entry = entry;
        }

        /// <summary>The balance (none when the host sent none).</summary>
        public void Balance(bool hasBalance, long balanceFen)
        {
            _model.Clear(ScreenIds.Balance);
            _model.AmountFen = hasBalance ? balanceFen : ScreenModel.NoAmount;
            if (_payment != null && _payment.Card != null)
            {
                _model.MaskedPan = _payment.Card.Pan; // whose balance it is
            }
        }

        /// <summary>A decline: code, response class and what to do.</summary>
        public void Declined(string id, string code, ResponseClass cls, ResponseAction action)
        {
            _model.Clear(id);
            _model.Code = code;
            _model.Class = cls;
            _model.Action = action;
            Payment();
        }

        /// <summary>Signed in: the open batch.</summary>
        public void SignedIn(int batch)
        {
            _model.Clear(ScreenIds.SignedIn);
            _model.Batch = batch;
        }

        /// <summary>The sign-in reply's working keys failed their checks (<see cref="TxnLocalCodes.CodeKeyCheck"/>).</summary>
        public void KeyCheckFailed(SecurityError error)
        {
            Code(ScreenIds.SignInFailed, TxnLocalCodes.CodeKeyCheck);
            _model.KeyError = error;
        }

        /// <summary>The settlement's result: status, new and closed batch, and the totals.</summary>
        public void Settled(bool uploaded, int newBatch, int closedBatch, SettlementTotals totals)
        {
            _model.Clear(ScreenIds.Settled);
            _model.Uploaded = uploaded;
            _model.Batch = newBatch;
            _model.ClosedBatch = closedBatch;
            if (totals != null)
            {
                _model.SalesCount = totals.DomesticDebitCount;
                _model.SalesFen = totals.DomesticDebitFen;
                _model.RefundCount = totals.DomesticCreditCount;
                _model.RefundFen = totals.DomesticCreditFen;
            }
        }

        /// <summary>The last transaction's record (a settlement's code is its sales count) with its status.</summary>
        public void Last(LastTransaction t, LastStatus status)
        {
            _model.LastStatus = status;
            _model.Flow = t.Flow;
            _model.AmountFen = t.AmountFen;
            _model.MaskedPan = t.Pan;
            _model.Stan = t.Stan;
            _model.Batch = t.Batch;
            _model.Rrn = t.Rrn;
            SetTime(t.Stamp);
            if (t.Flow == TxnFlow.Settlement)
            {
                long count = FieldList.ParseNumber(t.Code);
                _model.SalesCount = count < 0 || count > int.MaxValue ? ScreenModel.NoNumber : (int)count;
            }
            else
            {
                _model.Code = t.Code;
            }
        }

        // A result that did not go through still tells the cashier which payment it was: the flow, its amount (none
        // for a balance inquiry) and the masked card (the card read, or the original's for a void without a card).
        private void Payment()
        {
            TxnContext t = _payment;
            if (t == null || t.Flow == TxnFlow.None || t.Flow == TxnFlow.Settlement || t.Flow == TxnFlow.SignIn || t.Flow == TxnFlow.ReversalOnly)
            {
                return;
            }

            _model.Flow = t.Flow;
            if (t.Flow != TxnFlow.Balance && t.AmountFen > 0)
            {
                _model.AmountFen = t.AmountFen;
            }

            if (t.Card != null && t.Card.Pan != null && t.Card.Pan.Length > 0)
            {
                _model.MaskedPan = t.Card.Pan;
            }
            else if (t.Original != null)
            {
                _model.MaskedPan = t.Original.Pan;
            }
        }

        /// <summary>Records look-up: how the cashier searches and the value typed so far (the error cleared).</summary>
        public void RecordQuery(RecordSearch search, string digits)
        {
            _model.Search = search;
            _model.Digits = digits;
            _model.Error = EntryError.None;
        }

        /// <summary>Records list: the search, the page of the matches and its rows.</summary>
        public void RecordList(RecordSearch search, string digits, int page, int pages, int matches, TransactionRecord[] rows, int count)
        {
            _model.Clear(ScreenIds.RecordList);
            _model.Search = search;
            _model.Digits = digits;
            _model.Page = page;
            _model.PageCount = pages;
            _model.MatchCount = matches;
            _model.ShowRows(rows, count);
        }

        /// <summary>Record detail (<see cref="ScreenIds.RecordDetail"/>) or its guide (<see cref="ScreenIds.RecordGuide"/>).</summary>
        public void Record(string id, TransactionRecord record)
        {
            _model.Clear(id);
            _model.Record = record;
        }

        /// <summary>Record detail: the answer to the cashier's request to print it again.</summary>
        public void Printed(PrintAnswer answer)
        {
            _model.Print = answer;
        }

        /// <summary>Today's summary.</summary>
        public void DaySummary(DaySummary summary)
        {
            _model.Summary = summary;
        }

        // The time of a stamp the journal or the recent sales keep; none when it is not one.
        private void SetTime(string stamp)
        {
            DateTime utc;
            if (UtcStamps.TryParse(stamp, out utc))
            {
                _model.UtcTime = utc;
            }
        }
    }
}
