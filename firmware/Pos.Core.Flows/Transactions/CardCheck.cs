using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The core's check of what a card reader hands over, before any of it reaches a request: every field the
    /// protocol carries must be packable (CUPS profile, reference/cups-pos.md §2.3), so a reader's bad data becomes a
    /// card error on the card prompt, never an exception while sending. <see cref="Check"/> names the first problem
    /// (a word for the serial log, never the value) or returns <see cref="Ok"/>.
    /// <list type="bullet">
    /// <item>PAN (field 2, n..19): 12–19 digits. No Luhn check here: the reader checks it for swipes
    /// (<c>Track2Parser</c>) and the issuer answers 14 for a wrong number; the host simulator's test cards are not
    /// Luhn-valid.</item>
    /// <item>Expiry (field 14, n4): empty, or YYMM digits with a month 01–12 (an expired card is the issuer's call, 54).</item>
    /// <item>Service code (PIN rule, field 35): empty, or three digits.</item>
    /// <item>Track 2 (field 35, z..37): empty, or digits with one '=' separator, at most 37 characters, starting with
    /// the PAN itself followed by the separator; required for a swipe and a fallback swipe.</item>
    /// <item>Entry mode (field 22): one of manual, swipe, chip, tap, fallback.</item>
    /// <item>Chip data (field 55, b...255): at most 255 bytes. Card sequence number (field 23, n3): empty or 1–3 digits.</item>
    /// </list>
    /// </summary>
    public static class CardCheck
    {
        /// <summary>Nothing wrong.</summary>
        public const string Ok = "";

        /// <summary>No card object at all.</summary>
        public const string NoCard = "no card";

        /// <summary>PAN missing, not digits, or not 12–19 long.</summary>
        public const string Pan = "pan";

        /// <summary>Expiry not YYMM with a month 01–12.</summary>
        public const string Expiry = "expiry";

        /// <summary>Service code not three digits.</summary>
        public const string ServiceCode = "service code";

        /// <summary>Track 2 malformed, too long, missing for a swipe, or not this PAN's.</summary>
        public const string Track2 = "track 2";

        /// <summary>Entry mode not one the terminal knows.</summary>
        public const string EntryModeUnknown = "entry mode";

        /// <summary>Chip data (field 55) over 255 bytes.</summary>
        public const string ChipData = "chip data";

        /// <summary>Card sequence number not 1–3 digits.</summary>
        public const string SequenceNumber = "sequence number";

        private const int MinPan = 12;
        private const int MaxPan = 19;
        private const int MaxTrack2 = 37;
        private const int MaxIcc = 255;

        /// <summary>The first problem of <paramref name="card"/>, or <see cref="Ok"/> (empty) when it may be used.</summary>
        public static string Check(CardData card)
        {
            if (card == null)
            {
                return NoCard;
            }

            string pan = card.Pan;
            if (pan == null || pan.Length < MinPan || pan.Length > MaxPan || !AllDigits(pan))
            {
                return Pan;
            }

            if (!ExpiryOk(card.ExpiryYymm))
            {
                return Expiry;
            }

            string service = card.ServiceCode;
            if (service != null && service.Length != 0 && (service.Length != 3 || !AllDigits(service)))
            {
                return ServiceCode;
            }

            EntryMode mode = card.EntryMode;
            if (EntryNames.Of(mode).Length == 0)
            {
                return EntryModeUnknown;
            }

            if (!Track2Ok(card.Track2, pan, mode == EntryMode.Magstripe || mode == EntryMode.Fallback))
            {
                return Track2;
            }

            if (card.IccData != null && card.IccData.Length > MaxIcc)
            {
                return ChipData;
            }

            string sequence = card.CardSequenceNumber;
            if (sequence != null && sequence.Length != 0 && (sequence.Length > 3 || !AllDigits(sequence)))
            {
                return SequenceNumber;
            }

            return Ok;
        }

        private static bool ExpiryOk(string yymm)
        {
            if (yymm == null || yymm.Length == 0)
            {
                return true;
            }

            if (yymm.Length != 4 || !AllDigits(yymm))
            {
                return false;
            }

            int month = ((yymm[2] - '0') * 10) + (yymm[3] - '0');
            return month >= 1 && month <= 12;
        }

        private static bool Track2Ok(string track2, string pan, bool required)
        {
            if (track2 == null || track2.Length == 0)
            {
                return !required;
            }

            if (track2.Length > MaxTrack2 || track2.Length <= pan.Length || track2[pan.Length] != '=')
            {
                return false;
            }

            for (int i = 0; i < track2.Length; i++)
            {
                char c = track2[i];
                if (i == pan.Length)
                {
                    continue;
                }

                if (c < '0' || c > '9' || (i < pan.Length && c != pan[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllDigits(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
