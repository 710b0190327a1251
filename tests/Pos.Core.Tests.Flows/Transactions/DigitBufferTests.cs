using nanoFramework.TestFramework;
using Pos.Core.Transactions;

namespace Pos.Core.Tests.Flows.Transactions
{
    /// <summary>Typed digits: value and text, a bounded buffer, and no PIN digit left in RAM after a backspace or a wipe.</summary>
    [TestClass]
    public class DigitBufferTests
    {
        [TestMethod]
        public void Digits_read_as_a_number_and_as_text()
        {
            DigitBuffer b = new DigitBuffer(6);
            Assert.AreEqual(0L, b.Value);
            b.Add(1);
            b.Add(2);
            b.Add(0);
            b.Add(5);
            Assert.AreEqual(1205L, b.Value);
            Assert.AreEqual("1205", b.Text());
            b.Backspace();
            Assert.AreEqual(120L, b.Value);
            Assert.AreEqual(3, b.Count);
        }

        [TestMethod]
        public void A_full_buffer_refuses_more_and_an_empty_one_ignores_backspace()
        {
            DigitBuffer b = new DigitBuffer(2);
            Assert.IsTrue(b.Add(9));
            Assert.IsTrue(b.Add(9));
            Assert.IsFalse(b.Add(9));
            Assert.AreEqual(99L, b.Value);
            b.Wipe();
            b.Backspace();
            Assert.AreEqual(0, b.Count);
        }

        [TestMethod]
        public void Removed_and_wiped_digits_are_overwritten()
        {
            DigitBuffer pin = new DigitBuffer(4);
            pin.Add(4);
            pin.Add(8);
            pin.Add(2);
            pin.Backspace();
            Assert.AreEqual((byte)0, pin.Bytes[2], "the removed digit is gone from RAM");
            pin.Wipe();
            for (int i = 0; i < pin.Bytes.Length; i++)
            {
                Assert.AreEqual((byte)0, pin.Bytes[i]);
            }
        }
    }
}
