using Pos.Core.Common;
using Pos.Core.Protocol.Messages;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The transaction machine's extended state (in QP's sense): what the transaction in progress has gathered — the
    /// flow, what was typed, the card, the original of a void or refund, the request as it went out, the host's code and
    /// what it asks of the terminal, and the settlement's totals and upload. One object, so that the flows and steps the
    /// machine runs read and write the same state, and <see cref="Reset"/> clears all of it (the PIN wiped) between
    /// transactions.
    /// </summary>
    public sealed class TxnContext
    {
        /// <summary>The machine's current state (the engine sets it; flows read it).</summary>
        public TxnState State { get; set; }

        /// <summary>Where a flow that went through Reversing resumes (a row's <c>then</c> column).</summary>
        public TxnState Resume { get; set; }

        /// <summary>The state being entered while the exit handlers run.</summary>
        public TxnState ExitTo { get; set; }

        /// <summary>The trigger being handled.</summary>
        public TxnTrigger Trigger { get; set; }

        /// <summary>The digit of the last digit key (0–9).</summary>
        public int LastDigit { get; set; }

        /// <summary>A completion trigger <see cref="TxnTrigger.Check"/> raised by the entry just run.</summary>
        public bool CheckPending { get; set; }

        /// <summary>A completion trigger <see cref="TxnTrigger.LocalFault"/> raised while building or persisting a request.</summary>
        public bool FaultPending { get; set; }

        /// <summary>True while an automatic sign-in may still be tried for the reason at hand (not cleared by <see cref="Reset"/>).</summary>
        public bool SignInDue { get; set; } = true;

        /// <summary>True while settlement waits for the offline advices to be uploaded.</summary>
        public bool AwaitingDrain { get; set; }

        /// <summary>
        /// The operator signed on (<see cref="Pos.Core.Common.Operators"/>), written into each new record of the books;
        /// not cleared by <see cref="Reset"/>.
        /// </summary>
        public int Operator { get; set; } = Pos.Core.Common.Operators.None;

        /// <summary>Raises <see cref="TxnTrigger.Check"/> after the current transition (run to completion).</summary>
        public void RaiseCheck()
        {
            CheckPending = true;
        }

        /// <summary>Raises <see cref="TxnTrigger.LocalFault"/> with a local code (nothing was sent).</summary>
        public void RaiseFault(string code)
        {
            Code = code;
            FaultPending = true;
        }

        /// <summary>The flow in progress.</summary>
        public TxnFlow Flow { get; set; }

        /// <summary>The amount in fen.</summary>
        public long AmountFen { get; set; }

        /// <summary>The digits being typed: an amount or an original trace number.</summary>
        public DigitBuffer Digits { get; } = new DigitBuffer(12);

        /// <summary>The PIN being typed (wiped on reset).</summary>
        public DigitBuffer Pin { get; } = new DigitBuffer(12);

        /// <summary>The PIN block enciphered from <see cref="Pin"/>, valid when <see cref="HasPinBlock"/>.</summary>
        public byte[] PinBlock { get; } = new byte[8];

        /// <summary>True when <see cref="PinBlock"/> holds this transaction's PIN block.</summary>
        public bool HasPinBlock { get; set; }

        /// <summary>Whether the card asks for a PIN.</summary>
        public PinRequirement PinRequirement { get; set; }

        /// <summary>True when the PIN is asked again after the host refused it.</summary>
        public bool PinRetry { get; set; }

        /// <summary>The card read, or null.</summary>
        public CardData Card { get; set; }

        /// <summary>The logged original of a void or refund, or null.</summary>
        public LoggedTransaction Original { get; set; }

        /// <summary>The financial request as it went out (reused).</summary>
        public FinancialRequest Request { get; } = new FinancialRequest();

        /// <summary>The host's response code, or the local code of the last failure.</summary>
        public string Code { get; set; } = string.Empty;

        /// <summary>What the last response code asks of the terminal.</summary>
        public ResponseAction Action { get; set; }

        /// <summary>Why the original STAN typed was refused (not found, voided), or None.</summary>
        public EntryError Error { get; set; }

        /// <summary>Why the card prompt refused the last card (E1–E5 the reader's code, LCD its data), or empty.</summary>
        public string CardCode { get; set; } = string.Empty;

        /// <summary>The merchant limit the amount is over (<see cref="TxnLocalCodes.CodeOverSaleLimit"/> …), or empty.</summary>
        public string LimitCode { get; set; } = string.Empty;

        /// <summary>The limit the amount is over, fen.</summary>
        public long LimitFen { get; set; }

        /// <summary>With the daily limit: the day's approved purchases so far, fen; else -1.</summary>
        public long DayTotalFen { get; set; } = -1;

        /// <summary>Index of the recent sale the card matched (duplicate guard), or -1.</summary>
        public int Duplicate { get; set; } = -1;

        /// <summary>How many attempts the pending reversal may have before it blocks new sales.</summary>
        public int AttemptLimit { get; set; }

        /// <summary>The STANs a batch upload in progress sends (each message reads its records then), or null.</summary>
        public int[] Upload { get; set; }

        /// <summary>Batch-upload messages sent so far.</summary>
        public int UploadSent { get; set; }

        /// <summary>The totals sent with the settlement (kept for its result screen).</summary>
        public SettlementTotals SettleTotals { get; set; }

        /// <summary>The batch the settlement closed.</summary>
        public int SettleBatch { get; set; }

        /// <summary>Clears the transaction's state for the next one; the PIN and the digits are wiped.</summary>
        public void Reset()
        {
            AwaitingDrain = false;
            Flow = TxnFlow.None;
            Digits.Wipe();
            AmountFen = 0;
            Card = null;
            Original = null;
            PinRetry = false;
            Error = EntryError.None;
            CardCode = string.Empty;
            HasPinBlock = false;
            Duplicate = -1;
            LimitCode = string.Empty;
            DayTotalFen = -1;
            Pin.Wipe();
        }
    }
}
