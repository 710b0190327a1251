namespace Pos.Core.Common
{
    /// <summary>
    /// A name table kept as one literal, names between bars: <c>"ready|paper out|cover open"</c>. On nanoCLR a
    /// <c>static readonly string[]</c> of literals costs the array and one heap block per string for as long as the
    /// assembly is loaded; one packed literal costs at most one block and its text stays in the assembly. A look-up
    /// scans the text and returns a new substring (string.Empty for an empty name), so keep these for names read now
    /// and then (logs, reports, a screen change), not inside a loop. A name never holds the bar.
    /// </summary>
    public static class PackedNames
    {
        /// <summary>What separates the names.</summary>
        public const char Separator = '|';

        /// <summary>Name <paramref name="index"/> of <paramref name="packed"/>, or null when there is none (negative or past the last).</summary>
        public static string At(string packed, int index)
        {
            int start = StartOf(packed, index);
            if (start < 0)
            {
                return null;
            }

            int end = EndOf(packed, start);
            return end == start ? string.Empty : packed.Substring(start, end - start);
        }

        /// <summary>Number of names (a name may be empty, so "" holds one and "|" two).</summary>
        public static int Count(string packed)
        {
            int count = 1;
            int bar = packed.IndexOf(Separator);
            while (bar >= 0)
            {
                count++;
                bar = packed.IndexOf(Separator, bar + 1);
            }

            return count;
        }

        /// <summary>The index of the first name equal to <paramref name="name"/> (ordinal), or -1 (also for null).</summary>
        public static int IndexOf(string packed, string name)
        {
            if (name == null || name.IndexOf(Separator) >= 0)
            {
                return -1;
            }

            if (name.Length == 0)
            {
                return IndexOfEmpty(packed);
            }

            // The runtime's own search, then a check that the match is a whole name, not a part of a longer one.
            int from = 0;
            while (from <= packed.Length - name.Length)
            {
                int at = packed.IndexOf(name, from);
                if (at < 0)
                {
                    return -1;
                }

                int end = at + name.Length;
                if ((at == 0 || packed[at - 1] == Separator) && (end == packed.Length || packed[end] == Separator))
                {
                    return IndexAt(packed, at);
                }

                from = at + 1;
            }

            return -1;
        }

        /// <summary>Where name <paramref name="index"/> starts in <paramref name="packed"/>, or -1 when there is none.</summary>
        public static int StartOf(string packed, int index)
        {
            if (index < 0)
            {
                return -1;
            }

            int start = 0;
            for (int i = 0; i < index; i++)
            {
                int bar = packed.IndexOf(Separator, start);
                if (bar < 0)
                {
                    return -1;
                }

                start = bar + 1;
            }

            return start;
        }

        /// <summary>Where the name that starts at <paramref name="start"/> ends (its bar, or the length).</summary>
        public static int EndOf(string packed, int start)
        {
            int bar = start < packed.Length ? packed.IndexOf(Separator, start) : -1;
            return bar < 0 ? packed.Length : bar;
        }

        // The index of the name that starts at position at: the bars before it.
        private static int IndexAt(string packed, int at)
        {
            int index = 0;
            int bar = packed.IndexOf(Separator);
            while (bar >= 0 && bar < at)
            {
                index++;
                bar = packed.IndexOf(Separator, bar + 1);
            }

            return index;
        }

        private static int IndexOfEmpty(string packed)
        {
            int start = 0;
            for (int index = 0; ; index++)
            {
                int end = EndOf(packed, start);
                if (end == start)
                {
                    return index;
                }

                if (end == packed.Length)
                {
                    return -1;
                }

                start = end + 1;
            }
        }
    }
}
