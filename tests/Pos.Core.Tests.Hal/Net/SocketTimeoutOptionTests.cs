using nanoFramework.TestFramework;
using Pos.Hal.Net;

namespace Pos.Core.Tests.Hal.Net
{
    /// <summary>The native socket timeout reaches lwIP as a timeval both ESP-IDF layouts read alike, never as "forever".</summary>
    [TestClass]
    public class SocketTimeoutOptionTests
    {
        [TestMethod]
        public void Both_timeval_layouts_read_the_same_whole_seconds()
        {
            int[] timeouts = new int[] { 1, 999, 1000, 1001, 10000, 15500, 60000 };
            long[] expectedMs = new long[] { 1000, 1000, 1000, 2000, 10000, 16000, 60000 };
            for (int i = 0; i < timeouts.Length; i++)
            {
                byte[] value = SocketTimeoutOption.Timeval(timeouts[i]);
                Assert.AreEqual(SocketTimeoutOption.Length, value.Length);
                Assert.AreEqual(expectedMs[i], SocketTimeoutOption.ReadAsLwip(value, true), "64-bit time_t");
                Assert.AreEqual(expectedMs[i], SocketTimeoutOption.ReadAsLwip(value, false), "32-bit time_t");
            }
        }

        [TestMethod]
        public void Zero_negative_and_absurd_timeouts_never_mean_wait_forever()
        {
            Assert.AreEqual(1000L, SocketTimeoutOption.ReadAsLwip(SocketTimeoutOption.Timeval(0), true));
            Assert.AreEqual(1000L, SocketTimeoutOption.ReadAsLwip(SocketTimeoutOption.Timeval(-5), false));
            Assert.AreEqual((long)SocketTimeoutOption.MaxSeconds * 1000,
                SocketTimeoutOption.ReadAsLwip(SocketTimeoutOption.Timeval(int.MaxValue), true));
        }
    }
}
