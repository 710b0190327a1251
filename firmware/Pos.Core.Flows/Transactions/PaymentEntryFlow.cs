using Pos.Core.Events;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Sale, void, refund and balance inquiry from the first key to the card: the amount typed (no leading zeros, at
    /// most ten digits), a void's or refund's original looked up by its STAN, the void's confirmation, the card prompt
    /// (the reader reads every interface; the prompt names the modes offered), the duplicate-sale warning, and the
    /// merchant's limits, checked when the amount is confirmed, before the card is read.
    /// </summary>
    internal sealed class PaymentEntryFlow : TxnPart
    {
        private const int MaxAmountDigits = 10;
        private const int StanDigits = 6;

        private readonly OfflineSaleFlow _offline;

        public PaymentEntryFlow(TxnServices services, TxnContext context, OfflineSaleFlow offline)
            : base(services, context)
        {
            _offline = offline;
        }

        public override void Enter(TxnState state)
        {
            TxnScreens screens = Svc.Screens;
            switch (state)
            {
                case TxnState.AmountEntry:
                    Ctx.AmountFen = Ctx.Digits.Value;
                    screens.AmountEntry(Ctx.Flow, Ctx.AmountFen);
                    break;
                case TxnState.OriginalStanEntry:
                    Ctx.Digits.Wipe();
                    screens.OriginalStanEntry(Ctx.Flow);
                    break;
                case TxnState.VoidConfirm:
                    Ctx.AmountFen = Ctx.Original.AmountFen;
                    screens.VoidConfirm(Ctx.Original);
                    break;
                case TxnState.PresentCard:
                    screens.PresentCard(Ctx.Flow, Ctx.AmountFen, _offline.AcceptedModes());
                    Ctx.Card = null;
                    StartReader();
                    break;
                case TxnState.DuplicateConfirm:
                    int d = Ctx.Duplicate;
                    RecentSales recent = Svc.Recent;
                    screens.Duplicate(Ctx.AmountFen, Ctx.Card.Pan, recent.StanAt(d), recent.StampAt(d), recent.OfflineAt(d),
                        recent.AgeMs(d, Svc.Clock.UptimeMs) / 60000);
                    break;
                case TxnState.OverLimit:
                    screens.OverLimit(Ctx.LimitCode, Ctx.Flow, Ctx.AmountFen, Ctx.LimitFen, Ctx.DayTotalFen);
                    Svc.Serial.WriteLine("txn: over the limit (" + Ctx.LimitCode + "): amount " + ScreenText.Amount(Ctx.AmountFen) + ", limit "
                        + ScreenText.Amount(Ctx.LimitFen) + (Ctx.DayTotalFen < 0 ? string.Empty : ", sold today " + ScreenText.Amount(Ctx.DayTotalFen)));
                    break;
            }
        }

        public override void Exit(TxnState state, TxnState to)
        {
            if (state == TxnState.PresentCard)
            {
                Svc.Reader.StopReading();
            }
            else if (state == TxnState.OriginalStanEntry || state == TxnState.OverLimit)
            {
                Ctx.Digits.Wipe(); // the refund's amount entry starts empty; after a limit, the cashier types a part
            }
        }

        public override void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.BeginPurchase:
                    BeginPurchase();
                    break;
                case TxnAction.QueuePurchase:
                    // The cashier starts a sale while the idle reversal is out: it follows the reversal, as a sale
                    // started with a reversal pending does (further attempts at once, then the amount entry).
                    BeginPurchase();
                    Svc.IdleReversal.InFlight = false;
                    Ctx.Resume = TxnState.AmountEntry;
                    break;
                case TxnAction.BeginVoid:
                    Begin(TxnFlow.Void);
                    break;
                case TxnAction.BeginRefund:
                    Begin(TxnFlow.Refund);
                    break;
                case TxnAction.BeginBalance:
                    Begin(TxnFlow.Balance);
                    break;
                case TxnAction.AddDigit:
                    AddDigit();
                    break;
                case TxnAction.Backspace:
                    Ctx.Digits.Backspace();
                    Redraw();
                    break;
                case TxnAction.Refuse:
                    if (Ctx.State == TxnState.AmountEntry)
                    {
                        Svc.Screens.Error(EntryError.Limit);
                    }
                    else if (Ctx.State == TxnState.OriginalStanEntry)
                    {
                        Svc.Screens.Error(Ctx.Error);
                    }

                    break;
                case TxnAction.TakeCard:
                    Ctx.PinRequirement = PinRule.For(Ctx.Card, Ctx.AmountFen, Ctx.Flow == TxnFlow.Balance, Svc.Settings);
                    break;
                case TxnAction.CardError:
                    Svc.Screens.CardError(Ctx.CardCode);
                    break;
                case TxnAction.RefreshModes:
                    Svc.Screens.Modes(_offline.AcceptedModes());
                    StartReader();
                    break;
            }
        }

        /// <summary>True when one more digit fits the entry.</summary>
        public bool Room => Ctx.Digits.Count < (Ctx.State == TxnState.OriginalStanEntry ? StanDigits : MaxAmountDigits);

        /// <summary>True when the amount is within the limits (a refund: not above its original).</summary>
        public bool AmountOk => Ctx.AmountFen >= 1 && Ctx.AmountFen <= Svc.Settings.MaxAmountFen
            && (Ctx.Flow != TxnFlow.Refund || Ctx.Original == null || Ctx.AmountFen <= Ctx.Original.AmountFen);

        /// <summary>
        /// True when the amount is over a merchant limit: a purchase over the limit per sale, or one that would take the
        /// day's approved purchases (online and offline, voids taken off) over the daily limit; a refund over the limit
        /// per refund. Which limit, its value and the day's total are kept for the screen.
        /// </summary>
        public bool OverLimit()
        {
            TransactionLimits limits = Svc.Limits();
            Ctx.LimitCode = string.Empty;
            Ctx.DayTotalFen = -1;
            if (Ctx.Flow == TxnFlow.Refund)
            {
                return Over(TxnLocalCodes.CodeOverRefundLimit, limits.RefundFen, 0);
            }

            if (Ctx.Flow != TxnFlow.Purchase)
            {
                return false;
            }

            if (Over(TxnLocalCodes.CodeOverSaleLimit, limits.SaleFen, 0))
            {
                return true;
            }

            long today = limits.DailyFen == 0 ? 0 : Svc.Sales.TotalOf(Svc.Today(), Svc.Serial);
            if (!Over(TxnLocalCodes.CodeOverDailyLimit, limits.DailyFen, today))
            {
                return false;
            }

            Ctx.DayTotalFen = today;
            return true;
        }

        // True (and the limit kept) when a limit is set and the amount on top of what it already counts is over it.
        private bool Over(string code, long limitFen, long countedFen)
        {
            if (limitFen == 0 || countedFen + Ctx.AmountFen <= limitFen)
            {
                return false;
            }

            Ctx.LimitCode = code;
            Ctx.LimitFen = limitFen;
            return true;
        }

        /// <summary>Looks the typed STAN up in the batch: a purchase not voided is the original; else the error says why.</summary>
        public bool LookupOriginal()
        {
            if (Ctx.Digits.Count == 0)
            {
                return false;
            }

            LoggedTransaction t = Svc.Log.Find((int)Ctx.Digits.Value);
            bool ok = t != null && t.Type == TransactionType.Purchase && !t.Voided;
            Ctx.Original = ok ? t : null;
            Ctx.Error = ok ? EntryError.None : t == null ? EntryError.NotFound : EntryError.Voided;
            return ok;
        }

        /// <summary>True when the card and amount match a recent sale that took money (its index kept in the context).</summary>
        public bool FindDuplicate()
        {
            Ctx.Duplicate = Ctx.Flow == TxnFlow.Purchase && Ctx.Card != null
                ? Svc.Recent.Find(Ctx.Card.Pan, Ctx.AmountFen, Svc.Clock.UptimeMs, Svc.Settings.DuplicateWindowMs) : -1;
            return Ctx.Duplicate >= 0;
        }

        // The reader takes the modes the prompt offers; a card on another interface comes back NotAccepted, which the
        // prompt explains with the offline decline code L05 (insert or tap instead).
        private void StartReader()
        {
            Svc.Reader.StartReading(_offline.Offers(EntryMode.Magstripe), _offline.Offers(EntryMode.Chip), _offline.Offers(EntryMode.Contactless));
        }

        /// <summary>
        /// The reader's data: a read error (E1–E5, the reader's code; a mode the prompt does not offer: L05), or a card the request could not carry (LCD:
        /// <see cref="CardCheck"/> names the field, the serial log gets the word, never the value) fails; else the card is kept.
        /// </summary>
        public TxnTrigger TakeCardRead(Event e)
        {
            CardData card = e.Data as CardData;
            bool readError = card == null || e.Param != (int)CardReadError.None;
            string problem = readError ? CardCheck.Ok : CardCheck.Check(card);
            if (readError || problem.Length > 0)
            {
                Ctx.Card = null;
                Ctx.CardCode = e.Param == (int)CardReadError.NotAccepted ? OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.EntryModeNotAllowed)
                    : readError ? "E" + e.Param.ToString() : TxnLocalCodes.CodeCardData;
                if (problem.Length > 0)
                {
                    Svc.Serial.WriteLine("txn: card data refused (" + problem + ")");
                }

                return TxnTrigger.CardFailed;
            }

            Ctx.Card = card;
            Ctx.CardCode = string.Empty;
            return TxnTrigger.CardOk;
        }

        private void Begin(TxnFlow flow)
        {
            Svc.ResetTransaction(Ctx);
            Ctx.Flow = flow;
        }

        // A sale started by a digit key starts with that digit as its amount.
        private void BeginPurchase()
        {
            Begin(TxnFlow.Purchase);
            if (Ctx.Trigger == TxnTrigger.Digit && Ctx.LastDigit > 0)
            {
                Ctx.Digits.Wipe();
                Ctx.Digits.Add(Ctx.LastDigit);
                Ctx.AmountFen = Ctx.LastDigit;
            }
        }

        private void AddDigit()
        {
            if (Ctx.State == TxnState.AmountEntry && Ctx.Digits.Count == 0 && Ctx.LastDigit == 0)
            {
                return; // no leading zeros
            }

            Ctx.Digits.Add(Ctx.LastDigit);
            Redraw();
        }

        private void Redraw()
        {
            if (Ctx.State == TxnState.AmountEntry)
            {
                Ctx.AmountFen = Ctx.Digits.Value;
                Svc.Screens.Amount(Ctx.AmountFen);
            }
            else if (Ctx.State == TxnState.OriginalStanEntry)
            {
                Svc.Screens.OriginalStan(Ctx.Digits.Text());
            }
        }
    }
}
