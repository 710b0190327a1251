using Pos.Hal.Remote;

namespace Pos.Hal
{
    /// <summary>
    /// The remote-management seam: one MQTT session with the fleet's broker (docs/REMOTE.md). Like
    /// <see cref="IHostExchange"/>, every call returns at once; the socket work (resolving the broker's name, TLS, the
    /// MQTT handshake, keep-alive) happens on the link's own thread (the nanoFramework M2Mqtt client on the device,
    /// MQTTnet on the PC) and the outcomes come back through the events, raised on any thread. The core posts them to
    /// its main loop; nothing here ever runs on the cashier's path.
    /// <para>QoS 1 throughout: a publish is reported <see cref="Published"/> once the broker acknowledged it (or once
    /// it failed); one publish at a time. The session's last will is the terminal's "offline" status, which the broker
    /// sends when the connection is lost without a clean <see cref="Disconnect"/>.</para>
    /// </summary>
    public interface IRemoteLink
    {
        /// <summary>Raised when the session's state changes (connected, lost, failed), on any thread.</summary>
        event RemoteLinkChangedHandler Changed;

        /// <summary>Raised for each message that arrives on the session's subscription, on any thread.</summary>
        event RemoteMessageHandler MessageReceived;

        /// <summary>Raised once per <see cref="Publish"/>, on any thread.</summary>
        event RemotePublishedHandler Published;

        /// <summary>The session's state now.</summary>
        RemoteLinkState State { get; }

        /// <summary>True while a publish waits for the broker's acknowledgement.</summary>
        bool IsBusy { get; }

        /// <summary>
        /// Opens the session: resolves the broker, connects (TLS when the session says so) with the will, then
        /// subscribes to <see cref="RemoteSession.SubscribeTopic"/>. <see cref="Changed"/> reports Connected or Failed.
        /// A call while connected or connecting is ignored.
        /// </summary>
        void Connect(RemoteSession session);

        /// <summary>
        /// Publishes one message at QoS 1. The payload is copied before this returns. Not connected, or busy: the
        /// publish fails at once (<see cref="Published"/> with false), it is never queued here.
        /// </summary>
        void Publish(int requestId, string topic, byte[] payload, int offset, int count, bool retain);

        /// <summary>Closes the session cleanly (the broker then does not send the will); Changed reports Disconnected.</summary>
        void Disconnect();
    }
}
