using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// When the terminal asks for a PIN. By the service code's third digit when the card has one (ISO 7813: 0, 3, 5
    /// PIN required; 6, 7 PIN prompt if a PIN pad is present; others no PIN); without a service code by entry mode:
    /// chip → optional, contactless → none up to <see cref="TransactionSettings.ContactlessNoPinLimitFen"/> and
    /// required above, manual → required. Balance inquiries always require a PIN.
    /// </summary>
    public static class PinRule
    {
        /// <summary>The requirement for one card and amount.</summary>
        public static PinRequirement For(CardData card, long amountFen, bool balanceInquiry, TransactionSettings settings)
        {
            if (balanceInquiry)
            {
                return PinRequirement.Required;
            }

            if (card.EntryMode == EntryMode.Contactless)
            {
                return amountFen > settings.ContactlessNoPinLimitFen ? PinRequirement.Required : PinRequirement.None;
            }

            string code = card.ServiceCode;
            if (code != null && code.Length == 3)
            {
                char d = code[2];
                if (d == '0' || d == '3' || d == '5')
                {
                    return PinRequirement.Required;
                }

                return d == '6' || d == '7' ? PinRequirement.Optional : PinRequirement.None;
            }

            if (card.EntryMode == EntryMode.Chip)
            {
                return PinRequirement.Optional;
            }

            return card.EntryMode == EntryMode.Manual ? PinRequirement.Required : PinRequirement.None;
        }
    }
}
