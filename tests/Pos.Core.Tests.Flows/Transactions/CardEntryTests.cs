using Pos.Core.Scenarios;
using Pos.Core.Transactions;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>
    /// A card the request could not carry stays on the card prompt with LCD (card data invalid), nothing reserved,
    /// journaled or sent; the next good card goes on as usual. The emulator's reproduction (expiry 12AB, service
    /// code 2X1) once threw from the packer and took the whole terminal down.
    /// </summary>
    [TestClass]
    public class CardEntryTests
    {
        [TestMethod]
        public void A_card_with_a_bad_expiry_or_service_code_shows_card_data_invalid_and_a_good_card_then_goes_through()
        {
            ScenarioRunner r = Rig.Booted();
            int sent = r.Host.Received.Count;
            int stan = r.Terminal.Journal.State.CurrentStan;
            int mutations = r.Storage.MutationCount;
            Rig.Run(r, "key 1 2 3 ENTER\ncard magstripe 6222021234567890 12AB 201\nexpect screen PRESENT_CARD PURCHASE 1.23 LCD\n"
                + "expect state PresentCard\ncard magstripe 6222021234567890 3012 2X1\nexpect screen PRESENT_CARD PURCHASE 1.23 LCD\n"
                + "card chip 6222021234567890 3099\nexpect screen PRESENT_CARD PURCHASE 1.23 LCD\nexpect reversal none");
            Assert.AreEqual(sent, r.Host.Received.Count, "nothing sent");
            Assert.AreEqual(stan, r.Terminal.Journal.State.CurrentStan, "no STAN reserved");
            Assert.AreEqual(mutations, r.Storage.MutationCount, "nothing journaled");
            Assert.IsTrue(r.Log.Contains("card data refused (expiry)"));
            Assert.IsTrue(r.Log.Contains("card data refused (service code)"));
            Assert.IsFalse(r.Log.Contains("6222021234567890"), "no PAN in the log");
            Assert.AreEqual(0L, r.Terminal.FaultCount);

            Rig.Run(r, "card magstripe 6222021234567890 3012 201\nexpect state Authorising\nhost reply 00\nexpect screen APPROVED 1.23");
        }

        [TestMethod]
        public void Malformed_reader_data_of_every_kind_stays_on_the_card_prompt()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 5 0 0 ENTER\nexpect screen PRESENT_CARD");
            string pan = "6222021234567890";
            CardData[] bad = new CardData[]
            {
                new CardData(null, "3012", "201", "", EntryMode.Magstripe, null, ""),
                new CardData("6222A21234567890", "3012", "201", "", EntryMode.Manual, null, ""),
                new CardData(pan, "3012", "201", pan + "=3012201", (EntryMode)9, null, ""),
                new CardData(pan, "3012", "", "", EntryMode.Chip, new byte[300], "001"),
                new CardData(pan, "3012", "201", "6222021234567891=3012201", EntryMode.Magstripe, null, ""),
                new CardData(pan, "3012", "", "", EntryMode.Chip, null, "12345"),
            };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsTrue(r.Reader.Present(bad[i], CardReadError.None));
                r.Settle();
                Assert.AreEqual(ScreenIds.PresentCard, r.Terminal.Screen.Id, "card " + i.ToString());
                Assert.AreEqual((int)EntryError.Card, (int)r.Terminal.Screen.Error, "card " + i.ToString());
                Assert.AreEqual(TxnLocalCodes.CodeCardData, r.Terminal.Screen.Code, "card " + i.ToString());
            }

            // A reader that reports an error and a card at once: the error wins; one with no card and no error: E0.
            r.Reader.Present(new CardData(pan, "3012", "201", pan + "=3012201", EntryMode.Magstripe, null, ""), CardReadError.ChipFailure);
            r.Settle();
            Assert.AreEqual("E2", r.Terminal.Screen.Code);
            r.Reader.Present(null, CardReadError.None);
            r.Settle();
            Assert.AreEqual("E0", r.Terminal.Screen.Code);
            Assert.AreEqual("E0", r.Terminal.Screen.Line(2), "the text form prints the card's code");
            Assert.AreEqual((int)TxnState.PresentCard, (int)r.Terminal.State);
            Assert.AreEqual(0L, r.Terminal.FaultCount);
        }
    }
}
