using nanoFramework.TestFramework;
using Pos.Hal.Net;

namespace Pos.Core.Tests.Hal.Net
{
    /// <summary>An RSSI scan never shares the radio with an exchange in flight.</summary>
    [TestClass]
    public class RadioTurnsTests
    {
        [TestMethod]
        public void No_scan_starts_while_an_exchange_is_in_flight()
        {
            RadioTurns turns = new RadioTurns();
            Assert.IsTrue(turns.BeginExchange());
            Assert.IsFalse(turns.TryBeginScan());
            Assert.IsFalse(turns.IsScanning);
            turns.EndExchange();
            Assert.IsTrue(turns.TryBeginScan());
            Assert.IsFalse(turns.TryBeginScan(), "one scan at a time");
        }

        [TestMethod]
        public void An_exchange_that_finds_a_scan_on_air_is_told_to_wait()
        {
            RadioTurns turns = new RadioTurns();
            Assert.IsTrue(turns.TryBeginScan());
            Assert.IsFalse(turns.BeginExchange(), "wait for the scan");
            Assert.IsTrue(turns.ExchangeInFlight);
            turns.EndScan();
            Assert.IsFalse(turns.IsScanning);
            Assert.IsFalse(turns.TryBeginScan(), "the waiting exchange now holds the radio");
            turns.EndExchange();
            turns.EndExchange(); // an extra end is harmless
            Assert.IsFalse(turns.ExchangeInFlight);
            Assert.IsTrue(turns.TryBeginScan());
        }
    }
}
