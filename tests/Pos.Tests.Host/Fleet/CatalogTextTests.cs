using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Localization;
using Pos.Fleet.Payloads;
using Pos.Fleet.Texts;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>The console shows the firmware catalog's own entries for what a terminal reports, in either locale.</summary>
    [TestClass]
    public sealed class CatalogTextTests
    {
        [TestMethod]
        public void Decline_codes_find_their_entries_as_the_terminals_screens_do()
        {
            Assert.AreEqual("rc.51", Name(CatalogKeys.ForDeclineCode("51")));
            Assert.AreEqual("local.no_network", Name(CatalogKeys.ForDeclineCode("LNC")));
            Assert.AreEqual("local.printer_paper_out", Name(CatalogKeys.ForDeclineCode("LPP")));
            Assert.AreEqual("local.offline_over_limit", Name(CatalogKeys.ForDeclineCode("L02")));
            Assert.AreEqual("local.host_unreachable", Name(CatalogKeys.ForDeclineCode("host_unreachable")));
            Assert.AreEqual("rc.unknown", Name(CatalogKeys.ForDeclineCode("Q9")));
            Assert.AreEqual(-1, CatalogKeys.ForDeclineCode("WHAT"));
            Assert.AreEqual(-1, CatalogKeys.ForDeclineCode(null));
        }

        [TestMethod]
        public void A_check_with_a_local_code_shows_that_codes_checklist_else_its_own()
        {
            Assert.AreEqual("local.printer_paper_out", Name(CatalogKeys.ForCheck(new SelfTestCheck { Id = "printer", S = "FAIL", Code = "LPP" })));
            Assert.AreEqual("local.printer_paper_out", Name(CatalogKeys.ForCheck(new SelfTestCheck { Id = "printer", S = "FAIL", List = "local.printer_paper_out" })), "the entry the terminal names");
            Assert.AreEqual("diag.printer", Name(CatalogKeys.ForCheck(new SelfTestCheck { Id = "printer", S = "FAIL", List = "no.such.entry" })), "an unknown entry falls back to the check's own");
            Assert.AreEqual("diag.tcp_connect", Name(CatalogKeys.ForCheck(new SelfTestCheck { Id = "tcp_connect", S = "FAIL" })));
            Assert.AreEqual("diag.printer", Name(CatalogKeys.ForCheck(new SelfTestCheck { Id = "printer", S = "FAIL", Code = "ZZZ" })));
            Assert.AreEqual(-1, CatalogKeys.ForCheck(new SelfTestCheck { Id = "warp_drive", S = "FAIL" }));
            CollectionAssert.IsSubsetOf(new[] { "wifi", "dns", "tcp_connect", "printer", "audit" }, CatalogKeys.CheckIds.ToArray());
        }

        [TestMethod]
        public void An_entry_reads_in_both_locales_with_its_class_and_who_from_codes_txt()
        {
            CatalogEntryView en = CatalogEntryView.Of(Locale.EnUs, CatalogKeys.ForDeclineCode("51"))!;
            Assert.AreEqual("Insufficient funds", en.Title);
            Assert.AreEqual("Never say \"no funds\" aloud.", en.Steps[0]);
            Assert.AreEqual("C", en.ClassLetter, "codes.txt: rc.51 | C | use_another_card | cardholder");
            Assert.AreEqual(Pos.Core.Localization.Catalog.ActorName(Locale.EnUs, Actor.Cardholder), en.Who);
            Assert.IsNotEmpty(en.Say);

            CatalogEntryView zh = CatalogEntryView.Of(Locale.ZhCn, CatalogKeys.ForDeclineCode("51"))!;
            Assert.AreEqual(Pos.Core.Localization.Catalog.Get(Locale.ZhCn, "rc.51"), zh.Title);
            Assert.AreNotEqual(en.Title, zh.Title);

            StringAssert.Contains(CatalogEntryView.Of(Locale.EnUs, CatalogKeys.ForDeclineCode("Q9"), "Q9")!.Title, "Q9");
            Assert.AreEqual(string.Empty, CatalogEntryView.Of(Locale.EnUs, CatalogKeys.ForCheckId("wifi"))!.ClassLetter);
            Assert.IsNull(CatalogEntryView.Of(Locale.EnUs, -1));
        }

        [TestMethod]
        public void Every_console_text_exists_in_both_locales()
        {
            foreach (UiString id in Enum.GetValues<UiString>())
            {
                Assert.IsNotEmpty(UiText.Get(Locale.EnUs, id), id.ToString());
                Assert.IsNotEmpty(UiText.Get(Locale.ZhCn, id), id.ToString());
            }

            foreach (Pos.Fleet.Commands.RemoteParameter p in Pos.Fleet.Commands.RemoteParameters.All)
            {
                Assert.AreNotEqual(p.Name, UiText.Parameter(Locale.EnUs, p.Name), p.Name);
                Assert.AreNotEqual(p.Name, UiText.Parameter(Locale.ZhCn, p.Name), p.Name);
            }
        }

        private static string Name(int key) => key < 0 ? "-" : Pos.Core.Localization.Catalog.KeyName(key);
    }
}
