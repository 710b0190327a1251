using nanoFramework.TestFramework;
using Pos.Hal.Display;

namespace Pos.Core.Tests.Hal.Display
{
    /// <summary>The panel's power-up table is well formed and sets everything a clone may not default to, in a safe order.</summary>
    [TestClass]
    public class Ili9341InitTests
    {
        [TestMethod]
        public void The_table_reads_step_by_step_to_its_end()
        {
            byte[] steps = Ili9341Init.Steps();
            int at = 0;
            int count = 0;
            while (at < steps.Length)
            {
                byte command;
                int dataAt;
                int dataCount;
                int delayMs;
                at = Ili9341Init.Read(steps, at, out command, out dataAt, out dataCount, out delayMs);
                Assert.IsTrue(at > 0, "malformed at step " + count.ToString());
                count++;
            }

            Assert.AreEqual(steps.Length, at);
            Assert.AreEqual(20, count);
        }

        [TestMethod]
        public void Power_vcom_frame_rate_and_both_gamma_curves_are_set_before_the_panel_wakes()
        {
            byte[] steps = Ili9341Init.Steps();
            byte[] required = new byte[] { 0xC0, 0xC1, 0xC5, 0xC7, 0xB1, 0xB6, 0x26, 0xE0, 0xE1, 0x36, 0x3A };
            int[] seenAt = new int[required.Length];
            int sleepOutAt = -1;
            int displayOnAt = -1;
            int index = 0;
            int at = 0;
            while (at < steps.Length)
            {
                byte command;
                int dataAt;
                int dataCount;
                int delayMs;
                at = Ili9341Init.Read(steps, at, out command, out dataAt, out dataCount, out delayMs);
                index++;
                for (int i = 0; i < required.Length; i++)
                {
                    if (required[i] == command)
                    {
                        seenAt[i] = index;
                    }
                }

                if (command == 0xE0 || command == 0xE1)
                {
                    Assert.AreEqual(15, dataCount, "a gamma curve has 15 points");
                }

                if (command == Ili9341Init.PixelFormat)
                {
                    Assert.AreEqual((byte)0x55, steps[dataAt], "RGB565, the core's band format");
                }

                if (command == Ili9341Init.SleepOut)
                {
                    sleepOutAt = index;
                    Assert.IsTrue(delayMs >= 120, "120 ms after sleep out");
                }

                if (command == Ili9341Init.DisplayOn)
                {
                    displayOnAt = index;
                }
            }

            for (int i = 0; i < required.Length; i++)
            {
                Assert.IsTrue(seenAt[i] > 0 && seenAt[i] < sleepOutAt, "register 0x" + required[i].ToString("X2") + " set before sleep out");
            }

            Assert.IsTrue(displayOnAt == index && sleepOutAt == index - 1, "sleep out, then display on, last");
        }

        [TestMethod]
        public void A_truncated_table_is_reported_not_read_past_its_end()
        {
            byte command;
            int dataAt;
            int dataCount;
            int delayMs;
            Assert.AreEqual(-1, Ili9341Init.Read(new byte[] { 0xE0, 15, 0x0F }, 0, out command, out dataAt, out dataCount, out delayMs));
            Assert.AreEqual(-1, Ili9341Init.Read(new byte[] { 0x29 }, 0, out command, out dataAt, out dataCount, out delayMs));
            Assert.AreEqual(-1, Ili9341Init.Read(null, 0, out command, out dataAt, out dataCount, out delayMs));
        }
    }
}
