using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MQTTnet;
using Pos.Fleet.Common;
using Pos.Hal.Emulated;
using Pos.Hal.Remote;

namespace Pos.Tests.Host.Remote;

/// <summary>
/// <see cref="MqttRemoteLink"/> against the real Mosquitto broker of tools/fleet/broker.sh (the one .ci/run started,
/// or a private one): TLS and per-terminal passwords, the access list, the retained status and the last will. Each
/// test uses terminal ids of its own (<see cref="BrokerProcess.TestTerminal"/> 0–9), and waits only on events.
/// </summary>
[TestClass]
public sealed class MqttRemoteLinkTests
{
    private static BrokerProcess _broker = null!;

    [ClassInitialize]
    public static void StartBroker(TestContext context) => _broker = BrokerProcess.StartOrReuse();

    [ClassCleanup]
    public static void StopBroker() => _broker.Dispose();

    [TestMethod]
    public async Task A_terminal_connects_publishes_at_qos_1_and_receives_its_commands()
    {
        string tid = BrokerProcess.TestTerminal(0);
        await using FleetObserver fleet = await FleetObserver.ConsoleAsync(_broker, "pos/" + tid + "/event");
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);

        link.Connect(Session(tid));
        probe.Connected();
        Assert.AreEqual(RemoteLinkState.Connected, link.State);

        byte[] payload = Encoding.UTF8.GetBytes("xx{\"v\":1,\"type\":\"decline\"}yy");
        link.Publish(7, "pos/" + tid + "/event", payload, 2, payload.Length - 4, false);
        Assert.AreEqual((7, true), probe.NextPublished());
        var received = fleet.Next();
        Assert.AreEqual("{\"v\":1,\"type\":\"decline\"}", FleetObserver.Text(received));
        Assert.AreEqual(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce, received.QualityOfServiceLevel);

        Assert.IsTrue((await fleet.PublishAsync("pos/" + tid + "/cmd", "{\"cmd\":\"selftest\"}\nabc")).IsSuccess);
        var command = probe.NextMessage();
        Assert.AreEqual("pos/" + tid + "/cmd", command.Topic);
        Assert.AreEqual("{\"cmd\":\"selftest\"}\nabc", Encoding.UTF8.GetString(command.Payload));

