using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MQTTnet;
using MQTTnet.Protocol;
using Pos.Fleet.Common;

namespace Pos.Tests.Host.Remote;

/// <summary>
/// The console's side in a test: a real MQTTnet client logged in as a broker user (the console's <c>fleet</c> unless
/// told), with a client id of its own, that records every message it receives.
/// </summary>
internal sealed class FleetObserver : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly BlockingCollection<MqttApplicationMessage> _messages = new();

    private FleetObserver(IMqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _messages.Add(e.ApplicationMessage);
            return Task.CompletedTask;
        };
    }

    /// <summary>Connects as <paramref name="user"/> and subscribes to <paramref name="filters"/> (if any) at QoS 1.</summary>
    /// <returns>The observer and the result code the broker granted each filter.</returns>
    public static async Task<(FleetObserver Observer, MqttClientSubscribeResultCode[] Granted)> StartAsync(BrokerProcess broker, string user, params string[] filters)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        var observer = new FleetObserver(client);
        using var timeout = new CancellationTokenSource(LinkProbe.Patience);
        await client.ConnectAsync(broker.ClientOptions(user, user + "-test-" + Guid.NewGuid().ToString("N")[..8]).Build(), timeout.Token);
        if (filters.Length == 0)
        {
            return (observer, []);
        }

        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (string filter in filters)
        {
            subscribe.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        MqttClientSubscribeResult result = await client.SubscribeAsync(subscribe.Build(), timeout.Token);
        return (observer, result.Items.Select(i => i.ResultCode).ToArray());
    }

    /// <summary>Connects as the console's user and subscribes to <paramref name="filters"/>, all of which must be granted.</summary>
    public static async Task<FleetObserver> ConsoleAsync(BrokerProcess broker, params string[] filters)
    {
        var (observer, granted) = await StartAsync(broker, FleetKeys.ConsoleUser, filters);
        CollectionAssert.AreEqual(filters.Select(_ => MqttClientSubscribeResultCode.GrantedQoS1).ToArray(), granted);
        return observer;
    }

    /// <summary>The next message received.</summary>
    public MqttApplicationMessage Next()
    {
        Assert.IsTrue(_messages.TryTake(out MqttApplicationMessage? message, LinkProbe.Patience), "no message within " + LinkProbe.Patience.TotalSeconds + " s");
        return message;
    }

    /// <summary>How many messages are recorded and not yet taken.</summary>
    public int Waiting => _messages.Count;

    /// <summary>Publishes a text at QoS 1 and returns the broker's answer.</summary>
    public async Task<MqttClientPublishResult> PublishAsync(string topic, string text, bool retain = false)
    {
        using var timeout = new CancellationTokenSource(LinkProbe.Patience);
        return await _client.PublishAsync(
            new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(text).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag(retain).Build(),
            timeout.Token);
    }

    /// <summary>A message's payload as text.</summary>
    public static string Text(MqttApplicationMessage message) => Encoding.UTF8.GetString(message.Payload.ToArray());

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(LinkProbe.Patience);
        try
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), timeout.Token);
        }
        finally
        {
            _client.Dispose();
        }
    }
}
