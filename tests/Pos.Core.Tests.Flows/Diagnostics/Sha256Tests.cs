using System.Text;
using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>SHA-256 known answers from FIPS 180-4's examples (NIST CSRC "SHA256.pdf") and the empty message.</summary>
    [TestClass]
    public class Sha256Tests
    {
        [TestMethod]
        public void Abc()
        {
            Assert.AreEqual("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", Digest("abc"));
        }

        [TestMethod]
        public void Empty_message()
        {
            Assert.AreEqual("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", Digest(string.Empty));
        }

        [TestMethod]
        public void Two_block_448_bit_message()
        {
            Assert.AreEqual("248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1", Digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        }

        [TestMethod]
        public void Split_updates_and_reuse_give_the_same_digest()
        {
            byte[] data = Encoding.UTF8.GetBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            Sha256 sha = new Sha256();
            byte[] digest = new byte[32];
            sha.Update(data, 0, 1);
            sha.Update(data, 1, 54);
            sha.Update(data, 55, data.Length - 55);
            sha.Finish(digest, 0);
            Assert.AreEqual("248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1", Hex.Encode(digest));
            sha.Update(Encoding.UTF8.GetBytes("abc"), 0, 3);
            sha.Finish(digest, 0);
            Assert.AreEqual("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", Hex.Encode(digest));
        }

        [TestMethod]
        public void Pan_mask_keeps_first_6_and_last_4()
        {
            Assert.AreEqual("622202******1234", PanMask.Mask("6222020000001234"));
            Assert.AreEqual("621700*********0019", PanMask.Mask("6217001234567890019"));
            Assert.AreEqual("********5678", PanMask.Mask("123456785678"));
            Assert.AreEqual(string.Empty, PanMask.Mask(null));
        }

        private static string Digest(string text)
        {
            byte[] data = Encoding.UTF8.GetBytes(text);
            return Hex.Encode(Sha256.Hash(data, 0, data.Length));
        }
    }
}
