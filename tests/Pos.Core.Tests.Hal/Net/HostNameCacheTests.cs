using nanoFramework.TestFramework;
using Pos.Hal.Net;

namespace Pos.Core.Tests.Hal.Net
{
    /// <summary>DNS off the cashier's path: resolved once, kept, failures backed off, dotted addresses never looked up.</summary>
    [TestClass]
    public class HostNameCacheTests
    {
        [TestMethod]
        public void A_name_is_looked_up_once_and_kept_for_its_lifetime()
        {
            ManualClock clock = new ManualClock();
            ScriptedResolver dns = new ScriptedResolver();
            HostNameCache cache = new HostNameCache(dns.Resolve, clock);
            dns.Answer = "10.0.0.7";
            Assert.AreEqual("10.0.0.7", cache.Address("host.example"));
            clock.Advance(HostNameCache.TtlMs - 1);
            dns.Answer = "10.0.0.8";
            Assert.AreEqual("10.0.0.7", cache.Address("host.example"));
            Assert.AreEqual(1, cache.Lookups);
            clock.Advance(1);
            Assert.AreEqual("10.0.0.8", cache.Address("host.example"), "looked up again when stale");
            Assert.AreEqual(2, cache.Lookups);
        }

        [TestMethod]
        public void A_failed_look_up_backs_off_doubling_and_keeps_the_last_good_address()
        {
            ManualClock clock = new ManualClock();
            ScriptedResolver dns = new ScriptedResolver();
            HostNameCache cache = new HostNameCache(dns.Resolve, clock);
            dns.Answer = null;
            Assert.IsNull(cache.Address("pool.example"));
            Assert.AreEqual(1, cache.Lookups);
            long[] waits = new long[] { 5000, 10000, 20000, 40000, 80000, 160000, 300000, 300000 };
            for (int i = 0; i < waits.Length; i++)
            {
                clock.Advance(waits[i] - 1);
                Assert.IsNull(cache.Address("pool.example"));
                Assert.AreEqual(i + 1, cache.Lookups, "no look-up before the backoff ends");
                clock.Advance(1);
                cache.Address("pool.example");
                Assert.AreEqual(i + 2, cache.Lookups);
            }

            dns.Answer = "192.168.1.20";
            clock.Advance(HostNameCache.MaxBackoffMs);
            Assert.AreEqual("192.168.1.20", cache.Address("pool.example"));

            // Stale, and the DNS server is gone: the last good address, and the next try after the first backoff.
            clock.Advance(HostNameCache.TtlMs);
            dns.Answer = string.Empty;
            int before = cache.Lookups;
            Assert.AreEqual("192.168.1.20", cache.Address("pool.example"));
            clock.Advance(HostNameCache.FirstBackoffMs - 1);
            Assert.AreEqual("192.168.1.20", cache.Address("pool.example"));
            Assert.AreEqual(before + 1, cache.Lookups);
        }

        [TestMethod]
        public void Dotted_addresses_and_garbage_answers()
        {
            ManualClock clock = new ManualClock();
            ScriptedResolver dns = new ScriptedResolver();
            HostNameCache cache = new HostNameCache(dns.Resolve, clock);
            dns.Answer = "not an address";
            Assert.AreEqual("203.0.113.5", cache.Address("203.0.113.5"));
            Assert.AreEqual(0, cache.Lookups, "a dotted address never reaches DNS");
            Assert.IsNull(cache.Address("host.example"), "an answer that is no address is a failure");
            Assert.IsNull(cache.Address(string.Empty));
            Assert.IsTrue(HostNameCache.IsDotted("0.0.0.0"));
            Assert.IsFalse(HostNameCache.IsDotted("256.1.1.1"));
            Assert.IsFalse(HostNameCache.IsDotted("1.2.3"));
            Assert.IsFalse(HostNameCache.IsDotted("1.2.3.4.5"));
            Assert.IsFalse(HostNameCache.IsDotted("1..3.4"));
            Assert.IsFalse(HostNameCache.IsDotted("a.b.c.d"));
        }
    }
}
