using Pos.Hal;
using Pos.Core.Localization;

namespace Pos.Core.Ui.Screens
{
    /// <summary>The catalog key of a card entry mode's name, as the approval screen and the slips write it.</summary>
    public static class EntryModeKeys
    {
        private static readonly EntryMode[] EntryModes = new EntryMode[]
        {
            EntryMode.Chip, EntryMode.Contactless, EntryMode.Magstripe, EntryMode.Fallback, EntryMode.Manual,
        };

        private static readonly int[] Keys = new int[]
        {
            TextKey.UiCardChip, TextKey.UiCardTap, TextKey.UiCardSwipe, TextKey.UiEntryFallback, TextKey.UiEntryManual,
        };

        /// <summary>The key of the mode's name, or -1 (unknown: the row is left out).</summary>
        public static int Of(EntryMode mode)
        {
            for (int i = 0; i < EntryModes.Length; i++)
            {
                if (EntryModes[i] == mode)
                {
                    return Keys[i];
                }
            }

            return -1;
        }
    }
}
