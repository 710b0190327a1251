namespace Pos.Core.Security
{
    /// <summary>Short names of the <see cref="KeySlot"/> values for diagnostics screens and logs.</summary>
    public static class KeySlotNames
    {
        private static readonly string[] Names = new string[] { "TMK", "PIK", "MAK", "TDK" };

        /// <summary>The name of a slot, or its number in brackets when it has none.</summary>
        public static string Of(KeySlot slot)
        {
            int index = (int)slot;
            if (index >= 0 && index < Names.Length)
            {
                return Names[index];
            }

            return "[" + index.ToString() + "]";
        }

        /// <summary>True for the four real slots (not <see cref="KeySlot.Count"/>).</summary>
        public static bool IsValid(KeySlot slot)
        {
            int index = (int)slot;
            return index >= 0 && index < Names.Length;
        }
    }
}
