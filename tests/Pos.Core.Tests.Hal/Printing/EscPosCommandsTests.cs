using nanoFramework.TestFramework;
using Pos.Hal.Printing;

namespace Pos.Core.Tests.Hal.Printing
{
    /// <summary>The exact ESC/POS bytes the printer driver sends.</summary>
    [TestClass]
    public class EscPosCommandsTests
    {
        [TestMethod]
        public void Initialize_is_esc_at()
        {
            AssertBytes(new byte[] { 0x1B, 0x40 }, EscPosCommands.Initialize());
        }

        [TestMethod]
        public void A_status_query_is_dle_eot_n()
        {
            AssertBytes(new byte[] { 0x10, 0x04, 0x01 }, EscPosCommands.StatusQuery(1));
            AssertBytes(new byte[] { 0x10, 0x04, 0x02 }, EscPosCommands.StatusQuery(2));
            AssertBytes(new byte[] { 0x10, 0x04, 0x03 }, EscPosCommands.StatusQuery(3));
            AssertBytes(new byte[] { 0x10, 0x04, 0x04 }, EscPosCommands.StatusQuery(4));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => EscPosCommands.StatusQuery(0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => EscPosCommands.StatusQuery(5));
        }

        [TestMethod]
        public void A_raster_band_is_gs_v_0_with_little_endian_sizes_and_the_lines_as_given()
        {
            // Two lines of 3 bytes (24 dots), after one byte the command must skip.
            byte[] raster = { 0xEE, 0x80, 0x00, 0x01, 0xFF, 0x0F, 0xF0 };
            byte[] expected = { 0x1D, 0x76, 0x30, 0x00, 0x03, 0x00, 0x02, 0x00, 0x80, 0x00, 0x01, 0xFF, 0x0F, 0xF0 };
            AssertBytes(expected, EscPosCommands.Raster(raster, 1, 3, 2));
        }

        [TestMethod]
        public void A_58_mm_band_carries_48_bytes_a_line_and_the_line_count_in_two_bytes()
        {
            byte[] raster = new byte[48 * 300];
            byte[] command = EscPosCommands.Raster(raster, 0, 48, 300);
            Assert.AreEqual(EscPosCommands.RasterHeaderSize + (48 * 300), command.Length);
            Assert.AreEqual(48, (int)command[4]);
            Assert.AreEqual(0, (int)command[5]);
            Assert.AreEqual(300 & 0xFF, (int)command[6]);
            Assert.AreEqual(1, (int)command[7]);
        }

        [TestMethod]
        public void A_raster_band_outside_its_buffer_is_refused()
        {
            byte[] raster = new byte[6];
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => EscPosCommands.Raster(raster, 1, 3, 2));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => EscPosCommands.Raster(raster, 0, 3, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => EscPosCommands.Raster(raster, 0, 0, 1));
        }

        [TestMethod]
        public void Feed_is_esc_j_in_dot_lines()
        {
            AssertBytes(new byte[] { 0x1B, 0x4A, 24 }, EscPosCommands.Feed(24));
            AssertBytes(new byte[] { 0x1B, 0x4A, 255 }, EscPosCommands.Feed(EscPosCommands.MaxFeedLines));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => EscPosCommands.Feed(256));
        }

        [TestMethod]
        public void Cut_is_gs_v_66_0_feed_to_the_cutter_and_partial_cut()
        {
            AssertBytes(new byte[] { 0x1D, 0x56, 0x42, 0x00 }, EscPosCommands.FeedAndCut());
        }

        private static void AssertBytes(byte[] expected, byte[] actual)
        {
            Assert.AreEqual(expected.Length, actual.Length, "length");
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], actual[i], "byte " + i);
            }
        }
    }
}
