namespace Pos.Hal.Esp32
{
    /// <summary>
    /// The reference board profile: every GPIO the firmware uses, in one place. The reference wiring is an
    /// ESP32-WROVER (4 MB PSRAM) with an ILI9341 320x240 TFT on the VSPI pins, a 4x4 matrix keypad, a battery divider
    /// on an ADC1 pin and a buzzer. Another board gets its own profile class with the same members; nothing else in
    /// the firmware names a pin number.
    /// </summary>
    /// <remarks>
    /// <para>Pins avoided on purpose: 6-11 (SPI flash), 16-17 (PSRAM on WROVER), 1 and 3 (UART0, the debugger link),
    /// 0 and 12 (strapping: 0 low at reset enters the ROM loader, 12 high at reset selects 1.8 V flash and the module
    /// does not boot) until the receipt printer took them, the last two pins left (see <see cref="PrinterRx"/> and
    /// <see cref="PrinterTx"/> for why each is safe). ADC2 pins cannot be read while Wi-Fi is on, so the battery is on
    /// ADC1.</para>
    /// <para>Strapping pins that are used, each safe at reset: GPIO 5 (display CS: idles high, its strap default),
    /// GPIO 15 (card reader TX: a UART TX idles high, the strap default; low would only silence the ROM boot log) and
    /// GPIO 2 (watchdog kick: driven only after boot, into the watchdog IC's high-impedance input, so the pin keeps its
    /// reset pull-down and the ROM loader still starts for flashing).</para>
    /// <para>GPIO 34-39 are input-only, with no internal pull-up or pull-down.</para>
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
        /// <summary>
        /// SPI MISO of the display bus: GPIO 36, input-only, never read (the driver only writes). nanoFramework's ESP32
        /// SPI driver refuses a bus without a MISO pin and its default MISO for this bus is GPIO 25, the buzzer; the
        /// native VSPI MISO pin (19) went to the card reader, which needs a pull-up.
        /// </summary>
        public const int DisplayMiso = 36;
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
        /// <summary>
        /// True once the four two-point calibration constants below were measured on this board (docs/DEVICE.md,
        /// "Battery calibration"); false: the nominal line from the ADC scale and the divider.
        /// </summary>
        public const bool BatteryCalibrated = false;
        /// <summary>Calibration, low point: the battery voltage the uncalibrated self-test shows, in mV.</summary>
        public const int BatteryLowShownMillivolts = 3400;
        /// <summary>Calibration, low point: the battery voltage measured with a meter at the same time, in mV.</summary>
        public const int BatteryLowMeterMillivolts = 3400;
        /// <summary>Calibration, high point: the battery voltage the uncalibrated self-test shows, in mV.</summary>
        public const int BatteryHighShownMillivolts = 4200;
        /// <summary>Calibration, high point: the battery voltage measured with a meter at the same time, in mV.</summary>
        public const int BatteryHighMeterMillivolts = 4200;
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
        /// <summary>
        /// The nanoFramework serial port the card reader is on. nanoFramework counts COM ports from COM1 = ESP-IDF
        /// UART_NUM_0 (the debugger link), so COM2 is UART_NUM_1 (not UART2). Its pins are remapped below because its
        /// default pins are not free on a WROVER module.
        /// </summary>
        public const string CardReaderPort = "COM2";
        /// <summary>
        /// Card reader data to the ESP32: GPIO 19, which has an internal pull-up (the UART driver turns it on for RX),
        /// so the line idles high with the reader unplugged, and no ADC on it (GPIO 36 dipped low for ~80 ns whenever
        /// the SAR ADC powered up: a false start bit). The board adds a 10 kOhm pull-up to 3.3 V. A 5 V reader needs a
        /// level shifter or a divider (e.g. 10 kOhm over 20 kOhm) on this line: ESP32 pins are not 5 V tolerant.
        /// </summary>
        public const int CardReaderRx = 19;
        /// <summary>
        /// ESP32 data to the card reader. Most swipe modules only send, so nothing needs to be wired here, but
        /// nanoFramework's serial driver refuses to open a port without a TX pin. GPIO 15 is a strapping pin; the UART
        /// is only set up after boot and a TX line idles high, the pin's own default, so booting is unaffected.
        /// </summary>
        public const int CardReaderTx = 15;
        /// <summary>Card reader baud rate (the common default of UART magstripe modules).</summary>
        public const int CardReaderBaud = 9600;

