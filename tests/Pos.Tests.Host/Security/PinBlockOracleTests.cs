using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Tests.Host.Security
{
    /// <summary>PIN blocks against a string-built ISO 9564 format 0 block encrypted with .NET's TripleDES/DES.</summary>
    [TestClass]
    public class PinBlockOracleTests
    {
        [TestMethod]
        public void Format_0_matches_a_reference_over_random_pins_and_pans()
        {
            SeededRandom random = new SeededRandom(9564);
            for (int n = 0; n < 500; n++)
            {
                byte[] key = new byte[n % 2 == 0 ? 16 : 8];
                random.NextBytes(key);
                if (DotNetOracle.Rejects(key))
                {
                    continue;
                }

                string pin = Digits(random, random.Next(4, 13));
                string pan = Digits(random, random.Next(8, 20));
                bool withPan = n % 5 != 0;

                string pinField = "0" + pin.Length.ToString("X") + pin + new string('F', 14 - pin.Length);
                string account = pan[..^1];
                account = account.Length >= 12 ? account[^12..] : account.PadLeft(12, '0');
                byte[] clear = Convert.FromHexString(pinField);
                byte[] panField = Convert.FromHexString("0000" + account);
                if (withPan)
                {
                    for (int i = 0; i < 8; i++)
                    {
                        clear[i] ^= panField[i];
                    }
                }

                byte[] expected = DotNetOracle.EncryptEcb(key, clear);
                byte[] pinBytes = System.Text.Encoding.ASCII.GetBytes(pin);
                byte[] actual = new byte[8];
                SecurityError error = withPan
                    ? PinBlock.Encrypt(new DesKey(key), pinBytes, 0, pinBytes.Length, pan, actual, 0)
                    : PinBlock.EncryptWithoutPan(new DesKey(key), pinBytes, 0, pinBytes.Length, actual, 0);
                Assert.AreEqual(SecurityError.None, error);
                CollectionAssert.AreEqual(expected, actual, $"pin length {pin.Length}, pan length {pan.Length}");
                Assert.IsTrue(Array.TrueForAll(pinBytes, b => b == 0), "the clear PIN is wiped");
            }
        }

        private static string Digits(SeededRandom random, int count)
        {
            char[] digits = new char[count];
            for (int i = 0; i < count; i++)
            {
                digits[i] = (char)('0' + random.Next(10));
            }

            return new string(digits);
        }
    }
}
