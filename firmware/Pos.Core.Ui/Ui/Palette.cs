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
            0xFFFF, 0x0000, 0xFFFF, 0x9CF3, 0xFFFF, 0xFFFF, 0x0000, 0x0000, 0x9EFF, 0x87F0,
        };

        private static readonly ushort[] Background = new ushort[]
        {
            0x0000, 0xC618, 0x39E7, 0x0000, 0x0480, 0xB800, 0xFD20, 0xFFFF, 0x0000, 0x0000,
        };

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
