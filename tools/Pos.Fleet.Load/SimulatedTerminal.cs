using System.Diagnostics;
using System.Globalization;
using System.Text;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Remote;
using Pos.Core.Simulation;
using Pos.Fleet.Common;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// One simulated terminal: an MQTTnet client logged in as its terminal id with its own password, over TLS trusting
    /// the broker's CA, with the offline status as its retained last will and a subscription to its commands, as a
    /// terminal's link does; it publishes the firmware's own payloads (<see cref="RemotePayloads"/>, stamped from a
    /// <see cref="SimulatedClock"/> set to the moment of writing) at QoS 1 and logs each in a <see cref="SentLog"/>.
    /// One message at a time, as the terminal's agent sends them.
    /// </summary>
    public sealed class SimulatedTerminal : IAsyncDisposable
    {
        /// <summary>The terminal's keep-alive (docs/REMOTE.md, "Delivery").</summary>
        public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

        // Response codes the catalog knows and local codes the screens show: what a decline event carries.
        private static readonly string[] DeclineCodes = { "51", "55", "05", "61", "91", "LNC", "LTO", "L03" };

        private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
        private readonly SimulatedClock _clock = new(DateTime.UtcNow);
        private readonly SemaphoreSlim _turn = new(1, 1);
        private readonly RemotePayloads _payloads;
        private readonly RemoteTopics _topics;
        private readonly RemoteStatus _status = new();
        private readonly DiagnosticRunner _selfTest;
        private readonly Random _random;
        private readonly SentLog _log;
        private readonly TimeSpan _patience;
        private long _statusNumber;
        private long _eventNumber;
        private int _stan;
        private int _drops;
        private volatile bool _leaving;

        /// <summary>
        /// Terminal <paramref name="tid"/>; its values come from <paramref name="seed"/>, its self-test reports from
        /// <paramref name="selfTest"/> (read only, may be shared), every publish goes to <paramref name="log"/>, and no
        /// wait lasts longer than <paramref name="patience"/>.
        /// </summary>
        public SimulatedTerminal(string tid, int seed, DiagnosticRunner selfTest, SentLog log, TimeSpan patience)
        {
            Tid = tid;
            _payloads = new RemotePayloads(tid, _clock);
            _topics = new RemoteTopics(tid);
            _selfTest = selfTest;
            _random = new Random(seed);
            _log = log;
            _patience = patience;
            _status.Firmware = _random.NextDouble() < 0.05 ? "0.9.0" : "1.0.0";
            _status.Battery = 40 + _random.Next(61);
            _status.Link = "online";
            _status.Queue = _random.Next(3);
            _status.SelfTest = "PASS";
            _status.SelfTestAt = IsoTime.Format(DateTime.UtcNow.AddHours(-1 - _random.Next(48)));
            _client.DisconnectedAsync += e =>
            {
                if (e.ClientWasConnected && !_leaving)
                {
                    Interlocked.Increment(ref _drops);
                    _log.Problem(Tid + ": connection lost: " + e.Reason + " " + e.Exception?.Message);
                }

                return Task.CompletedTask;
            };
        }

        /// <summary>The terminal id (its broker user name and client id).</summary>
        public string Tid { get; }

        /// <summary>Connections lost while the run went on.</summary>
        public int Drops => Volatile.Read(ref _drops);

        /// <summary>Connects (TLS, CONNECT with the will) and subscribes to its commands; returns the time to the CONNACK.</summary>
        /// <exception cref="InvalidOperationException">The broker refused the connection or the subscription.</exception>
        public async Task<TimeSpan> ConnectAsync(BrokerProcess broker)
        {
            MqttClientOptions options = broker.ClientOptions(Tid)
                .WithKeepAlivePeriod(KeepAlive)
                .WithTimeout(_patience)
                .WithWillTopic(_topics.Status)
                .WithWillPayload(Encoding.UTF8.GetBytes(_payloads.Will()))
                .WithWillRetain()
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build();
            using var cancel = new CancellationTokenSource(_patience);
            var watch = Stopwatch.StartNew();
            MqttClientConnectResult connected = await _client.ConnectAsync(options, cancel.Token).ConfigureAwait(false);
            TimeSpan took = watch.Elapsed;
            if (connected.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new InvalidOperationException(Tid + ": connection refused: " + connected.ResultCode);
            }

            MqttClientSubscribeResult subscribed = await _client.SubscribeAsync(
                new MqttClientSubscribeOptionsBuilder().WithTopicFilter(_topics.Command, MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancel.Token).ConfigureAwait(false);
            if (subscribed.Items.Any(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2))
            {
                throw new InvalidOperationException(Tid + ": subscription to its commands refused");
            }

            return took;
        }

        /// <summary>Publishes its retained status (at connect and as the heartbeat); the battery drains a little.</summary>
        public Task HeartbeatAsync(LoadPhase phase) => TakeTurnAsync(async () =>
        {
            _status.Battery = Math.Max(5, _status.Battery - _random.Next(2));
            await SendAsync(_topics.Status, SentKind.Status, ++_statusNumber, () => _payloads.Status(_status), true, phase).ConfigureAwait(false);
        });

        /// <summary>
        /// Publishes a burst: a decline (with a masked card number), an offline period that just ended, and a self-test
        /// report; the next status carries the self-test's result.
        /// </summary>
        public Task BurstAsync(LoadPhase phase) => TakeTurnAsync(async () =>
        {
            string code = DeclineCodes[_random.Next(DeclineCodes.Length)];
            string pan = "622848" + _random.NextInt64(1_000_000_000L, 10_000_000_000L).ToString(CultureInfo.InvariantCulture);
            long amount = 100 + _random.Next(500_000);
            int stan = ++_stan;
            await SendAsync(_topics.Event, SentKind.Event, ++_eventNumber, () => _payloads.Decline(code, "purchase", stan, amount, PanMask.Mask(pan)), false, phase).ConfigureAwait(false);

            int seconds = 30 + _random.Next(570);
            int queued = _random.Next(5);
            await SendAsync(
                _topics.Event,
                SentKind.Event,
                ++_eventNumber,
                () => _payloads.OfflinePeriod(IsoTime.Format(_clock.UtcNow.AddSeconds(-seconds)), IsoTime.Format(_clock.UtcNow), seconds, queued),
                false,
                phase).ConfigureAwait(false);

            await SendAsync(_topics.Event, SentKind.Event, ++_eventNumber, () => _payloads.SelfTest(_selfTest, "FAIL", false), false, phase).ConfigureAwait(false);
            _status.SelfTest = "FAIL";
            _status.SelfTestAt = IsoTime.Format(_clock.UtcNow);
        });

        /// <summary>Leaves as a terminal switched off does: the broker publishes its will (the retained offline status).</summary>
        public async Task LeaveAsync()
        {
            _leaving = true;
            if (!_client.IsConnected)
            {
                return;
            }

            using var cancel = new CancellationTokenSource(_patience);
            try
            {
                await _client.DisconnectAsync(
                    new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.DisconnectWithWillMessage).Build(), cancel.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException)
            {
                // Gone anyway: the broker publishes the will when the keep-alive runs out.
            }
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync()
        {
            _leaving = true;
            _client.Dispose();
            _turn.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task TakeTurnAsync(Func<Task> step)
        {
            await _turn.WaitAsync().ConfigureAwait(false);
            try
            {
                await step().ConfigureAwait(false);
            }
            finally
            {
                _turn.Release();
            }
        }

        // Writes the payload with the clock set to now, publishes it at QoS 1 and logs it, acknowledged or not.
        private async Task SendAsync(string topic, SentKind kind, long number, Func<string> write, bool retain, LoadPhase phase)
        {
            DateTime now = DateTime.UtcNow;
            _clock.SetUtc(now);
            string payload = write();
            bool acked = false;
            try
            {
                using var cancel = new CancellationTokenSource(_patience);
                MqttClientPublishResult result = await _client.PublishAsync(
                    new MqttApplicationMessageBuilder()
                        .WithTopic(topic)
                        .WithPayload(payload)
                        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                        .WithRetainFlag(retain)
                        .Build(),
                    cancel.Token).ConfigureAwait(false);
                acked = result.IsSuccess;
                if (!acked)
                {
                    _log.Problem(Tid + ": " + topic + " refused: " + result.ReasonCode);
                }
            }
            catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException or InvalidOperationException)
            {
                _log.Problem(Tid + ": " + topic + " not sent: " + e.Message);
            }

            _log.Add(new SentMessage(Tid, kind, number, IsoTime.Format(now), new DateTimeOffset(now).ToUnixTimeMilliseconds(), phase, acked));
        }
    }
}
