using Pos.Core.Security;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// PIN entry: digits shown as stars, the length rule, and on leaving the state the PIN block enciphered under the
    /// PIN key (ISO format 0 with the card's PAN) and the typed digits wiped. A host's "re-enter PIN" comes back here
    /// with the retry note.
    /// </summary>
    internal sealed class PinEntryFlow : TxnPart
    {
        public PinEntryFlow(TxnServices services, TxnContext context)
            : base(services, context)
        {
        }

        public override void Enter(TxnState state)
        {
            Ctx.Pin.Wipe();
            Svc.Screens.PinEntry(Ctx.Flow, Ctx.AmountFen, Ctx.Card.Pan, Ctx.PinRetry, Ctx.PinRequirement == PinRequirement.Optional);
        }

        public override void Exit(TxnState state, TxnState to)
        {
            if (Ctx.Pin.Count > 0 && Ctx.Card != null && Svc.Keys.Has(KeySlot.Pik))
            {
                SecurityError error = PinBlock.Encrypt(Svc.Keys.Get(KeySlot.Pik), Ctx.Pin.Bytes, 0, Ctx.Pin.Count, Ctx.Card.Pan, Ctx.PinBlock, 0);
                Ctx.HasPinBlock = error == SecurityError.None;
            }
            else
            {
                Ctx.HasPinBlock = false;
            }

            Ctx.Pin.Wipe();
        }

        public override void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.AddPinDigit:
                    Ctx.Pin.Add(Ctx.LastDigit);
                    Svc.Screens.PinDigits(Ctx.Pin.Count, true);
                    break;
                case TxnAction.PinBackspace:
                    Ctx.Pin.Backspace();
                    Svc.Screens.PinDigits(Ctx.Pin.Count, false);
                    break;
                case TxnAction.RefusePin:
                    Svc.Screens.PinLength();
                    break;
                case TxnAction.ReEnterPin:
                    Ctx.PinRetry = true;
                    break;
            }
        }

        /// <summary>True when one more PIN digit fits.</summary>
        public bool Room => Ctx.Pin.Count < Svc.Settings.MaxPinLength;

        /// <summary>True when the PIN's length is within the rule (none at all when the PIN is optional).</summary>
        public bool PinOk => (Ctx.Pin.Count >= Svc.Settings.MinPinLength && Ctx.Pin.Count <= Svc.Settings.MaxPinLength)
            || (Ctx.Pin.Count == 0 && Ctx.PinRequirement == PinRequirement.Optional);

        /// <summary>Wipes the PIN and the PIN block (recovery after an internal error).</summary>
        public void Wipe()
        {
            Ctx.Pin.Wipe();
            Ctx.HasPinBlock = false;
            for (int i = 0; i < Ctx.PinBlock.Length; i++)
            {
                Ctx.PinBlock[i] = 0;
            }
        }
    }
}
