namespace Pos.Hal.Display
{
    /// <summary>
    /// The ILI9341 power-up sequence as a table, played by the board's display driver after the hardware reset. Each
    /// step is <c>command, data count, data bytes…, delay in ms</c>. Besides sleep-out, pixel format, orientation and
    /// display-on, it sets what panels and their clones do not all default to — power control, VCOM, frame rate,
    /// display function and the gamma curves — so a clone comes up neither dim nor washed out. Register meanings and
    /// values: ILI9341 datasheet v1.11, sections 8.2 and 8.3 (the extended commands 0xCB–0xF7 are its "Level 2"
    /// registers); the values are the panel vendors' common settings for a 2.4–2.8" glass at 3.3 V.
    /// </summary>
    public static class Ili9341Init
    {
        /// <summary>SLPOUT: the panel needs 120 ms after it before DISPON (datasheet 8.2.12).</summary>
        public const byte SleepOut = 0x11;

        /// <summary>DISPON.</summary>
        public const byte DisplayOn = 0x29;

        /// <summary>MADCTL: memory access control (orientation, colour order).</summary>
        public const byte MemoryAccessControl = 0x36;

        /// <summary>COLMOD: pixel format.</summary>
        public const byte PixelFormat = 0x3A;

        /// <summary>MADCTL for landscape: MV (row/column exchange) and BGR (the panel's filter order). 0xE8 turns it by 180°.</summary>
        public const byte MadctlLandscape = 0x28;

        /// <summary>COLMOD value: 16 bits per pixel (RGB565) on both interfaces.</summary>
        public const byte Pixel16Bit = 0x55;

        /// <summary>The sequence: command, count, data…, delay (ms).</summary>
        public static byte[] Steps()
        {
            return new byte[]
            {
                0xCB, 5, 0x39, 0x2C, 0x00, 0x34, 0x02, 0,        // power control A: VCORE 1.6 V, DDVDH 5.6 V
                0xCF, 3, 0x00, 0xC1, 0x30, 0,                    // power control B: discharge path on
                0xE8, 3, 0x85, 0x00, 0x78, 0,                    // driver timing control A
                0xEA, 2, 0x00, 0x00, 0,                          // driver timing control B
                0xED, 4, 0x64, 0x03, 0x12, 0x81, 0,              // power-on sequence control
                0xF7, 1, 0x20, 0,                                // pump ratio: DDVDH = 2 x VCI
                0xC0, 1, 0x23, 0,                                // power control 1: GVDD 4.60 V
                0xC1, 1, 0x10, 0,                                // power control 2: step-up factor
                0xC5, 2, 0x3E, 0x28, 0,                          // VCOM control 1: VCOMH 4.25 V, VCOML -1.5 V
                0xC7, 1, 0x86, 0,                                // VCOM control 2: offset
                MemoryAccessControl, 1, MadctlLandscape, 0,
                PixelFormat, 1, Pixel16Bit, 0,
                0xB1, 2, 0x00, 0x18, 0,                          // frame rate (normal mode): 79 Hz
                0xB6, 3, 0x08, 0x82, 0x27, 0,                    // display function: 320 lines, scan direction
                0xF2, 1, 0x00, 0,                                // 3-gamma function off
                0x26, 1, 0x01, 0,                                // gamma curve 1 (G2.2)
                0xE0, 15, 0x0F, 0x31, 0x2B, 0x0C, 0x0E, 0x08, 0x4E, 0xF1, 0x37, 0x07, 0x10, 0x03, 0x0E, 0x09, 0x00, 0,
                0xE1, 15, 0x00, 0x0E, 0x14, 0x03, 0x11, 0x07, 0x31, 0xC1, 0x48, 0x08, 0x0F, 0x0C, 0x31, 0x36, 0x0F, 0,
                SleepOut, 0, 120,
                DisplayOn, 0, 20,
            };
        }

        /// <summary>
        /// Reads the step at <paramref name="at"/>: its command, where its data starts and how many bytes, and the
        /// delay after it. Returns the index of the next step, or -1 when the table is malformed there.
        /// </summary>
        public static int Read(byte[] steps, int at, out byte command, out int dataAt, out int dataCount, out int delayMs)
        {
            command = 0;
            dataAt = 0;
            dataCount = 0;
            delayMs = 0;
            if (steps == null || at < 0 || at + 2 > steps.Length)
            {
                return -1;
            }

            command = steps[at];
            dataCount = steps[at + 1];
            dataAt = at + 2;
            int delayAt = dataAt + dataCount;
            if (delayAt >= steps.Length)
            {
                return -1;
            }

            delayMs = steps[delayAt];
            return delayAt + 1;
        }
    }
}
