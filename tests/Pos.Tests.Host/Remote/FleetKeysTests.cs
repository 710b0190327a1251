using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Common;

namespace Pos.Tests.Host.Remote;

/// <summary>
/// The fleet key derivations of docs/REMOTE.md, pinned to values computed independently (Python's hmac module), so the
/// console, the emulator and tools/fleet/broker.sh cannot drift apart.
/// </summary>
[TestClass]
public sealed class FleetKeysTests
{
    [TestMethod]
    public void Broker_passwords_are_the_first_16_bytes_of_the_hmac_in_lowercase_hex()
    {
        byte[] key = FleetKeys.TestFleetKey;
        Assert.AreEqual("2d166e984e0b05c382930d16ee8fe65c", FleetKeys.BrokerPassword(key, "10000001"));
        Assert.AreEqual("2700660eadc00e4dc49416f71a09115e", FleetKeys.BrokerPassword(key, FleetKeys.ConsoleUser));
    }

    [TestMethod]
    public void A_command_key_is_the_whole_hmac_of_the_terminal_id()
    {
        byte[] commandKey = FleetKeys.CommandKey(FleetKeys.TestFleetKey, "10000001");
        Assert.AreEqual("f8d222c75da9dcd64d0ec69ee5959e50633c37abb63cfba2a8ea8cde2157e7bd", Convert.ToHexStringLower(commandKey));
        CollectionAssert.AreNotEqual(commandKey, FleetKeys.CommandKey(FleetKeys.TestFleetKey, "10000002"));
    }

    [TestMethod]
    public void The_test_fleet_key_is_the_default_and_a_file_holds_another()
    {
        CollectionAssert.AreEqual("pos-test-fleet-key-0001"u8.ToArray(), FleetKeys.Load(null));
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, [1, 2, 3]);
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, FleetKeys.Load(file));
            Assert.AreNotEqual(FleetKeys.BrokerPassword(FleetKeys.TestFleetKey, "10000001"), FleetKeys.BrokerPassword(FleetKeys.Load(file), "10000001"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
