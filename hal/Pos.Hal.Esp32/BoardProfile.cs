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

        /// <summary>
        /// True for a pin with an internal pull-up. GPIO 34–39 are input-only with no pull-up or pull-down at all (ESP32
        /// datasheet, IO_MUX), whatever the driver's mode check answers, so they are opened as plain inputs.
        /// </summary>
        public static bool HasInternalPullUp(int pin)
        {
            return pin >= 0 && pin < 34;
        }

        // Power.
        /// <summary>Battery divider input: GPIO 35.</summary>
        public const int BatteryAdcPin = 35;
        /// <summary>The nanoFramework ADC channel of GPIO 35 (ADC1 channel 7).</summary>
        public const int BatteryAdcChannel = 7;

        /// <summary>ADC volts per count at the pin, in microvolts: about 3100 mV over 4095 counts at the 12 dB attenuation
        /// nanoFramework sets on the ESP32 (raw reads, no eFuse calibration).</summary>
        public const int BatteryAdcMicrovoltsPerCount = 757;
        /// <summary>Battery divider ratio, numerator (100 kOhm + 100 kOhm: the pin sees half the battery).</summary>
        public const int BatteryDividerNumerator = 2;
        /// <summary>Battery divider ratio, denominator.</summary>
        public const int BatteryDividerDenominator = 1;
        /// <summary>Per-board calibration offset in mV, added after scaling (measure with a meter, see docs/DEVICE.md).</summary>
        public const int BatteryCalibrationOffsetMillivolts = 0;
        /// <summary>Reads averaged per battery measurement.</summary>
        public const int BatteryAdcSamples = 16;
        /// <summary>Below this many raw counts the divider is taken as "no battery fitted".</summary>
        public const int BatteryAbsentBelowCounts = 200;
        /// <summary>External-power sense input (high = on external power), or -1 when the board has none.</summary>
        public const int ExternalPowerSense = -1;

        // Sound.
        /// <summary>Buzzer output: an active (self-oscillating) 3.3 V buzzer through a transistor, high = sounding.</summary>
        public const int Buzzer = 25;

        // Card reader: a UART magstripe module that sends track 2 as ASCII when a card is swiped.
        /// <summary>The nanoFramework serial port the card reader is on (ESP32 UART2).</summary>
        public const string CardReaderPort = "COM2";
        /// <summary>Card reader data to the ESP32 (GPIO 36, input only, which is all a receive line needs).</summary>
        public const int CardReaderRx = 36;
        /// <summary>
        /// ESP32 data to the card reader. GPIO 15 is a strapping pin, but the UART is only set up after boot and a TX
        /// line idles high, the pin's own default, so booting is unaffected. It must be remapped: COM2's default TX is
        /// GPIO 17, which the WROVER's PSRAM uses.
        /// </summary>
        public const int CardReaderTx = 15;
        /// <summary>Card reader baud rate (the common default of UART magstripe modules).</summary>
        public const int CardReaderBaud = 9600;

        // Buses.
        /// <summary>The nanoFramework SPI bus of the display (SPI1 = VSPI pins after remapping).</summary>
        public const int DisplaySpiBus = 1;
        /// <summary>
        /// SPI clock of the display in Hz: 40 MHz, the APB clock (80 MHz) divided by 2. The ILI9341's datasheet write
        /// cycle is 66 ns (about 15 MHz), but panels commonly run writes at 26-40 MHz; the ESP32's SPI routed through
        /// the GPIO matrix tops out at 40 MHz, and on the VSPI native (IO_MUX) pins used here 40 MHz needs no input
        /// delay compensation because the driver only writes (no MISO read). 80 MHz is beyond what the panel takes.
        /// A panel that shows noise at 40 MHz gets 26.67 MHz (80 / 3), the next divider down.
        /// </summary>
        public const int DisplayClockHz = 40000000;
    }
}
