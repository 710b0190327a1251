using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// Everything outside the core that <see cref="TerminalApp"/> is built over: the HAL seams of the board (ESP32,
    /// emulator or simulation), the key store and the random source for the technician PIN's salt. Set every property
    /// before building the app; <see cref="Power"/> may stay null where nothing measures a battery.
    /// </summary>
    public sealed class TerminalSeams
    {
        /// <summary>Time.</summary>
        public IClock Clock { get; set; }

        /// <summary>The exchange with the acquirer host.</summary>
        public IHostExchange Exchange { get; set; }

        /// <summary>The keypad: each press, raised on the main loop's thread, goes through <see cref="TerminalUi.Press"/> (menu first, then the machine).</summary>
        public IKeypad Keypad { get; set; }

        /// <summary>The card reader.</summary>
        public ICardReader CardReader { get; set; }

        /// <summary>The network link (Wi-Fi).</summary>
        public INetworkLink Network { get; set; }

        /// <summary>The flash the journal lives on.</summary>
        public IStorage Storage { get; set; }

        /// <summary>The serial log.</summary>
        public ISerialLog Log { get; set; }

        /// <summary>The terminal master key and the working keys.</summary>
        public IKeyStore Keys { get; set; }

        /// <summary>Battery, for the self-test; null when there is none to measure.</summary>
        public IPower Power { get; set; }

        /// <summary>The buzzer for the result tones (optional: null is a silent terminal).</summary>
        public IBuzzer Buzzer { get; set; }

        /// <summary>The receipt printer (optional: null is a terminal without one; nothing is printed, nothing waits for it).</summary>
        public IPrinter Printer { get; set; }

        /// <summary>The fleet broker's session (optional: null, or <see cref="TerminalOptions.Remote"/> null, is a terminal without remote management).</summary>
        public IRemoteLink Remote { get; set; }

        /// <summary>Randomness for the technician PIN's salt (seed it from the board's entropy).</summary>
        public SeededRandom Random { get; set; }
    }
}
