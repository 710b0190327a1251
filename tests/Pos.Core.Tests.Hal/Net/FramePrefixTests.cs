using System;
using nanoFramework.TestFramework;
using Pos.Hal.Net;

namespace Pos.Core.Tests.Hal.Net
{
    /// <summary>The 2-byte length before every host message: big-endian both ways, bounded, checked before allocating.</summary>
    [TestClass]
    public class FramePrefixTests
    {
        [TestMethod]
        public void Written_big_endian_and_read_back()
        {
            byte[] buffer = new byte[5];
            int[] lengths = new int[] { 0, 1, 0xFF, 0x100, 0x1234, FramePrefix.MaxLength };
            for (int i = 0; i < lengths.Length; i++)
            {
                FramePrefix.Write(lengths[i], buffer, 3);
                Assert.AreEqual(lengths[i] >> 8, (int)buffer[3]);
                Assert.AreEqual(lengths[i] & 0xFF, (int)buffer[4]);
                Assert.AreEqual(lengths[i], FramePrefix.Read(buffer, 3));
            }
        }

        [TestMethod]
        public void Lengths_that_do_not_fit_two_bytes_are_refused()
        {
            byte[] buffer = new byte[2];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => FramePrefix.Write(FramePrefix.MaxLength + 1, buffer, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => FramePrefix.Write(-1, buffer, 0));
        }

        [TestMethod]
        public void A_new_frame_holds_the_prefix_and_room_for_the_message()
        {
            byte[] prefix = new byte[] { 0xAA, 0x01, 0x02 };
            byte[] frame = FramePrefix.NewFrame(prefix, 1, 0x0102);
            Assert.AreEqual(FramePrefix.Size + 0x0102, frame.Length);
            Assert.AreEqual(0x01, (int)frame[0]);
            Assert.AreEqual(0x02, (int)frame[1]);

            // Over the maximum: nothing allocated from the announced length.
            Assert.IsNull(FramePrefix.NewFrame(prefix, 1, 0x0101));
        }
    }
}
