using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Pos.Hal.Net;
using Pos.Hal.Time;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// Keeps the clock right from an SNTP server over UDP (RFC 4330; the message is <see cref="SntpPacket"/>, shared
    /// and tested on both targets). Runs on its own thread so a slow DNS or a lost datagram never holds the main loop:
    /// it tries when <see cref="RequestNow"/> is called (the firmware calls it when the Wi-Fi link comes up), then every
    /// <see cref="ResyncMs"/> after a success or <see cref="RetryMs"/> after a failure. The sign-in reply also sets the
    /// date and time (fields 12/13); whichever came last wins, and both are the acquirer's or a public time.
    /// An empty server name turns SNTP off (a network without outside access).
    /// </summary>
    public sealed class SntpTimeSync
    {
        /// <summary>How long to wait for the server's reply.</summary>
        public const int ReceiveTimeoutMs = 3000;

        /// <summary>Time between successful synchronisations (the ESP32's RTC drifts a few seconds a day).</summary>
        public const int ResyncMs = 6 * 60 * 60 * 1000;

        /// <summary>Time before trying again after a failure.</summary>
        public const int RetryMs = 60 * 1000;

        private readonly IClock _clock;
        private readonly ISerialLog _log;
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly byte[] _request = new byte[SntpPacket.Length];
        private readonly byte[] _reply = new byte[SntpPacket.Length + 16];
        private readonly string _server;
        private readonly HostNameCache _names;
        private Thread _thread;

        /// <summary>Creates the client; nothing is sent before <see cref="Start"/>.</summary>
        /// <param name="clock">The clock to set.</param>
        /// <param name="log">Serial log for the outcome of each attempt.</param>
        /// <param name="server">Host name or dotted IPv4 of the SNTP server; null or empty disables SNTP.</param>
        public SntpTimeSync(IClock clock, ISerialLog log, string server)
        {
            _clock = clock;
            _log = log;
            _server = server;
            _names = new HostNameCache(Esp32Dns.Lookup, clock); // used on the SNTP thread only
        }

        /// <summary>
        /// Starts the worker thread (none when SNTP is off); it waits for <see cref="RequestNow"/> before the first attempt.
        /// </summary>
        public void Start()
        {
            if (_thread != null || _server == null || _server.Length == 0)
            {
                return;
            }

            _thread = new Thread(Run);
            _thread.Start();
        }

        /// <summary>Asks for a synchronisation as soon as possible (e.g. the link just came up).</summary>
        public void RequestNow()
        {
            _wake.Set();
        }

        /// <summary>One exchange with the server, on the calling thread; sets the clock when the reply is sane.</summary>
        /// <returns>The reply check's verdict, or <see cref="SntpError.NoReply"/>.</returns>
        /// <exception cref="SocketException">No route, or the wait for the reply timed out.</exception>
        public SntpError SyncOnce()
        {
            string dotted = _server == null || _server.Length == 0 ? null : _names.Address(_server);
            IPAddress address = dotted == null ? null : IPAddress.Parse(dotted);
            if (address == null)
            {
                return SntpError.NoReply;
            }

            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                socket.ReceiveTimeout = ReceiveTimeoutMs;
                socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                DateTime sent = _clock.UtcNow;
                SntpPacket.WriteRequest(_request, sent);
                socket.SendTo(_request, new IPEndPoint(address, SntpPacket.Port));

                EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                int received = socket.ReceiveFrom(_reply, ref from);
                DateTime arrived = _clock.UtcNow;
                DateTime corrected = arrived;
                SntpError error = SntpPacket.ReadReply(_reply, received, _request, sent, arrived, ref corrected);
                if (error == SntpError.None)
                {
                    _clock.SetUtc(corrected);
                }

                return error;
            }
            finally
            {
                socket.Close();
            }
        }

        private void Run()
        {
            int wait = Timeout.Infinite;
            while (true)
            {
                _wake.WaitOne(wait, false);
                SntpError error;
                try
                {
                    error = SyncOnce();
                }
                catch (Exception)
                {
                    // DNS failure, no route, or the receive timed out (a SocketException on nanoFramework).
                    error = SntpError.NoReply;
                }

                if (error == SntpError.None)
                {
                    _log.WriteLine("time: set from SNTP " + _server);
                    wait = ResyncMs;
                }
                else
                {
                    _log.WriteLine("time: SNTP " + _server + " failed (" + ((int)error).ToString() + "), retry in 60 s");
                    wait = RetryMs;
                }
            }
        }
    }
}
