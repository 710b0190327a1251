using System.Buffers;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;
using Pos.Fleet.Commands;
using Pos.Fleet.Payloads;

namespace Pos.Fleet.Ingest
{
    /// <summary>
    /// The console's MQTT client (MQTTnet): TLS to the broker as user <c>fleet</c>, subscribed at QoS 1 to every
    /// terminal's status, events and acks (handed to <see cref="FleetIngest"/>), and the commands' way out. A broken
    /// connection is retried with a backoff from 1 s to 30 s; the pages keep working meanwhile. The session is persistent
    /// (clean session off, one client id per console), so the broker keeps the QoS 1 events of a short absence.
    /// </summary>
    public sealed class MqttFleetLink : ICommandLink, IAsyncDisposable
    {
        private static readonly TimeSpan MinBackoff = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

        private readonly BrokerSettings _settings;
        private readonly FleetIngest _ingest;
        private readonly ILogger _log;
        private readonly CaTrust _trust;
        private readonly MqttClientFactory _factory = new();
        private readonly IMqttClient _client;
        private readonly CancellationTokenSource _stop = new();
        private Task _loop = Task.CompletedTask;

        /// <summary>A link for <paramref name="settings"/> feeding <paramref name="ingest"/>.</summary>
        public MqttFleetLink(BrokerSettings settings, FleetIngest ingest, ILogger log)
        {
            _settings = settings;
            _ingest = ingest;
            _log = log;
            _trust = new CaTrust(settings.CaFile);
            _client = _factory.CreateMqttClient();
            _client.ApplicationMessageReceivedAsync += e =>
            {
                MqttApplicationMessage m = e.ApplicationMessage;
                return _ingest.AcceptAsync(m.Topic, m.Payload.ToArray(), m.Retain).AsTask();
            };
        }

        /// <summary>True while connected and subscribed.</summary>
        public bool IsConnected => _client.IsConnected;

        /// <summary>Starts connecting (in the background: the console serves its pages while the broker is away).</summary>
        public void Start() => _loop = Task.Run(() => KeepConnectedAsync(_stop.Token));

        /// <inheritdoc />
        public async Task PublishAsync(string topic, byte[] payload, CancellationToken cancel)
        {
            if (!_client.IsConnected)
            {
                throw new InvalidOperationException("not connected to the broker");
            }

            MqttApplicationMessage message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag(false)
                .Build();
            MqttClientPublishResult result = await _client.PublishAsync(message, cancel).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException("the broker refused the command: " + result.ReasonCode);
            }
        }

        /// <summary>Disconnects and stops retrying.</summary>
        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await _loop.ConfigureAwait(false);
                if (_client.IsConnected)
                {
                    await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
            {
                // Stopping anyway.
            }

            _client.Dispose();
            _stop.Dispose();
        }

        private async Task KeepConnectedAsync(CancellationToken stop)
        {
            TimeSpan backoff = MinBackoff;
            while (!stop.IsCancellationRequested)
            {
                if (!_client.IsConnected)
                {
                    try
                    {
                        await ConnectAsync(stop).ConfigureAwait(false);
                        _log.LogInformation("connected to the broker {Host}:{Port} as {User}", _settings.Host, _settings.Port, _settings.User);
                        backoff = MinBackoff;
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                    {
                        _log.LogWarning("broker {Host}:{Port}: {Error}; again in {Seconds} s", _settings.Host, _settings.Port, e.Message, backoff.TotalSeconds);
                        await Delay(backoff, stop).ConfigureAwait(false);
                        backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                        continue;
                    }
                }

                await Delay(MinBackoff, stop).ConfigureAwait(false);
            }
        }

        private async Task ConnectAsync(CancellationToken stop)
        {
            MqttClientOptions options = new MqttClientOptionsBuilder()
                .WithTcpServer(_settings.Host, _settings.Port)
                .WithClientId(_settings.ClientId)
                .WithCredentials(_settings.User, _settings.Password)
                .WithCleanSession(false)
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
                .WithTimeout(TimeSpan.FromSeconds(10))
                .WithTlsOptions(t => t
                    .UseTls()
                    .WithTargetHost(_settings.Host)
                    .WithCertificateValidationHandler(e => Accept(e)))
                .Build();
            MqttClientConnectResult connected = await _client.ConnectAsync(options, stop).ConfigureAwait(false);
            if (connected.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new InvalidOperationException("connection refused: " + connected.ResultCode);
            }

            MqttClientSubscribeOptionsBuilder subscribe = _factory.CreateSubscribeOptionsBuilder();
            foreach (TopicKind kind in new[] { TopicKind.Status, TopicKind.Event, TopicKind.Ack })
            {
                subscribe.WithTopicFilter(FleetTopic.Filter(kind), MqttQualityOfServiceLevel.AtLeastOnce);
            }

            MqttClientSubscribeResult subscribed = await _client.SubscribeAsync(subscribe.Build(), stop).ConfigureAwait(false);
            foreach (MqttClientSubscribeResultItem item in subscribed.Items)
            {
                if (item.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2)
                {
                    throw new InvalidOperationException("subscription to " + item.TopicFilter.Topic + " refused: " + item.ResultCode);
                }
            }
        }

        private bool Accept(MqttClientCertificateValidationEventArgs e)
        {
            string? problem = _trust.Problem(e.Certificate, e.Chain, e.SslPolicyErrors);
            if (problem != null)
            {
                _log.LogWarning("broker {Host}:{Port}: {Problem}", _settings.Host, _settings.Port, problem);
            }

            return problem == null;
        }

        private static async Task Delay(TimeSpan wait, CancellationToken stop)
        {
            try
            {
                await Task.Delay(wait, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }
    }
}
