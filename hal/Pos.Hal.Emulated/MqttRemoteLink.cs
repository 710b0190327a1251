using System.Buffers;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Pos.Hal.Remote;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// The PC's <see cref="IRemoteLink"/> over MQTTnet: MQTT 5 (so that a publish the broker refuses comes back as
    /// not delivered), TLS checked against the session's CA alone with the host name checked, the retained last will,
    /// a clean session, the command topic subscribed at QoS 1, QoS 1 publishes one at a time.
    /// <para>Every call returns at once and never throws; connecting, closing and publishing run as tasks chained one
    /// after the other, so a <see cref="Disconnect"/> followed by a <see cref="Connect"/> never overlaps two sessions
    /// of the same client id. Events are raised on those tasks' threads, never under the link's lock: Changed reports
    /// Connecting, then Connected or Failed with a short reason (<see cref="RemoteLinkReasons"/>), Failed again when a connected
    /// session is lost, and Disconnected after a clean close; exactly one Published follows each Publish.</para>
    /// <para><see cref="Drop"/> (and <see cref="Dispose"/>) close the socket without the MQTT DISCONNECT, as a power
    /// cut or a pulled cable would: the broker then publishes the will.</para>
    /// </summary>
    public sealed class MqttRemoteLink : IRemoteLink, IDisposable
    {
        /// <summary>How long connecting (TCP, TLS, CONNECT, SUBSCRIBE) may take before it counts as failed.</summary>
        public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

        /// <summary>How long a publish waits for the broker's PUBACK before it counts as not delivered.</summary>
        public static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

        private readonly object _gate = new();
        private readonly MqttClientFactory _factory = new();
        private Task _tail = Task.CompletedTask;
        private IMqttClient? _client;
        private CancellationTokenSource? _connecting;
        private RemoteLinkState _state = RemoteLinkState.Disconnected;
        private int _generation;
        private bool _publishing;

        /// <inheritdoc />
        public event RemoteLinkChangedHandler? Changed;

        /// <inheritdoc />
        public event RemoteMessageHandler? MessageReceived;

        /// <inheritdoc />
        public event RemotePublishedHandler? Published;

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
            int generation;
            CancellationTokenSource cancel;
            lock (_gate)
            {
                if (session == null || _state == RemoteLinkState.Connecting || _state == RemoteLinkState.Connected)
                {
                    return;
                }

                _state = RemoteLinkState.Connecting;
                generation = ++_generation;
                _connecting = cancel = new CancellationTokenSource(ConnectTimeout);
            }

            // Connecting is raised before the attempt starts, so that it always comes before the attempt's outcome.
            RaiseChanged(RemoteLinkState.Connecting, session.Host + ":" + session.Port);
            lock (_gate)
            {
                if (generation == _generation)
                {
                    Chain(() => ConnectAsync(session, generation, cancel.Token));
                }
            }
        }

        /// <inheritdoc />
        public void Publish(int requestId, string topic, byte[] payload, int offset, int count, bool retain)
        {
            bool valid = topic != null && payload != null && offset >= 0 && count >= 0 && offset <= payload.Length - count;
            IMqttClient? client = null;
            MqttApplicationMessage? message = null;
            lock (_gate)
            {
                if (valid && _state == RemoteLinkState.Connected && !_publishing && _client != null)
                {
                    _publishing = true;
                    client = _client;
                    message = new MqttApplicationMessageBuilder()
                        .WithTopic(topic)
                        .WithPayload(payload.AsSpan(offset, count).ToArray())
                        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                        .WithRetainFlag(retain)
                        .Build();
                    Chain(() => PublishAsync(client, message, requestId));
                }
            }

            if (client == null)
            {
                // Not connected, busy or nonsense: fails at once, nothing is queued here.
                RaisePublished(requestId, false);
            }
        }

        /// <inheritdoc />
        public void Disconnect()
        {
            IMqttClient? client;
            lock (_gate)
            {
                if (_state == RemoteLinkState.Disconnected)
                {
                    return;
                }

                client = Detach(RemoteLinkState.Disconnected);
                Chain(() => CloseAsync(client));
            }
        }

        /// <summary>
        /// Closes the socket without an MQTT DISCONNECT, as a power cut would: the broker publishes the will. Changed
        /// reports Failed ("dropped"); <see cref="Connect"/> may follow.
        /// </summary>
        public void Drop()
        {
            IMqttClient? client;
            lock (_gate)
            {
                if (_state == RemoteLinkState.Disconnected || _state == RemoteLinkState.Failed)
                {
                    return;
                }

                client = Detach(RemoteLinkState.Failed);
            }

            client?.Dispose();
            RaiseChanged(RemoteLinkState.Failed, RemoteLinkReasons.Dropped);
        }

        /// <summary>Drops the session (see <see cref="Drop"/>): the broker publishes the will.</summary>
        public void Dispose() => Drop();

        // Under _gate: forgets the session (events of the old client are ignored from now on) and cancels a connect.
        private IMqttClient? Detach(RemoteLinkState state)
        {
            IMqttClient? client = _client;
            _client = null;
            _state = state;
            _generation++;
            _connecting?.Cancel();
            return client;
        }

        // Under _gate: runs the step after every step chained before it.
        private void Chain(Func<Task> step) => _tail = _tail.ContinueWith(_ => step(), TaskScheduler.Default).Unwrap();

        private async Task ConnectAsync(RemoteSession session, int generation, CancellationToken cancel)
        {
            IMqttClient client = _factory.CreateMqttClient();
            client.ApplicationMessageReceivedAsync += e => OnMessage(generation, e);
            client.DisconnectedAsync += e => OnDisconnected(generation, e);
            string? failure;
            try
            {
                failure = await OpenAsync(client, session, cancel);
            }
            catch (Exception e)
            {
                failure = MqttFailure.Reason(e, cancel.IsCancellationRequested);
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

            if (!current)
            {
                // Closed or dropped while connecting: the session it opened is closed cleanly, nobody hears of it.
                await CloseQuietlyAsync(client);
                return;
            }

            if (failure != null)
            {
                client.Dispose();
            }

            RaiseChanged(failure == null ? RemoteLinkState.Connected : RemoteLinkState.Failed, failure ?? session.Host + ":" + session.Port);
        }

        // Null when connected and subscribed, else the reason.
        private static async Task<string?> OpenAsync(IMqttClient client, RemoteSession session, CancellationToken cancel)
        {
            MqttClientConnectResult connected = await client.ConnectAsync(Options(session), cancel);
            if (connected.ResultCode != MqttClientConnectResultCode.Success)
            {
                return MqttFailure.Reason(connected.ResultCode);
            }

            MqttClientSubscribeResult subscribed = await client.SubscribeAsync(
                new MqttClientSubscribeOptionsBuilder().WithTopicFilter(session.SubscribeTopic, MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancel);
            MqttClientSubscribeResultCode granted = subscribed.Items.First().ResultCode;
            return granted == MqttClientSubscribeResultCode.GrantedQoS1 || granted == MqttClientSubscribeResultCode.GrantedQoS0 ? null : RemoteLinkReasons.SubscribeRefused;
        }

        private static MqttClientOptions Options(RemoteSession session)
        {
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(session.Host, session.Port)
                .WithProtocolVersion(MqttProtocolVersion.V500)
                .WithClientId(session.ClientId)
                .WithCredentials(session.UserName, session.Password)
                .WithCleanSession()
                .WithTimeout(ConnectTimeout)
                .WithWillTopic(session.WillTopic)
                .WithWillPayload(session.WillPayload)
                .WithWillRetain()
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
            if (session.KeepAliveSeconds > 0)
            {
                options.WithKeepAlivePeriod(TimeSpan.FromSeconds(session.KeepAliveSeconds));
            }

            if (session.UseTls)
            {
                var tls = new MqttClientTlsOptionsBuilder().UseTls().WithRevocationMode(X509RevocationMode.NoCheck);
                if (!string.IsNullOrEmpty(session.CaCertificatePem))
                {
                    // Trust this CA alone, not the machine's store; the host name is still checked.
                    tls.WithTrustChain(new X509Certificate2Collection(X509Certificate2.CreateFromPem(session.CaCertificatePem)));
                }

                options.WithTlsOptions(tls.Build());
            }

            return options.Build();
        }

        private async Task PublishAsync(IMqttClient client, MqttApplicationMessage message, int requestId)
        {
            bool delivered = false;
            try
            {
                using var timeout = new CancellationTokenSource(PublishTimeout);
                MqttClientPublishResult result = await client.PublishAsync(message, timeout.Token);
                delivered = result.IsSuccess;
            }
            catch (Exception)
            {
                // Lost, dropped or timed out: not delivered.
            }

            lock (_gate)
            {
                _publishing = false;
            }

            RaisePublished(requestId, delivered);
        }

        private async Task CloseAsync(IMqttClient? client)
        {
            await CloseQuietlyAsync(client);
            RaiseChanged(RemoteLinkState.Disconnected, RemoteLinkReasons.Closed);
        }

        private static async Task CloseQuietlyAsync(IMqttClient? client)
        {
            if (client == null)
            {
                return;
            }

            try
            {
                using var timeout = new CancellationTokenSource(ConnectTimeout);
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), timeout.Token);
            }
            catch (Exception)
            {
                // Already gone: nothing left to close.
            }

            client.Dispose();
        }

        private Task OnMessage(int generation, MqttApplicationMessageReceivedEventArgs e)
        {
            bool current;
            lock (_gate)
            {
                current = generation == _generation;
            }

            if (current)
            {
                MessageReceived?.Invoke(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray());
            }

            return Task.CompletedTask;
        }

        private Task OnDisconnected(int generation, MqttClientDisconnectedEventArgs e)
        {
            IMqttClient? lost = null;
            lock (_gate)
            {
                // Only a connected session of the current generation is lost; connect failures are reported by ConnectAsync.
                if (e.ClientWasConnected && generation == _generation && _state == RemoteLinkState.Connected)
                {
                    lost = Detach(RemoteLinkState.Failed);
                }
            }

            if (lost != null)
            {
                lost.Dispose();
                RaiseChanged(RemoteLinkState.Failed, MqttFailure.Lost(e.Exception));
            }

            return Task.CompletedTask;
        }

        private void RaiseChanged(RemoteLinkState state, string detail) => Changed?.Invoke(state, detail);

        private void RaisePublished(int requestId, bool delivered) => Published?.Invoke(requestId, delivered);
    }
}
