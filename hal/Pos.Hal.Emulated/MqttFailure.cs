using System.Net.Sockets;
using System.Security.Authentication;
using MQTTnet;
using Pos.Hal.Remote;

namespace Pos.Hal.Emulated
{
    /// <summary>Turns what MQTTnet reports of a failed or lost session into one of the <see cref="RemoteLinkReasons"/>.</summary>
    public static class MqttFailure
    {
        private static readonly Dictionary<MqttClientConnectResultCode, string> ByConnectCode = new()
        {
            [MqttClientConnectResultCode.BadUserNameOrPassword] = RemoteLinkReasons.NotAuthorized,
            [MqttClientConnectResultCode.NotAuthorized] = RemoteLinkReasons.NotAuthorized,
            [MqttClientConnectResultCode.Banned] = RemoteLinkReasons.NotAuthorized,
            [MqttClientConnectResultCode.ServerUnavailable] = RemoteLinkReasons.Unreachable,
        };

        /// <summary>The reason for a refused CONNECT.</summary>
        public static string Reason(MqttClientConnectResultCode code) => ByConnectCode.GetValueOrDefault(code, RemoteLinkReasons.Refused);

        /// <summary>The reason for a failed connect, from the exception and its inner ones.</summary>
        /// <param name="error">What the connect threw.</param>
        /// <param name="timedOut">True when the connect's time was up.</param>
        public static string Reason(Exception error, bool timedOut)
        {
            for (Exception? e = error; e != null; e = e.InnerException)
            {
                switch (e)
                {
                    case AuthenticationException:
                        return RemoteLinkReasons.Tls;
                    case SocketException:
                        return RemoteLinkReasons.Unreachable;
                }
            }

            return timedOut || error is OperationCanceledException ? RemoteLinkReasons.Timeout : RemoteLinkReasons.Error;
        }

        /// <summary>The reason for a connected session that was lost ("lost: …").</summary>
        public static string Lost(Exception? error) =>
            RemoteLinkReasons.LostPrefix + (error != null ? Reason(error, false) : RemoteLinkReasons.Unreachable);
    }
}
