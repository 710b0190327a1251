using Pos.Core.Transactions;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>What the core accepts from a card reader (<see cref="CardCheck"/>): every field the request carries.</summary>
    [TestClass]
    public class CardCheckTests
    {
        private const string Pan = "6222021234567890";

        [TestMethod]
        public void Well_formed_cards_of_every_entry_mode_pass()
        {
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(Swipe(Pan, "3012", "201", Pan + "=3012201")));
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(Swipe(Pan, "3012", "201", Pan + "=3012201123456789")), "discretionary data");
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(new CardData(Pan, "3012", "", "", EntryMode.Manual, null, "")));
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(new CardData(Pan, "", "", "", EntryMode.Chip, new byte[255], "001")));
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(new CardData(Pan, "3012", "201", Pan + "=3012201", EntryMode.Contactless, new byte[20], "1")));
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(new CardData(Pan, "3012", "201", Pan + "=3012201", EntryMode.Fallback, null, null)));
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(Swipe("622202123456", "3012", "201", "622202123456=3012201")), "12-digit PAN");
            Assert.AreEqual(CardCheck.Ok, CardCheck.Check(Swipe("6222021234567890123", "3012", "201", "6222021234567890123=3012201")), "19 digits");
        }

        [TestMethod]
        public void Each_malformed_field_is_named()
        {
            Assert.AreEqual(CardCheck.NoCard, CardCheck.Check(null));
            Assert.AreEqual(CardCheck.Pan, CardCheck.Check(Swipe(null, "3012", "201", "")));
            Assert.AreEqual(CardCheck.Pan, CardCheck.Check(Swipe("62220212345", "3012", "201", "62220212345=3012201")), "11 digits");
            Assert.AreEqual(CardCheck.Pan, CardCheck.Check(Swipe("62220212345678901234", "3012", "201", "")), "20 digits");
            Assert.AreEqual(CardCheck.Pan, CardCheck.Check(Swipe("62220212345678A0", "3012", "201", "")));
            Assert.AreEqual(CardCheck.Expiry, CardCheck.Check(Swipe(Pan, "12AB", "201", Pan + "=12AB201")), "the emulator's reproduction");
            Assert.AreEqual(CardCheck.Expiry, CardCheck.Check(Swipe(Pan, "3013", "201", Pan + "=3013201")), "month 13");
            Assert.AreEqual(CardCheck.Expiry, CardCheck.Check(Swipe(Pan, "3000", "201", Pan + "=3000201")), "month 00");
            Assert.AreEqual(CardCheck.Expiry, CardCheck.Check(Swipe(Pan, "301", "201", Pan + "=301201")));
            Assert.AreEqual(CardCheck.ServiceCode, CardCheck.Check(Swipe(Pan, "3012", "2X1", Pan + "=30122X1")), "the emulator's reproduction");
            Assert.AreEqual(CardCheck.ServiceCode, CardCheck.Check(Swipe(Pan, "3012", "2011", Pan + "=30122011")));
            Assert.AreEqual(CardCheck.Track2, CardCheck.Check(Swipe(Pan, "3012", "201", "")), "a swipe without track 2");
            Assert.AreEqual(CardCheck.Track2, CardCheck.Check(Swipe(Pan, "3012", "201", Pan + "D3012201")), "'D' is the reader's, '=' the core's");
            Assert.AreEqual(CardCheck.Track2, CardCheck.Check(Swipe(Pan, "3012", "201", "6222021234567891=3012201")), "another card's track");
            Assert.AreEqual(CardCheck.Track2, CardCheck.Check(Swipe(Pan, "3012", "201", Pan + "=3012201=1")), "two separators");
            Assert.AreEqual(CardCheck.Track2, CardCheck.Check(Swipe(Pan, "3012", "201", Pan + "=301220112345678901234")), "38 characters");
            Assert.AreEqual(CardCheck.EntryModeUnknown, CardCheck.Check(new CardData(Pan, "3012", "201", Pan + "=3012201", EntryMode.Unknown, null, "")));
            Assert.AreEqual(CardCheck.EntryModeUnknown, CardCheck.Check(new CardData(Pan, "3012", "201", Pan + "=3012201", (EntryMode)3, null, "")));
            Assert.AreEqual(CardCheck.ChipData, CardCheck.Check(new CardData(Pan, "3012", "", "", EntryMode.Chip, new byte[256], "001")));
            Assert.AreEqual(CardCheck.SequenceNumber, CardCheck.Check(new CardData(Pan, "3012", "", "", EntryMode.Chip, null, "0001")));
            Assert.AreEqual(CardCheck.SequenceNumber, CardCheck.Check(new CardData(Pan, "3012", "", "", EntryMode.Chip, null, "0A")));
        }

        private static CardData Swipe(string pan, string expiry, string service, string track2)
        {
            return new CardData(pan, expiry, service, track2, EntryMode.Magstripe, null, "");
        }
    }
}
