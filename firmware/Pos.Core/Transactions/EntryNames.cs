using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// How a card was read, as the word a result screen line carries (<see cref="ScreenIds.Approved"/> line 7,
    /// <see cref="ScreenIds.OfflineApproved"/> line 4), and the letters of the modes a card prompt accepts
    /// (<see cref="ScreenIds.PresentCard"/> line 3). Constant strings: nothing is allocated per transaction.
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

        /// <summary>Every card prompt mode accepted: chip, tap, swipe.</summary>
        public const string AllModes = "CTS";

        /// <summary>The name of a reader entry mode (empty for unknown).</summary>
        public static string Of(EntryMode mode)
        {
            switch (mode)
            {
                case EntryMode.Chip:
                    return Chip;
                case EntryMode.Contactless:
                    return Tap;
                case EntryMode.Magstripe:
                    return Swipe;
                case EntryMode.Fallback:
                    return Fallback;
                case EntryMode.Manual:
                    return Manual;
            }

            return string.Empty;
        }

        /// <summary>The name of a field 22 value ("052", "072", "022", "802", "012"); empty when unreadable.</summary>
        public static string OfField22(string entryMode)
        {
            if (entryMode == null || entryMode.Length < 2)
            {
                return string.Empty;
            }

            char a = entryMode[0];
            char b = entryMode[1];
            if (a == '8' && b == '0')
            {
                return Fallback;
            }

            if (a != '0')
            {
                return string.Empty;
            }

            return b == '5' ? Chip : b == '7' ? Tap : b == '2' ? Swipe : b == '1' ? Manual : string.Empty;
        }
    }
}
