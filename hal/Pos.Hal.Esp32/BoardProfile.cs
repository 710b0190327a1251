namespace Pos.Hal.Esp32
{
    /// <summary>
    /// The reference board profile: every GPIO the firmware uses, in one place. The reference wiring is an
    /// ESP32-WROVER (4 MB PSRAM) with an ILI9341 320x240 TFT on the VSPI pins, a 4x4 matrix keypad, a battery divider
    /// on an ADC1 pin and a buzzer. Another board gets its own profile class with the same members; nothing else in
    /// the firmware names a pin number.
    /// </summary>
    /// <remarks>
    /// Pins avoided on purpose: 6-11 (SPI flash), 16-17 (PSRAM on WROVER), 0, 2, 12, 15 (boot strapping), 1 and 3
    /// (UART0, the debugger link). ADC2 pins cannot be read while Wi-Fi is on, so the battery is on ADC1.
    /// </remarks>
    public static class BoardProfile
    {
        /// <summary>Name shown in the boot line and in diagnostics.</summary>
        public const string Name = "reference: ESP32-WROVER + ILI9341 (VSPI) + 4x4 keypad";

        // Display: ILI9341 on the VSPI pins, driven from managed SPI.
        /// <summary>SPI clock of the display (VSPI SCLK).</summary>
        public const int DisplaySclk = 18;
        /// <summary>SPI MOSI of the display (VSPI MOSI).</summary>
        public const int DisplayMosi = 23;
        /// <summary>SPI MISO of the display (VSPI MISO); only used to read the panel id.</summary>
        public const int DisplayMiso = 19;
        /// <summary>Chip select of the display (VSPI CS0).</summary>
        public const int DisplayCs = 5;
        /// <summary>Data/command select of the display.</summary>
        public const int DisplayDc = 21;
        /// <summary>Reset of the display, active low.</summary>
        public const int DisplayReset = 22;
        /// <summary>Backlight enable of the display, active high.</summary>
        public const int DisplayBacklight = 4;

        // Keypad: 4x4 matrix. Rows are driven low one at a time; columns are read.
        /// <summary>Keypad row outputs, top to bottom.</summary>
        public static readonly int[] KeypadRows = new int[] { 13, 14, 27, 26 };

        /// <summary>
        /// Keypad column inputs, left to right. GPIO 34 and 39 are input-only without internal pull-ups, so the
        /// reference board fits 10 kOhm pull-ups to 3.3 V on all four columns.
        /// </summary>
        public static readonly int[] KeypadColumns = new int[] { 32, 33, 34, 39 };

        // Power.
        /// <summary>Battery divider input: GPIO 35.</summary>
        public const int BatteryAdcPin = 35;
        /// <summary>The nanoFramework ADC channel of GPIO 35 (ADC1 channel 7).</summary>
        public const int BatteryAdcChannel = 7;

        // Sound.
        /// <summary>Buzzer output (PWM).</summary>
        public const int Buzzer = 25;
    }
}
