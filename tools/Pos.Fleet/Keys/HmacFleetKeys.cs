
namespace Pos.Fleet.Keys
{
    /// <summary>The derivations of docs/REMOTE.md over one fleet key held in memory (never printed).</summary>
    public sealed class HmacFleetKeys : IFleetKeys
    {
        /// <summary>The TEST fleet key's text (UTF-8 bytes are the key): the emulator and the test broker use it; a real fleet sets its own.</summary>
        public const string TestKeyText = Pos.Fleet.Common.FleetKeys.TestFleetKeyText;
        private readonly byte[] _fleetKey;

        /// <summary>Derives from <paramref name="fleetKey"/> (copied).</summary>
        public HmacFleetKeys(byte[] fleetKey)
        {
            ArgumentNullException.ThrowIfNull(fleetKey);
            if (fleetKey.Length == 0)
            {
                throw new ArgumentException("the fleet key is empty", nameof(fleetKey));
            }

            _fleetKey = (byte[])fleetKey.Clone();
        }

        /// <summary>The keys of the TEST fleet key.</summary>
        public static HmacFleetKeys Test() => new(Pos.Fleet.Common.FleetKeys.TestFleetKey);

        /// <inheritdoc />
        public byte[] CommandKey(string tid) => Pos.Fleet.Common.FleetKeys.CommandKey(_fleetKey, tid);

        /// <inheritdoc />
        public string BrokerPassword(string user) => Pos.Fleet.Common.FleetKeys.BrokerPassword(_fleetKey, user);
    }
}
