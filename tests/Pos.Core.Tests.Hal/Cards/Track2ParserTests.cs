using nanoFramework.TestFramework;
using Pos.Hal;
using Pos.Hal.Cards;

namespace Pos.Core.Tests.Cards
{
    [TestClass]
    public class Track2ParserTests
    {
        [TestMethod]
        public void A_clean_swipe_yields_pan_expiry_service_code_and_track2_equivalent()
        {
            CardData card = Parse(";6222021234567894=28122011234500000?");
            Assert.IsNotNull(card);
            Assert.AreEqual("6222021234567894", card.Pan);
            Assert.AreEqual("2812", card.ExpiryYymm);
            Assert.AreEqual("201", card.ServiceCode);
            Assert.AreEqual("6222021234567894=28122011234500000", card.Track2);
            Assert.AreEqual((int)EntryMode.Magstripe, (int)card.EntryMode);
            Assert.IsNull(card.IccData);
        }

        [TestMethod]
        public void Noise_around_the_sentinels_and_a_trailing_lrc_are_ignored_and_D_separates_like_equals()
        {
            CardData card = Parse("\r\n;4111111111111111D2612101?x\r\n");
            Assert.IsNotNull(card);
            Assert.AreEqual("4111111111111111", card.Pan);
            Assert.AreEqual("2612", card.ExpiryYymm);
            Assert.AreEqual("4111111111111111=2612101", card.Track2);
        }

        [TestMethod]
        public void Fragments_without_a_start_sentinel_are_noise_not_bad_cards()
        {
            // A floating RX pin or an ADC glitch gives a byte or two that looked like a start bit; a real swipe, even a
            // damaged one, starts with ';' and is then a bad card the cashier must hear about.
            string[] noise = new string[] { "\u0000", "\u00FF", "\u00F8\u0000", "6222021234567894=2812", string.Empty };
            for (int i = 0; i < noise.Length; i++)
            {
                char[] chars = noise[i].ToCharArray();
                Assert.IsTrue(Track2Parser.IsNoise(chars, chars.Length), "noise " + i.ToString());
            }

            char[] damaged = ";62220212x4567894=2812?".ToCharArray();
            Assert.IsFalse(Track2Parser.IsNoise(damaged, damaged.Length));
            Assert.IsNull(Track2Parser.Parse(damaged, damaged.Length), "a damaged swipe is still refused as a bad card");
            Assert.IsTrue(Track2Parser.IsNoise(null, 0));
        }

        [TestMethod]
        public void Malformed_swipes_are_refused()
        {
            string[] bad = new string[]
            {
                "6222021234567894=2812201?",          // no start sentinel
                ";6222021234567894=2812201",          // no end sentinel
                ";6222021234567890=2812201?",         // check digit wrong (one misread digit)
                ";62220212345=2812201?",              // PAN too short
                ";62220212345678901234=2812201?",     // PAN too long
                ";6222021234567894=281?",             // expiry and service code cut short
                ";6222021234567894=2812=201?",        // two separators
                ";62220212345A7894=2812201?",         // not a digit
                ";6222021234567894?",                 // no separator
                "",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsNull(Parse(bad[i]), "swipe " + i.ToString() + " should be refused");
            }

            Assert.IsNull(Track2Parser.Parse(null, 0));
        }

        private static CardData Parse(string text)
        {
            char[] chars = text.ToCharArray();
            return Track2Parser.Parse(chars, chars.Length);
        }
    }
}
