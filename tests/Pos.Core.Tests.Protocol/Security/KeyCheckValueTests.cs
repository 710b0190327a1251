using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Security
{
    [TestClass]
    public class KeyCheckValueTests
    {
        [TestMethod]
        public void Kcv_is_the_head_of_the_encryption_of_zeros()
        {
            // DES(0123456789ABCDEF, 0…0) = D5D44FF720683D0D and 3DES(0123456789ABCDEF FEDCBA9876543210, 0…0) =
            // 08D7B4FB629D0885: the KCVs printed by common key tools (D5D44F, 08D7B4), confirmed by .NET.
            byte[] kcv = new byte[6];
            KeyCheckValue.Compute(new DesKey(Hex.Decode("0123456789ABCDEF")), kcv, 1, 4);
            Assert.AreEqual("00D5D44FF700", Hex.Encode(kcv));

            DesKey testDouble = new DesKey(Hex.Decode("0123456789ABCDEFFEDCBA9876543210"));
            Assert.AreEqual("08D7B4FB", Hex.Encode(KeyCheckValue.Compute(testDouble)));
            byte[] three = new byte[3];
            KeyCheckValue.Compute(testDouble, three, 0, 3);
            Assert.AreEqual("08D7B4", Hex.Encode(three));
        }

        [TestMethod]
        public void Matches_accepts_three_or_four_bytes_and_rejects_a_wrong_value()
        {
            DesKey testDouble = new DesKey(Hex.Decode("0123456789ABCDEFFEDCBA9876543210"));
            Assert.IsTrue(KeyCheckValue.Matches(testDouble, Hex.Decode("08D7B4FB"), 0, 4));
            Assert.IsTrue(KeyCheckValue.Matches(testDouble, Hex.Decode("FF08D7B4"), 1, 3));
            Assert.IsFalse(KeyCheckValue.Matches(testDouble, Hex.Decode("08D7B4FA"), 0, 4));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => KeyCheckValue.Compute(testDouble, new byte[8], 0, 5));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => KeyCheckValue.Compute(testDouble, new byte[4], 2, 4));
        }
    }
}