        link.Disconnect();
        Assert.AreEqual((RemoteLinkState.Disconnected, RemoteLinkReasons.Closed), probe.NextChange());
        Assert.AreEqual(0, probe.PublishedWaiting, "one Published per Publish");
    }

    [TestMethod]
    public void A_wrong_password_is_refused_as_not_authorized()
    {
        string tid = BrokerProcess.TestTerminal(1);
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        RemoteSession session = Session(tid);
        session.Password = BrokerProcess.Password(BrokerProcess.TestTerminal(2));

        link.Connect(session);
        Assert.AreEqual((RemoteLinkState.Failed, RemoteLinkReasons.NotAuthorized), probe.Outcome());
        Assert.AreEqual(RemoteLinkState.Failed, link.State);

        // Another terminal's user name with this terminal's password is no better.
        session = Session(tid);
        session.UserName = BrokerProcess.TestTerminal(2);
        link.Connect(session);
        Assert.AreEqual((RemoteLinkState.Failed, RemoteLinkReasons.NotAuthorized), probe.Outcome());
    }

    [TestMethod]
    public async Task A_terminal_cannot_publish_on_another_terminals_topics()
    {
        string tid = BrokerProcess.TestTerminal(2);
        string other = BrokerProcess.TestTerminal(3);
        await using FleetObserver fleet = await FleetObserver.ConsoleAsync(_broker, "pos/" + tid + "/event", "pos/" + other + "/event", "pos/" + other + "/cmd");
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        link.Connect(Session(tid));
        probe.Connected();

        // The broker answers the refused publish with "not authorized" (MQTT 5): not delivered, and nobody gets it.
        Publish(link, 1, "pos/" + other + "/event", "forged");
        Assert.AreEqual((1, false), probe.NextPublished());
        Publish(link, 2, "pos/" + other + "/cmd", "forged");
        Assert.AreEqual((2, false), probe.NextPublished());
        Assert.AreEqual(RemoteLinkState.Connected, link.State, "a refused publish does not end the session");

        // The broker keeps one client's messages in order: once the marker arrives, the forged ones would have.
        Publish(link, 3, "pos/" + tid + "/event", "marker");
        Assert.AreEqual((3, true), probe.NextPublished());
        var first = fleet.Next();
        Assert.AreEqual("pos/" + tid + "/event", first.Topic);
        Assert.AreEqual("marker", FleetObserver.Text(first));
        Assert.AreEqual(0, fleet.Waiting);
    }

    [TestMethod]
    public async Task A_terminal_cannot_read_another_terminals_commands()
    {
        string tid = BrokerProcess.TestTerminal(4);
        string other = BrokerProcess.TestTerminal(5);

        // Mosquitto grants the subscriptions and checks each message against the access list on delivery: a client
        // with the terminal's credentials, subscribed to every command topic and to the other's, gets only its own.
        var (terminal, _) = await FleetObserver.StartAsync(_broker, tid, "pos/+/cmd", "pos/" + other + "/cmd");
        await using (terminal)
        {
            await using FleetObserver fleet = await FleetObserver.ConsoleAsync(_broker);
            Assert.IsTrue((await fleet.PublishAsync("pos/" + other + "/cmd", "for the other")).IsSuccess);
            Assert.IsTrue((await fleet.PublishAsync("pos/" + tid + "/cmd", "mine")).IsSuccess);
            var first = terminal.Next();
            Assert.AreEqual("mine", FleetObserver.Text(first));
            Assert.AreEqual(0, terminal.Waiting);
        }
    }

    [TestMethod]
    public async Task The_retained_status_reaches_a_console_that_subscribes_later()
    {
        string tid = BrokerProcess.TestTerminal(6);
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        link.Connect(Session(tid));
        probe.Connected();
        string status = "{\"v\":1,\"tid\":\"" + tid + "\",\"online\":true,\"nonce\":\"" + Guid.NewGuid().ToString("N") + "\"}";
        Publish(link, 1, "pos/" + tid + "/status", status, retain: true);
        Assert.AreEqual((1, true), probe.NextPublished());

        await using FleetObserver fleet = await FleetObserver.ConsoleAsync(_broker, "pos/" + tid + "/status");
        var retained = fleet.Next();
        Assert.IsTrue(retained.Retain);
        Assert.AreEqual(status, FleetObserver.Text(retained));

        // A clean close sends no will: the retained status stays the terminal's own.
        link.Disconnect();
        Assert.AreEqual((RemoteLinkState.Disconnected, RemoteLinkReasons.Closed), probe.NextChange());
        await using FleetObserver later = await FleetObserver.ConsoleAsync(_broker, "pos/" + tid + "/status");
        Assert.AreEqual(status, FleetObserver.Text(later.Next()));
    }

    [TestMethod]
    public async Task A_dropped_connection_publishes_the_retained_will()
    {
        string tid = BrokerProcess.TestTerminal(7);
        await using FleetObserver fleet = await FleetObserver.ConsoleAsync(_broker, "pos/" + tid + "/status");
        var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        link.Connect(Session(tid));
        probe.Connected();
        Publish(link, 1, "pos/" + tid + "/status", "{\"v\":1,\"tid\":\"" + tid + "\",\"online\":true}", retain: true);
        Assert.AreEqual((1, true), probe.NextPublished());
        Assert.Contains("\"online\":true", FleetObserver.Text(fleet.Next()));

        // Disposed without Disconnect: the socket closes without an MQTT DISCONNECT, as in a power cut.
        link.Dispose();
        Assert.AreEqual((RemoteLinkState.Failed, RemoteLinkReasons.Dropped), probe.NextChange());
        Assert.AreEqual(Will(tid), FleetObserver.Text(fleet.Next()));

        await using FleetObserver later = await FleetObserver.ConsoleAsync(_broker, "pos/" + tid + "/status");
        var retained = later.Next();
        Assert.IsTrue(retained.Retain, "the will is retained");
        Assert.AreEqual(Will(tid), FleetObserver.Text(retained));
    }

    [TestMethod]
    public void A_broker_certificate_from_another_ca_fails_as_tls()
    {
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        RemoteSession session = Session(BrokerProcess.TestTerminal(8));
        session.CaCertificatePem = OtherCaPem();

        link.Connect(session);
        Assert.AreEqual((RemoteLinkState.Failed, RemoteLinkReasons.Tls), probe.Outcome());
    }

    [TestMethod]
    public void The_broker_is_reached_by_its_name_with_the_name_checked()
    {
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        RemoteSession session = Session(BrokerProcess.TestTerminal(8));
        session.Host = "localhost";

        link.Connect(session);
        probe.Connected();
    }

    [TestMethod]
    public void Nothing_listening_fails_as_unreachable_and_publishing_then_fails_at_once()
    {
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        RemoteSession session = Session(BrokerProcess.TestTerminal(9));
        session.Port = ClosedPort();

        link.Publish(5, "pos/x/event", new byte[1], 0, 1, false);
        Assert.AreEqual((5, false), probe.NextPublished());
        link.Connect(session);
        Assert.AreEqual((RemoteLinkState.Failed, RemoteLinkReasons.Unreachable), probe.Outcome());
        link.Publish(6, "pos/x/event", new byte[1], 0, 1, false);
        Assert.AreEqual((6, false), probe.NextPublished());
        link.Publish(7, "pos/x/event", null!, 0, 1, false);
        Assert.AreEqual((7, false), probe.NextPublished());
    }

    [TestMethod]
    public void Connect_while_connected_is_ignored_and_a_second_publish_while_busy_fails()
    {
        string tid = BrokerProcess.TestTerminal(9);
        using var link = new MqttRemoteLink();
        var probe = new LinkProbe(link);
        link.Connect(Session(tid));
        link.Connect(Session(tid));
        probe.Connected();
        link.Connect(Session(tid));

        var payload = new byte[100];
        link.Publish(1, "pos/" + tid + "/event", payload, 0, payload.Length, false);
        bool busy = link.IsBusy;
        link.Publish(2, "pos/" + tid + "/event", payload, 0, payload.Length, false);
        var outcomes = new[] { probe.NextPublished(), probe.NextPublished() }.OrderBy(p => p.RequestId).ToArray();
        Assert.AreEqual((1, true), outcomes[0]);
        Assert.AreEqual((2, !busy), outcomes[1], "busy when the second publish came: " + busy);
        Assert.AreEqual(0, probe.ChangesWaiting, "no Changed after Connected: " + probe.ChangesWaiting);
        link.Disconnect();
        Assert.AreEqual(RemoteLinkState.Disconnected, probe.NextChange().State);
    }

    private static RemoteSession Session(string tid) => new()
    {
        Host = _broker.Host,
        Port = _broker.Port,
        UseTls = true,
        CaCertificatePem = _broker.CaPem,
        ClientId = tid,
        UserName = tid,
        Password = BrokerProcess.Password(tid),
        KeepAliveSeconds = 30,
        WillTopic = "pos/" + tid + "/status",
        WillPayload = Encoding.UTF8.GetBytes(Will(tid)),
        SubscribeTopic = "pos/" + tid + "/cmd",
    };

    private static string Will(string tid) => "{\"v\":1,\"tid\":\"" + tid + "\",\"online\":false}";

    private static void Publish(MqttRemoteLink link, int requestId, string topic, string text, bool retain = false)
    {
        byte[] payload = Encoding.UTF8.GetBytes(text);
        link.Publish(requestId, topic, payload, 0, payload.Length, retain);
    }

    // A CA the broker's certificate does not chain to.
    private static string OtherCaPem()
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=TEST ONLY another CA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using X509Certificate2 ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
        return ca.ExportCertificatePem();
    }

    // A loopback port nothing listens on (free a moment ago).
    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
