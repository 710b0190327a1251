namespace Pos.Fleet.Keys
{
    /// <summary>
    /// The keys the console derives from the fleet key (docs/REMOTE.md, "Keys and replay"): each terminal's command key
    /// and the broker passwords. A seam so the shared host library's derivation can stand in for this one.
    /// </summary>
    public interface IFleetKeys
    {
        /// <summary>The terminal's 32-byte command key: HMAC-SHA256(fleet key, "pos-remote-cmd|" + tid).</summary>
        byte[] CommandKey(string tid);

        /// <summary>A broker user's password: the first 16 bytes of HMAC-SHA256(fleet key, "pos-mqtt-pass|" + user) as 32 lowercase hex digits.</summary>
        string BrokerPassword(string user);
    }
}
