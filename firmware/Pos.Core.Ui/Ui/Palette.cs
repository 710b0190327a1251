namespace Pos.Core.Ui
{
    /// <summary>RGB565 foreground and background colour of each <see cref="TextStyle"/>.</summary>
    public static class Palette
    {
        /// <summary>RGB565 black.</summary>
        public const ushort Black = 0x0000;

        /// <summary>RGB565 white.</summary>
        public const ushort White = 0xFFFF;

        private static readonly ushort[] Foreground = new ushort[]
        {
            0xFFFF, 0x0000, 0xFFFF, 0x9CF3, 0xFFFF, 0xFFFF, 0x0000, 0x0000, 0x9EFF, 0x87F0, 0xFFFF, 0xFFFF,
        };

        private static readonly ushort[] Background = new ushort[]
        {
            0x0000, 0xC618, 0x39E7, 0x0000, 0x0480, 0xB800, 0xFD20, 0xFFFF, 0x0000, 0x0000, 0xF800, 0x07E0,
        };

        // The filled styles a row may stack (badges, banners, the status and key bars) keep their top and bottom pixel
        // lines black, so two such cells one above the other stay two shapes instead of one block.
        private static readonly bool[] Inset = new bool[]
        {
            false, true, true, false, true, true, true, false, false, false, false, false,
        };

        /// <summary>Background colour of a style's top and bottom pixel lines: black for the inset (filled) styles.</summary>
        public static ushort EdgeBackgroundOf(byte style)
        {
            return style < Inset.Length && Inset[style] ? Black : BackgroundOf(style);
        }

        /// <summary>Foreground colour of a style (Normal's for an unknown style).</summary>
        public static ushort ForegroundOf(byte style)
        {
            return style < Foreground.Length ? Foreground[style] : Foreground[0];
        }

        /// <summary>Background colour of a style (Normal's for an unknown style).</summary>
        public static ushort BackgroundOf(byte style)
        {
            return style < Background.Length ? Background[style] : Background[0];
        }
    }
}
