using System;
using System.Device.Wifi;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Threading;
using Pos.Hal.Net;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="INetworkLink"/> over the ESP32's Wi-Fi station. <see cref="Start"/> connects on a worker thread
    /// (<c>WifiAdapter.Connect(ssid, WifiReconnectionKind.Automatic, password)</c>, so the ESP-IDF reconnects by itself
    /// after a drop) and never blocks the caller. The link is "up" when the Wi-Fi interface has a non-zero IPv4
    /// address; <c>NetworkChange.NetworkAvailabilityChanged</c> and <c>NetworkAddressChanged</c> re-evaluate that and
    /// raise <see cref="LinkChanged"/> on a change, on the event thread.
    /// <para>RSSI: nanoFramework does not expose the connected access point's RSSI (nanoframework/Home#1632), so
    /// <see cref="MeasureRssi"/> starts a scan, waits up to <see cref="ScanTimeoutMs"/> for
    /// <c>AvailableNetworksChanged</c> and takes the strongest entry with the connected SSID. It blocks; the self-test
    /// is its only caller. The scan hops off the access point's channel, so it never runs while an exchange is in
    /// flight (<see cref="Radio"/>): it waits up to <see cref="ExchangeWaitMs"/> for the exchange to end and otherwise
    /// answers with the last measured value (0 when none).</para>
    /// <para>APIs checked against <c>nanoframework/System.Device.Wifi: System.Device.Wifi/WifiAdapter.cs,
    /// WifiAvailableNetwork.cs, WifiNetworkReport.cs, WifiConnectionStatus.cs</c> and <c>nanoframework/System.Net:
    /// nanoFramework.System.Net/NetworkInformation/NetworkChange.cs, NetworkInterface.cs</c> and <c>DNS.cs</c>.</para>
    /// </summary>
    public sealed class Esp32WifiLink : INetworkLink
    {
        /// <summary>How long <see cref="MeasureRssi"/> waits for a scan.</summary>
        public const int ScanTimeoutMs = 6000;

        /// <summary>How long <see cref="MeasureRssi"/> waits for an exchange in flight to end before it gives up.</summary>
        public const int ExchangeWaitMs = 3000;

        /// <summary>Pause between connect attempts when the access point refused or was not found.</summary>
        public const int RetryMs = 10000;

        private const string NoAddress = "0.0.0.0";

        private readonly object _gate = new object();
        private readonly AutoResetEvent _scanDone = new AutoResetEvent(false);
        private string _ssid;
        private string _password;
        private WifiAdapter _adapter;
        private bool _up;
        private bool _started;
        private int _lastRssi;

        /// <summary>Creates the link for one network; nothing happens until <see cref="Start"/>.</summary>
        public Esp32WifiLink(string ssid, string password)
        {
            _ssid = ssid == null ? string.Empty : ssid;
            _password = password == null ? string.Empty : password;
        }

        /// <inheritdoc />
        public event LinkChangedHandler LinkChanged;

        /// <summary>Shared with the host exchange so that scans and exchanges take turns on the radio (optional).</summary>
        public RadioTurns Radio { get; set; }

        /// <summary>Replaces the network before <see cref="Start"/> (e.g. with the journal's settings); ignored after.</summary>
        public void Configure(string ssid, string password)
        {
            lock (_gate)
            {
                if (!_started)
                {
                    _ssid = ssid == null ? string.Empty : ssid;
                    _password = password == null ? string.Empty : password;
                }
            }
        }

        /// <inheritdoc />
        public bool IsUp
        {
            get
            {
                lock (_gate)
                {
                    return _up;
                }
            }
        }

        /// <summary>Subscribes to the network events and starts connecting on a worker thread. Call once.</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_started)
                {
                    return;
                }

                _started = true;
            }

            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
            NetworkChange.NetworkAddressChanged += OnAddressChanged;
            Evaluate();
            new Thread(ConnectLoop).Start();
        }

        /// <inheritdoc />
        public NetworkInfo GetInfo()
        {
            NetworkInterface wifi = FindWifi();
            if (wifi == null)
            {
                return new NetworkInfo(string.Empty, string.Empty, string.Empty, new string[0], _ssid);
            }

            string[] dns = wifi.IPv4DnsAddresses;
            return new NetworkInfo(Text(wifi.IPv4Address), Text(wifi.IPv4SubnetMask), Text(wifi.IPv4GatewayAddress),
                dns == null ? new string[0] : dns, _ssid);
        }

        /// <inheritdoc />
        public int MeasureRssi()
        {
            WifiAdapter adapter;
            lock (_gate)
            {
                adapter = _adapter;
                if (adapter == null || !_up)
                {
                    return 0;
                }
            }

            RadioTurns radio = Radio;
            if (radio != null && !TakeRadio(radio))
            {
                return _lastRssi;
            }

            try
            {
                _scanDone.Reset();
                adapter.ScanAsync();
                if (!_scanDone.WaitOne(ScanTimeoutMs, false))
                {
                    return 0;
                }

                WifiAvailableNetwork[] networks = adapter.NetworkReport.AvailableNetworks;
                int best = 0;
                for (int i = 0; i < networks.Length; i++)
                {
                    if (SsidOf(networks[i].Ssid) == _ssid)
                    {
                        int rssi = (int)networks[i].NetworkRssiInDecibelMilliwatts;
                        if (best == 0 || rssi > best)
                        {
                            best = rssi;
                        }
                    }
                }

                _lastRssi = best;
                return best;
            }
            catch (Exception)
            {
                // Scan refused while (re)connecting: unknown.
                return 0;
            }
            finally
            {
                if (radio != null)
                {
                    radio.EndScan();
                }
            }
        }

        // Waits (bounded) for an exchange in flight to end, then holds the radio for the scan.
        private static bool TakeRadio(RadioTurns radio)
        {
            for (int waited = 0; waited <= ExchangeWaitMs; waited += 100)
            {
                if (radio.TryBeginScan())
                {
                    return true;
                }

                Thread.Sleep(100);
            }

            return false;
        }

        /// <inheritdoc />
        public string ResolveHost(string hostName)
        {
            if (hostName == null || hostName.Length == 0)
            {
                return string.Empty;
            }

            // The self-test's deliberate live look-up (a technician waits for it); the exchange and SNTP use their caches.
            string address = Esp32Dns.Lookup(hostName);
            return address == null ? string.Empty : address;
        }

        private void ConnectLoop()
        {
            while (true)
            {
                try
                {
                    WifiAdapter adapter;
                    lock (_gate)
                    {
                        if (_adapter == null)
                        {
                            _adapter = WifiAdapter.FindAllAdapters()[0];
                            _adapter.AvailableNetworksChanged += OnScanDone;
                        }

                        adapter = _adapter;
                    }

                    if (_ssid.Length == 0)
                    {
                        // Not configured: stay down (docs/DEVICE.md, "Configuration").
                        return;
                    }

                    WifiConnectionResult result = adapter.Connect(_ssid, WifiReconnectionKind.Automatic, _password);
                    if (result.ConnectionStatus == WifiConnectionStatus.Success)
                    {
                        // Automatic reconnection from here on; DHCP completion arrives as an address change.
                        Evaluate();
                        return;
                    }
                }
                catch (Exception)
                {
                    // Adapter busy or not started yet: try again below.
                }

                Thread.Sleep(RetryMs);
            }
        }

        private void OnScanDone(WifiAdapter sender, object e)
        {
            _scanDone.Set();
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            Evaluate();
        }

        private void OnAddressChanged(object sender, EventArgs e)
        {
            Evaluate();
        }

        private void Evaluate()
        {
            bool up;
            try
            {
                NetworkInterface wifi = FindWifi();
                up = wifi != null && Text(wifi.IPv4Address).Length > 0;
            }
            catch (Exception)
            {
                up = false;
            }

            bool changed;
            lock (_gate)
            {
                changed = up != _up;
                _up = up;
            }

            if (changed)
            {
                LinkChangedHandler handler = LinkChanged;
                if (handler != null)
                {
                    handler(up);
                }
            }
        }

        // Also the board secret's source (Esp32BoardSecret): the station interface carries the factory MAC.
        internal static NetworkInterface FindWifi()
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return all[i];
                }
            }

            return null;
        }

        // Empty for a missing or all-zero address.
        private static string Text(string address)
        {
            return address == null || address == NoAddress ? string.Empty : address;
        }

        // The scan report decodes the 33-byte SSID field whole: cut at the first NUL.
        private static string SsidOf(string raw)
        {
            if (raw == null)
            {
                return string.Empty;
            }

            int end = raw.IndexOf('\0');
            return end < 0 ? raw : raw.Substring(0, end);
        }
    }
}
