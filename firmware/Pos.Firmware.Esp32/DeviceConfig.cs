namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// Compile-time defaults for bring-up. CHANGE THESE for your bench: they apply only while the journal has no
    /// setting of its own (keys below; the technician menu and installation write them). The terminal and merchant ids
    /// are taken from here at every boot (the journal is opened by the terminal, after it was built with them).
    /// </summary>
    public static class DeviceConfig
    {
        /// <summary>Journal setting key of the Wi-Fi network name.</summary>
        public const string WifiSsidKey = "wifi.ssid";

        /// <summary>Journal setting key of the Wi-Fi password (never logged or shown).</summary>
        public const string WifiPasswordKey = "wifi.pass";

        /// <summary>Default Wi-Fi network name. CHANGE ME.</summary>
        public const string WifiSsid = "pos-bench";

        /// <summary>Default Wi-Fi password. CHANGE ME.</summary>
        public const string WifiPassword = "change-me";

        /// <summary>Default acquirer host (name or dotted IPv4): the PC running the host simulator. CHANGE ME.</summary>
        public const string HostName = "192.168.1.10";

        /// <summary>Default acquirer host port (the host simulator's default).</summary>
        public const int HostPort = 5800;

        /// <summary>Journal setting key of TLS to the host: "1" on, "0" off.</summary>
        public const string HostTlsKey = "host.tls";

        /// <summary>Default for <see cref="HostTlsKey"/>: off (the host simulator speaks plain TCP).</summary>
        public const bool HostUseTls = false;

        /// <summary>
        /// File on <c>I:</c> with the CA certificate (PEM) that signed the host's certificate. Without it the root CA
        /// stored in the device's network configuration (Device Explorer, Network configuration) is used.
        /// </summary>
        public const string HostCaFile = "host-ca.pem";

        /// <summary>
        /// Journal setting key of the remote-management broker (docs/REMOTE.md): its name or dotted IPv4 address, the
        /// name its TLS certificate carries. Empty: remote management off.
        /// </summary>
        public const string RemoteHostKey = Pos.Core.Remote.RemoteProvisioning.HostKey;

        /// <summary>Default broker: none (remote management off until installation sets <see cref="RemoteHostKey"/>).</summary>
        public const string RemoteHost = "";

        /// <summary>Journal setting key of the broker's port.</summary>
        public const string RemotePortKey = Pos.Core.Remote.RemoteProvisioning.PortKey;

        /// <summary>Default broker port: MQTT over TLS.</summary>
        public const int RemotePort = 8883;

        /// <summary>Journal setting key of TLS to the broker: "1" on, "0" off (a test bench only).</summary>
        public const string RemoteTlsKey = Pos.Core.Remote.RemoteProvisioning.TlsKey;

        /// <summary>Default for <see cref="RemoteTlsKey"/>: on.</summary>
        public const bool RemoteUseTls = true;

        /// <summary>
        /// Journal setting key of this terminal's broker password (32 hex digits; never logged or shown). Its broker user
        /// name and MQTT client id are the terminal id. Without it the terminal does not connect.
        /// </summary>
        public const string RemotePasswordKey = Pos.Core.Remote.RemoteProvisioning.PasswordKey;

        /// <summary>
        /// Journal setting key of this terminal's command key (64 hex digits; never logged or shown): remote commands
        /// must be signed under it. Without it the terminal does not connect.
        /// </summary>
        public const string RemoteCommandKeyKey = Pos.Core.Remote.RemoteProvisioning.CommandKeyKey;

        /// <summary>
        /// File on <c>I:</c> with the CA certificate (PEM) that signed the broker's certificate (the test broker's
        /// test-ca.pem on a bench). Without it the root CA stored in the device's network configuration is used.
        /// </summary>
        public const string RemoteCaFile = "remote-ca.pem";

        /// <summary>Journal setting key of the SNTP server (empty: SNTP off).</summary>
        public const string SntpServerKey = "time.sntp";

        /// <summary>
        /// Default SNTP server: none. A name means a DNS look-up, which freezes every managed thread while lwIP waits
        /// (up to ~15 s on a LAN without a DNS server); the clock comes from the sign-in reply and, after a power cut,
        /// from the last known time in the journal. With TLS on a first boot needs a right clock: set
        /// <see cref="SntpServerKey"/> to the dotted IPv4 address of an NTP server on the network (a name works too,
        /// looked up at most hourly and backed off after a failure).
        /// </summary>
        public const string SntpServer = "";

        /// <summary>
        /// Silence of the main loop after which the software watchdog restarts the terminal (the journal makes a restart
        /// safe). Longer than any step can take: exchanges run on their own thread; a journal compaction takes seconds.
        /// </summary>
        public const long WatchdogLimitMs = 60000;

        /// <summary>Terminal id, field 41 (8 characters). CHANGE ME to the id the host knows.</summary>
        public const string TerminalId = "10000001";

        /// <summary>Merchant id, field 42 (15 characters). CHANGE ME.</summary>
        public const string MerchantId = "100000000000001";

        /// <summary>Merchant name on the idle screen.</summary>
        public const string MerchantName = "DEMO STORE";

        /// <summary>
        /// True when the board carries the 58 mm receipt printer on its UART (docs/DEVICE.md "Printer": the pins are
        /// boot straps and need the divider and the flash-voltage eFuse described there). False: no printer is built,
        /// nothing is printed, and nothing waits for one (a board without it would otherwise report it offline at each slip).
        /// </summary>
        public const bool PrinterFitted = true;

        /// <summary>
        /// TEST ONLY. True for a bench board that signs in to the host simulator: with no master key stored (and none
        /// lost), boot loads a TEST master key (<see cref="TestTmkFile"/>, else the built-in one while
        /// <see cref="UseBuiltInTestTmk"/>), marked TEST on the status bar and WARN in the self-test. False for any
        /// terminal that talks to a real host: its master key is loaded under dual control in the technician menu
        /// ("Load master key"), and no file or built-in key is ever read.
        /// </summary>
        public const bool BenchBoard = true;

        /// <summary>
        /// TEST ONLY. File on <c>I:</c> with a test TMK as 32 hex digits (double-length DES), read at boot when present and
        /// the key store holds no master key (nor lost one); the key store then keeps it.
        /// Deploy it for bring-up only; read only while <see cref="BenchBoard"/>. A production terminal gets its TMK under
        /// dual control in the technician menu, never from a file.
        /// </summary>
        public const string TestTmkFile = "tmk.test";

        /// <summary>
        /// TEST ONLY. When true and <see cref="TestTmkFile"/> is absent, the host simulator's published test TMK
        /// (tools/Pos.HostSim/TestKeys.cs, 0123456789ABCDEF FEDCBA9876543210) is loaded so the bench terminal can sign in
        /// to the simulator. Must be false in any build that talks to a real host.
        /// </summary>
        public const bool UseBuiltInTestTmk = true;

        /// <summary>TEST ONLY: the host simulator's published test TMK, as hex (see <see cref="UseBuiltInTestTmk"/>).</summary>
        public const string BuiltInTestTmkHex = "0123456789ABCDEFFEDCBA9876543210";
    }
}
