using Pos.Core.Common;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// How a card was read, as the word the last-transaction record keeps and the screen's text form prints
    /// (<see cref="ScreenIds.Approved"/> line 7, <see cref="ScreenIds.OfflineApproved"/> line 4), and the entry mode's
    /// digits in field 22. The tables are packed literals (<see cref="PackedNames"/>): a look-up returns a short copy.
    /// </summary>
    public static class EntryNames
    {
        /// <summary>Contact chip.</summary>
        public const string Chip = "CHIP";

        /// <summary>Contactless.</summary>
        public const string Tap = "TAP";

        /// <summary>Magnetic stripe.</summary>
        public const string Swipe = "SWIPE";

        /// <summary>A chip card read by its stripe after a chip failure.</summary>
        public const string Fallback = "FALLBACK";

        /// <summary>Key-entered PAN.</summary>
        public const string Manual = "MANUAL";

        // One table: a reader entry mode, its first two digits of field 22 (POS entry mode), and its screen word.
        private static readonly EntryMode[] Modes = new EntryMode[]
        {
            EntryMode.Manual, EntryMode.Magstripe, EntryMode.Chip, EntryMode.Contactless, EntryMode.Fallback,
        };

        private const string Field22 = "01|02|05|07|80";

        private const string Words = Manual + "|" + Swipe + "|" + Chip + "|" + Tap + "|" + Fallback;

        /// <summary>The name of a reader entry mode (empty for unknown).</summary>
        public static string Of(EntryMode mode)
        {
            int i = IndexOf(mode);
            return i < 0 ? string.Empty : PackedNames.At(Words, i);
        }

        /// <summary>The first two digits of field 22 for a reader entry mode ("00" for unknown).</summary>
        public static string Field22Digits(EntryMode mode)
        {
            int i = IndexOf(mode);
            return i < 0 ? "00" : PackedNames.At(Field22, i);
        }

        /// <summary>The name of a field 22 value ("052", "072", "022", "802", "012"); empty when unreadable.</summary>
        public static string OfField22(string entryMode)
        {
            return Of(ModeOfField22(entryMode));
        }

        /// <summary>The reader entry mode of a field 22 value ("052" chip, "072" tap…); <see cref="EntryMode.Unknown"/> when unreadable.</summary>
        public static EntryMode ModeOfField22(string entryMode)
        {
            if (entryMode == null || entryMode.Length < 2)
            {
                return EntryMode.Unknown;
            }

            // Two digits and a bar each.
            string digits = Field22;
            for (int i = 0; i < Modes.Length; i++)
            {
                if (entryMode[0] == digits[i * 3] && entryMode[1] == digits[(i * 3) + 1])
                {
                    return Modes[i];
                }
            }

            return EntryMode.Unknown;
        }

        private static int IndexOf(EntryMode mode)
        {
            for (int i = 0; i < Modes.Length; i++)
            {
                if (Modes[i] == mode)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
