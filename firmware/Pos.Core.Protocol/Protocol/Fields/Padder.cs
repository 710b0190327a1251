namespace Pos.Core.Protocol.Fields
{
    /// <summary>
    /// Fills a short value up to a fixed field's length when packing (jPOS's Padder): zeros on the left for numeric
    /// fields, spaces on the right for text. Read values are kept as they came (no unpadding).
    /// </summary>
    public sealed class Padder
    {
        /// <summary>No padding: the value must have the field's exact length.</summary>
        public static readonly Padder None = new Padder(' ', false, false);

        /// <summary>'0' on the left ("1" in n6 → "000001").</summary>
        public static readonly Padder ZeroLeft = new Padder('0', true, true);

        /// <summary>' ' on the right ("01" in ans8 → "01      ").</summary>
        public static readonly Padder SpaceRight = new Padder(' ', false, true);

        private readonly char _pad;
        private readonly bool _left;

        private Padder(char pad, bool left, bool pads)
        {
            _pad = pad;
            _left = left;
            Pads = pads;
        }

        /// <summary>True when a short value may be padded.</summary>
        public bool Pads { get; }

        /// <summary>Unit <paramref name="index"/> of <paramref name="value"/> padded to <paramref name="units"/>.</summary>
        public char CharAt(string value, int index, int units)
        {
            int padCount = units - value.Length;
            if (padCount <= 0)
            {
                return value[index];
            }

            if (_left)
            {
                return index < padCount ? _pad : value[index - padCount];
            }

            return index < value.Length ? value[index] : _pad;
        }
    }
}
