using System;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Pos.Hal.Net;
using Pos.Hal.Remote;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// The device's <see cref="IRemoteLink"/> over nanoFramework.M2Mqtt (MQTT 3.1.1): TLS 1.2 with the broker's
    /// certificate checked against the session's CA (or the root CA stored in the device's network configuration) and
    /// the broker's name, the retained last will, a clean session, the command topic subscribed at QoS 1, QoS 1
    /// publishes one at a time.
    /// <para>One worker thread, started with the object, does all the socket work. <c>MqttClient</c>'s constructor
    /// resolves the broker's name (<c>Dns.GetHostEntry</c>), and on nanoFramework a look-up is one native call that stops
    /// every managed thread until lwIP answers: so the client is made on the worker inside a connect, never on the
    /// caller's thread, and the name goes through a <see cref="HostNameCache"/> first: a name that did not resolve is
    /// not tried again before its backoff (the connect fails at once as unreachable), and one that did is then answered
    /// from lwIP's own DNS table. The TLS handshake is one native call as well (see <see cref="SocketHostExchange"/>);
    /// M2Mqtt keeps its socket to itself, so unlike the host exchange the handshake is bounded only by lwIP's and the
    /// broker's timeouts, which is why the core connects only while the terminal is idle.</para>
    /// <para>Events: Changed (Connecting on the caller's thread; Connected, Failed with one of the
    /// <see cref="RemoteLinkReasons"/>, Disconnected on the worker or on M2Mqtt's threads), exactly one Published per
    /// Publish (the broker's PUBACK, M2Mqtt giving up after its retries, or the connection closing first).</para>
    /// <para>Not run in CI: the Linux nanoCLR has no System.Net natives (its DNS throws <c>NotSupportedException</c>) and
    /// there is no board; nf-build and tests/Pos.DeviceCheck compile it. The PC twin, <c>MqttRemoteLink</c>, runs
    /// against the real broker in the host tests.</para>
    /// </summary>
    public sealed class Esp32MqttLink : IRemoteLink
    {
        /// <summary>How long the broker has to grant the command subscription.</summary>
        public const int SubscribeTimeoutMs = 10000;

        private readonly object _gate = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly AutoResetEvent _subscribed = new AutoResetEvent(false);
        private readonly HostNameCache _names;
        private readonly Thread _worker;

        private MqttClient _client;
        private RemoteLinkState _state = RemoteLinkState.Disconnected;
        private int _generation;
        private RemoteSession _connect;
        private MqttClient _close;
        private bool _closePending;
        private bool _publishing;
        private bool _publishPending;
        private int _publishId;
        private string _publishTopic;
        private byte[] _publishPayload;
        private bool _publishRetain;
        private bool _granted;

        /// <summary>Creates the link and starts its worker thread; nothing is resolved or connected yet.</summary>
        public Esp32MqttLink()
        {
            _names = new HostNameCache(Esp32Dns.Lookup, new Esp32Clock());
            _worker = new Thread(WorkerLoop);
            _worker.Start();
        }

        /// <inheritdoc />
        public event RemoteLinkChangedHandler Changed;

        /// <inheritdoc />
        public event RemoteMessageHandler MessageReceived;

        /// <inheritdoc />
        public event RemotePublishedHandler Published;

        /// <summary>Where connect failures are written with their likely causes (optional).</summary>
        public ISerialLog Log { get; set; }

        /// <inheritdoc />
        public RemoteLinkState State
        {
            get
            {
                lock (_gate)
                {
                    return _state;
                }
            }
        }

        /// <inheritdoc />
        public bool IsBusy
        {
            get
            {
                lock (_gate)
                {
                    return _publishing;
                }
            }
        }

        /// <inheritdoc />
        public void Connect(RemoteSession session)
        {
            lock (_gate)
            {
                if (session == null || _state == RemoteLinkState.Connecting || _state == RemoteLinkState.Connected)
                {
                    return;
                }

                _state = RemoteLinkState.Connecting;
                _generation++;
                _connect = session;
            }

            // Raised before the worker wakes, so that it always comes before the attempt's outcome.
            RaiseChanged(RemoteLinkState.Connecting, session.Host);
            _wake.Set();
        }

        /// <inheritdoc />
        public void Publish(int requestId, string topic, byte[] payload, int offset, int count, bool retain)
        {
            bool accepted = false;
            if (topic != null && payload != null && offset >= 0 && count >= 0 && offset <= payload.Length - count)
            {
                lock (_gate)
                {
                    accepted = _state == RemoteLinkState.Connected && !_publishing;
                    if (accepted)
                    {
                        byte[] copy = new byte[count];
                        Array.Copy(payload, offset, copy, 0, count);
                        _publishing = true;
                        _publishPending = true;
                        _publishId = requestId;
                        _publishTopic = topic;
                        _publishPayload = copy;
                        _publishRetain = retain;
                    }
                }
            }

            if (accepted)
            {
                _wake.Set();
            }
            else
            {
                // Not connected, busy or nonsense: fails at once, nothing is queued here.
                RaisePublished(requestId, false);
            }
        }

        /// <inheritdoc />
        public void Disconnect()
        {
            lock (_gate)
            {
                if (_state == RemoteLinkState.Disconnected)
                {
                    return;
                }

                _state = RemoteLinkState.Disconnected;
                _generation++;
                _connect = null;
                _close = _client;
                _client = null;
                _closePending = true;
            }

            _wake.Set();
        }

        private void WorkerLoop()
        {
            while (true)
            {
                _wake.WaitOne();
                RemoteSession connect;
                int generation;
                MqttClient close;
                bool closing;
                bool publishing;
                lock (_gate)
                {
                    connect = _connect;
                    _connect = null;
                    generation = _generation;
                    close = _close;
                    _close = null;
                    closing = _closePending;
                    _closePending = false;
                    publishing = _publishPending;
                    _publishPending = false;
                }

                if (closing)
                {
                    CloseQuietly(close);
                    FailPublish();
                    RaiseChanged(RemoteLinkState.Disconnected, RemoteLinkReasons.Closed);
                }

                if (connect != null)
                {
                    Open(connect, generation);
                }

                if (publishing)
                {
                    SendPublish();
                }
            }
        }

        private void Open(RemoteSession session, int generation)
        {
            MqttClient client = null;
            string failure;
            try
            {
                failure = Handshake(session, out client);
            }
            catch (Exception e)
            {
                failure = Reason(e, session.UseTls);
                WriteLog("remote: connect to " + session.Host + ":" + session.Port + " failed (" + failure + "): " + e.Message);
            }

            bool current;
            lock (_gate)
            {
                current = generation == _generation;
                if (current)
                {
                    _state = failure == null ? RemoteLinkState.Connected : RemoteLinkState.Failed;
                    _client = failure == null ? client : null;
                }
            }

            if (!current || failure != null)
            {
                // Failed, or closed while connecting: whatever the attempt opened is closed, cleanly when it got that far.
                CloseQuietly(client);
                if (!current)
                {
                    return;
                }
            }

            RaiseChanged(failure == null ? RemoteLinkState.Connected : RemoteLinkState.Failed, failure == null ? session.Host : failure);
        }

        // Null when connected and subscribed, else the reason; the client made (if any) comes back for closing.
        private string Handshake(RemoteSession session, out MqttClient client)
        {
            client = null;
            if (_names.Address(session.Host) == null)
            {
                return RemoteLinkReasons.Unreachable;
            }

            X509Certificate ca = session.UseTls && session.CaCertificatePem != null && session.CaCertificatePem.Length > 0
                ? new X509Certificate(session.CaCertificatePem)
                : null;
            client = new MqttClient(session.Host, session.Port, session.UseTls, ca, null, session.UseTls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
            client.ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
            client.MqttMsgPublishReceived += OnMessage;
            client.MqttMsgPublished += OnPublished;
            client.MqttMsgSubscribed += OnSubscribed;
            client.ConnectionClosed += OnClosed;

            byte[] will = session.WillPayload;
            string willText = will == null ? string.Empty : new string(Encoding.UTF8.GetChars(will, 0, will.Length));
            int keepAlive = session.KeepAliveSeconds < 0 ? 0 : (session.KeepAliveSeconds > ushort.MaxValue ? ushort.MaxValue : session.KeepAliveSeconds);
            MqttReasonCode code = client.Connect(session.ClientId, session.UserName, session.Password, true, MqttQoSLevel.AtLeastOnce,
                session.WillTopic != null, session.WillTopic, willText, true, (ushort)keepAlive);
            if (code != MqttReasonCode.Success)
            {
                return Refusal(code);
            }

            lock (_gate)
            {
                _granted = false;
            }

            _subscribed.Reset();
            client.Subscribe(new string[] { session.SubscribeTopic }, new MqttQoSLevel[] { MqttQoSLevel.AtLeastOnce });
            if (!_subscribed.WaitOne(SubscribeTimeoutMs, false))
            {
                return RemoteLinkReasons.Timeout;
            }

            lock (_gate)
            {
                return _granted ? null : RemoteLinkReasons.SubscribeRefused;
            }
        }

        private void SendPublish()
        {
            MqttClient client;
            string topic;
            byte[] payload;
            bool retain;
            lock (_gate)
            {
                client = _client;
                topic = _publishTopic;
                payload = _publishPayload;
                retain = _publishRetain;
                _publishPayload = null;
            }

            if (client == null)
            {
                FailPublish();
                return;
            }

            try
            {
                // Queued in M2Mqtt's inflight queue; MqttMsgPublished (or the connection closing) ends it.
                client.Publish(topic, payload, null, null, MqttQoSLevel.AtLeastOnce, retain);
            }
            catch (Exception)
            {
                FailPublish();
            }
        }

        private void OnPublished(object sender, MqttMsgPublishedEventArgs e)
        {
            int id;
            lock (_gate)
            {
                if (sender != _client || !_publishing || _publishPending)
                {
                    return;
                }

                _publishing = false;
                id = _publishId;
            }

            RaisePublished(id, e.IsPublished);
        }

        private void OnSubscribed(object sender, MqttMsgSubscribedEventArgs e)
        {
            MqttQoSLevel[] granted = e.GrantedQoSLevels;
            lock (_gate)
            {
                _granted = granted != null && granted.Length == 1 && (granted[0] == MqttQoSLevel.AtLeastOnce || granted[0] == MqttQoSLevel.AtMostOnce);
            }

            _subscribed.Set();
        }

        private void OnMessage(object sender, MqttMsgPublishEventArgs e)
        {
            lock (_gate)
            {
                if (sender != _client)
                {
                    return;
                }
            }

            RemoteMessageHandler handler = MessageReceived;
            if (handler != null)
            {
                handler(e.Topic, e.Message);
            }
        }

        private void OnClosed(object sender, EventArgs e)
        {
            lock (_gate)
            {
                // Only the current, connected session is lost; a closing or failed attempt is reported where it ends.
                if (sender != _client || _state != RemoteLinkState.Connected)
                {
                    return;
                }

                _state = RemoteLinkState.Failed;
                _generation++;
                _client = null;
            }

            FailPublish();
            RaiseChanged(RemoteLinkState.Failed, RemoteLinkReasons.LostPrefix + RemoteLinkReasons.Unreachable);
        }

        // A publish still waiting ends as not delivered.
        private void FailPublish()
        {
            int id;
            lock (_gate)
            {
                if (!_publishing)
                {
                    return;
                }

                _publishing = false;
                _publishPending = false;
                _publishPayload = null;
                id = _publishId;
            }

            RaisePublished(id, false);
        }

        private static void CloseQuietly(MqttClient client)
        {
            if (client == null)
            {
                return;
            }

            try
            {
                if (client.IsConnected)
                {
                    client.Disconnect();
                }
                else
                {
                    client.Close();
                }
            }
            catch (Exception)
            {
                // Already gone: nothing left to close.
            }
        }

        private static string Refusal(MqttReasonCode code)
        {
            switch (code)
            {
                case MqttReasonCode.ConnectionRefusedBadUserNameOrPassword:
                case MqttReasonCode.ConnectionRefusedNotAuthorized:
                case MqttReasonCode.BadUserNameOrPassword:
                case MqttReasonCode.NotAuthorized:
                    return RemoteLinkReasons.NotAuthorized;
                case MqttReasonCode.ConnectionRefusedServerUnavailable:
                case MqttReasonCode.ServerUnavailable:
                    return RemoteLinkReasons.Unreachable;
                default:
                    return RemoteLinkReasons.Refused;
            }
        }

        // M2Mqtt wraps what the socket and the handshake threw; a socket error before TLS is the network's, any other
        // failure of a TLS session is taken as the handshake's (wrong CA, wrong name, wrong clock).
        private static string Reason(Exception error, bool useTls)
        {
            for (Exception e = error; e != null; e = e.InnerException)
            {
                if (e is SocketException || e is NotSupportedException)
                {
                    return RemoteLinkReasons.Unreachable;
                }
            }

            return useTls ? RemoteLinkReasons.Tls : RemoteLinkReasons.Error;
        }

        private void WriteLog(string line)
        {
            ISerialLog log = Log;
            if (log != null)
            {
                log.WriteLine(line);
            }
        }

        private void RaiseChanged(RemoteLinkState state, string detail)
        {
            RemoteLinkChangedHandler handler = Changed;
            if (handler != null)
            {
                handler(state, detail);
            }
        }

        private void RaisePublished(int requestId, bool delivered)
        {
            RemotePublishedHandler handler = Published;
            if (handler != null)
            {
                handler(requestId, delivered);
            }
        }
    }
}