        // Receipt printer: a 58 mm ESC/POS thermal module with a TTL UART (docs/DEVICE.md, "Printer").
        /// <summary>
        /// The nanoFramework serial port of the printer: COM3 = the ESP-IDF's UART_NUM_2 (COM2 is the card reader's).
        /// </summary>
        public const string PrinterPort = "COM3";
        /// <summary>
        /// Printer data to the ESP32 (the module's TX), for its status answers: GPIO 0. Its strap level for a normal
        /// boot is high, which is where a UART line idles; the module's TX arrives through a 10 kOhm / 20 kOhm divider
        /// (5 V modules; also needed so that the USB adapter's auto-reset can still pull the pin low to flash).
        /// </summary>
        public const int PrinterRx = 0;
        /// <summary>
        /// ESP32 data to the printer (the module's RX): GPIO 12, the last free output. It is the flash-voltage strap
        /// (high at reset selects 1.8 V): the ESP32 holds it low with its reset pull-down, but a module whose RX input
        /// pulls up would stop a 3.3 V-flash board from booting, so burn the flash voltage eFuse once
        /// (docs/DEVICE.md, "Printer").
        /// </summary>
        public const int PrinterTx = 12;
        /// <summary>Printer baud rate: 9600, what the common modules are set to out of the box (their self-test slip
        /// prints it). Raise both together for faster receipts: 115200 moves about 240 raster lines a second.</summary>
        public const int PrinterBaud = 9600;
        /// <summary>Dots per raster line: 384 for a 58 mm module, 576 for an 80 mm one.</summary>
        public const int PrinterWidthDots = 384;
        /// <summary>
        /// The slowest the head is taken to print, in dot lines a second, for pacing: a band is not followed by the
        /// next before it had this long to print. About 20 mm/s, what these heads keep up on a sagging 5-9 V supply.
        /// </summary>
        public const int PrinterLinesPerSecond = 160;
        /// <summary>True for a module with an autocutter (<c>GS V</c>); false: a receipt is fed past the tear bar.</summary>
        public const bool PrinterHasCutter = false;
        /// <summary>Dot lines from the print line to the tear bar of a module without a cutter (about 12 mm).</summary>
        public const int PrinterTearOffLines = 96;

        // Watchdog.
        /// <summary>
        /// Kick output to an external watchdog IC (a TPS3823-, MAX6369- or TPL5010-style supervisor whose reset output
        /// drives the ESP32's EN pin), or -1 when none is fitted. The main loop sends a short high pulse at most every
        /// <see cref="ExternalWatchdogKickMs"/>; if the loop stops turning (stuck, or frozen by a native call) the pulses
        /// stop and the IC resets the board after its own period, which must be longer than the longest bounded
        /// blocking call (docs/DEVICE.md, "Blocking calls and their bounds": 60 s or more).
        /// </summary>
        public const int ExternalWatchdogKick = 2;
        /// <summary>Least time between two watchdog pulses.</summary>
        public const int ExternalWatchdogKickMs = 1000;

        // Buses.
        /// <summary>The nanoFramework SPI bus of the display (SPI1 = VSPI pins after remapping).</summary>
        public const int DisplaySpiBus = 1;
        /// <summary>
        /// SPI clock of the display in Hz: 26.67 MHz, the APB clock (80 MHz) divided by 3, the fastest this bus allows.
        /// With MISO on GPIO 36 the bus is routed through the GPIO matrix rather than the VSPI IO_MUX pins, and
        /// nanoFramework always runs SPI full duplex; the ESP-IDF then refuses a device above 80/3 MHz ("When work in
        /// full-duplex mode at frequency > 26.7MHz, device cannot read correct data"). The ILI9341's datasheet write
        /// cycle is 66 ns (about 15 MHz), but panels commonly take 26-40 MHz for writes. A board that keeps the
        /// display on the native pins (MISO 19, CLK 18, MOSI 23) can run 40 MHz and puts the card reader's RX
        /// elsewhere; the render figures in docs/BENCHMARKS.md give the wire time for both.
        /// </summary>
        public const int DisplayClockHz = 26666666;
    }
}
