using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Ui.Menus;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>
    /// "Load master key" in the technician menu, driven by keys: two custodians, a check value each, the combined check
    /// value, old keys destroyed, every step audited, and no component digit on a screen, in the audit or in the log.
    /// The components are TEST values.
    /// </summary>
    [TestClass]
    public class MasterKeyLoadingTests
    {
        // TEST components. The first is the published two-key example whose KCV is 08D7B4...
        private const string First = "0123456789ABCDEFFEDCBA9876543210";
        private const string Second = "A1B2C3D4E5F60718293A4B5C6D7E8F90";

        // Combined with First, its halves are equal (11…11 twice): single DES in effect.
        private const string WeakSecond = "1032547698BADCFEEFCDAB8967452301";

        [TestMethod]
        public void Two_custodians_load_a_master_key_that_replaces_every_key()
        {
            DiagRig rig = OpenKeyLoad();
            Assert.AreEqual((int)MenuState.KeyEntry, (int)rig.Menu.State);
            AssertShows(rig, "Custodian 1: type component 1");

            TypeComponent(rig, First);
            AssertShows(rig, "32 of 32 digits");
            AssertShows(rig, "**** **** **** ****");
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeyCheck, (int)rig.Menu.State);
            AssertShows(rig, "Component 1 check value");
            AssertShows(rig, "08D7 B4FB");

            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeyHandOver, (int)rig.Menu.State);
            AssertShows(rig, "Hand the terminal to custodian 2.");
            rig.Press(Key.Enter);
            AssertShows(rig, "Custodian 2: type component 2");
            AssertShows(rig, "---- ---- ---- ----");

            TypeComponent(rig, Second);
            rig.Press(Key.Enter);
            AssertShows(rig, "Component 2 check value");
            AssertShows(rig, Grouped(KcvOf(Second)));
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeyCombined, (int)rig.Menu.State);
            string combined = KcvOf(Xor(First, Second));
            AssertShows(rig, Grouped(combined));
            AssertShows(rig, "ENTER erases every old key.");
            Assert.IsTrue(rig.Keys.Has(KeySlot.Mak), "nothing changes before the last ENTER");

            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.Main, (int)rig.Menu.State);
            AssertShows(rig, "Master key loaded, KCV " + combined);
            Assert.AreEqual("TMK KCV " + combined, rig.Keys.Describe(KeySlot.Tmk));
            Assert.AreEqual((int)KeyOrigin.DualControl, (int)rig.Keys.MasterOrigin);
            Assert.IsFalse(rig.Keys.Has(KeySlot.Pik) || rig.Keys.Has(KeySlot.Mak), "the old working keys are destroyed");

            string audit = Audit(rig);
            AssertInOrder(audit, new string[]
            {
                "98 KEY LOAD started",
                "98 KEY LOAD component 1 KCV 08D7B4FB confirmed",
                "98 KEY LOAD component 2 KCV " + KcvOf(Second) + " confirmed",
                "98 KEY LOAD master key KCV " + combined + " loaded (dual control), old keys destroyed",
            });
            AssertNoComponent(rig, audit);
        }

        [TestMethod]
        public void Components_that_combine_to_the_published_test_key_are_still_marked_test()
        {
            DiagRig rig = OpenKeyLoad();
            TypeComponent(rig, Second);
            rig.Press(new Key[] { Key.Enter, Key.Enter, Key.Enter });
            TypeComponent(rig, Xor(First, Second));
            rig.Press(new Key[] { Key.Enter, Key.Enter, Key.Enter });
            Assert.AreEqual("TMK KCV 08D7B4FB", rig.Keys.Describe(KeySlot.Tmk));
            Assert.AreEqual((int)KeyOrigin.DualControl, (int)rig.Keys.MasterOrigin);
            Assert.IsTrue(TestMasterKey.IsInUse(rig.Keys, new byte[4]), "the published test key is TEST however it came");
        }

        [TestMethod]
        public void A_check_value_that_does_not_match_the_sheet_means_typing_the_component_again()
        {
            DiagRig rig = OpenKeyLoad();
            TypeComponent(rig, Second);
            rig.Press(Key.Enter);
            rig.Press(Key.Cancel);
            Assert.AreEqual((int)MenuState.KeyEntry, (int)rig.Menu.State);
            AssertShows(rig, "Custodian 1: type component 1");
            AssertShows(rig, "0 of 32 digits");
            Assert.IsTrue(Audit(rig).IndexOf("98 KEY LOAD component 1 KCV " + KcvOf(Second) + " not confirmed, typed again") >= 0);

            TypeComponent(rig, First);
            rig.Press(Key.Enter);
            AssertShows(rig, "08D7 B4FB");
        }

        [TestMethod]
        public void Cancel_at_any_step_leaves_the_keys_as_they_were()
        {
            Key[][] paths = new Key[][]
            {
                new Key[0],
                new Key[] { Key.Enter },
                new Key[] { Key.Enter, Key.Enter },
                new Key[] { Key.Enter, Key.Enter, Key.Enter },
            };
            for (int p = 0; p < paths.Length; p++)
            {
                DiagRig rig = OpenKeyLoad();
                string before = rig.Keys.ToString();
                TypeComponent(rig, First);
                rig.Press(paths[p]);
                if (p == 3)
                {
                    TypeComponent(rig, Second);
                    rig.Press(Key.Enter);
                    rig.Press(Key.Enter);
                    Assert.AreEqual((int)MenuState.KeyCombined, (int)rig.Menu.State);
                }

                rig.Press(Key.Cancel);
                if (rig.Menu.State == MenuState.KeyEntry)
                {
                    rig.Press(Key.Cancel); // CANCEL on a check value types again; a second CANCEL leaves
                }

                Assert.AreEqual((int)MenuState.Main, (int)rig.Menu.State, "path " + p.ToString());
                AssertShows(rig, "Cancelled: keys unchanged");
                Assert.AreEqual(before, rig.Keys.ToString(), "path " + p.ToString());
                Assert.IsTrue(Audit(rig).IndexOf(", keys unchanged") >= 0);
            }
        }

        [TestMethod]
        public void Incomplete_equal_and_weak_components_are_refused()
        {
            DiagRig rig = OpenKeyLoad();
            string before = rig.Keys.ToString();
            TypeComponent(rig, First.Substring(0, 31));
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeyEntry, (int)rig.Menu.State);
            AssertShows(rig, "Type all 32 digits");
            rig.Press(Key.Clear);
            AssertShows(rig, "30 of 32 digits");
            TypeComponent(rig, First.Substring(30, 2));
            TypeComponent(rig, "7");
            AssertShows(rig, "32 of 32 digits");

            rig.Press(Key.Func);
            AssertShows(rig, "Letters: 1=A 2=B 3=C 4=D 5=E 6=F");
            rig.Press(Key.Clear);
            rig.Press(Key.Digit7);
            AssertShows(rig, "Letters are on keys 1-6");
            AssertShows(rig, "31 of 32 digits");
            rig.Press(Key.Func);
            TypeComponent(rig, "0");

            rig.Press(Key.Enter);
            rig.Press(Key.Enter);
            rig.Press(Key.Enter);
            TypeComponent(rig, First);
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeyEntry, (int)rig.Menu.State);
            AssertShows(rig, "Same as component 1: type again");
            AssertShows(rig, "0 of 32 digits");

            TypeComponent(rig, WeakSecond);
            rig.Press(Key.Enter);
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeyEntry, (int)rig.Menu.State);
            AssertShows(rig, "Key halves equal: start again");
            AssertShows(rig, "Custodian 1: type component 1");
            Assert.AreEqual(before, rig.Keys.ToString(), "the keys are unchanged");
            string audit = Audit(rig);
            Assert.IsTrue(audit.IndexOf("component 2 refused: same as component 1") >= 0);
            Assert.IsTrue(audit.IndexOf("combined key refused: halves equal") >= 0);
        }

        [TestMethod]
        public void It_will_not_start_while_data_under_the_old_master_key_waits()
        {
            DiagRig rig = DiagRig.Create();
            rig.ChooseEnglish();
            rig.Journal.SetReversal(12, 1, "98", 0, new byte[] { 1 }, 0, 1);
            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit9);
            Assert.AreEqual((int)MenuState.Main, (int)rig.Menu.State);
            AssertShows(rig, "Reversal pending: send it first");

            rig.Journal.ClearReversal();
            rig.Journal.Enqueue(QueueItemKind.Advice, "TEST0001", 1, 13, 0, new byte[] { 1 }, 0, 1);
            rig.Press(Key.Digit9);
            AssertShows(rig, "Send offline sales and settle first");
            Assert.IsTrue(Audit(rig).IndexOf("98 KEY LOAD refused") >= 0);

            DiagRig fresh = DiagRig.Create();
            fresh.Keys.ClearAll();
            fresh.Journal.Enqueue(QueueItemKind.Advice, "TEST0001", 1, 13, 0, new byte[] { 1 }, 0, 1);
            fresh.EnterAsTechnician("482916");
            fresh.Press(Key.Digit9);
            Assert.AreEqual((int)MenuState.KeyEntry, (int)fresh.Menu.State, "without a master key nothing depends on it");
        }

        private static DiagRig OpenKeyLoad()
        {
            DiagRig rig = DiagRig.Create();
            rig.ChooseEnglish();
            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit9);
            return rig;
        }

        // Digits as they are; A–F as FUNC, 1–6, FUNC.
        private static void TypeComponent(DiagRig rig, string hex)
        {
            for (int i = 0; i < hex.Length; i++)
            {
                char c = hex[i];
                if (c >= '0' && c <= '9')
                {
                    rig.Press((Key)((int)Key.Digit0 + (c - '0')));
                }
                else
                {
                    rig.Press(Key.Func);
                    rig.Press((Key)((int)Key.Digit1 + (c - 'A')));
                    rig.Press(Key.Func);
                }

                AssertNoComponent(rig, Audit(rig));
            }
        }

        private static void AssertShows(DiagRig rig, string text)
        {
            string screen = rig.Menu.Screen.ToText();
            Assert.IsTrue(screen.IndexOf(text) >= 0, "\"" + text + "\" not on\n" + screen);
        }

        // No run of 8 digits of either component (in either case) on the screen, in the audit or in the log.
        private static void AssertNoComponent(DiagRig rig, string audit)
        {
            string screen = rig.Menu.Screen.ToText();
            string log = string.Empty;
            for (int i = 0; i < rig.Log.Lines.Count; i++)
            {
                log = log + (string)rig.Log.Lines[i] + "\n";
            }

            string[] secrets = new string[] { First, Second, WeakSecond };
            for (int s = 0; s < secrets.Length; s++)
            {
                for (int at = 0; at + 8 <= secrets[s].Length; at += 8)
                {
                    string part = secrets[s].Substring(at, 8);
                    Assert.IsTrue(screen.IndexOf(part) < 0 && audit.IndexOf(part) < 0 && log.IndexOf(part) < 0, "component digits shown");
                }
            }
        }

        private static void AssertInOrder(string text, string[] parts)
        {
            int from = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                int at = text.IndexOf(parts[i], from);
                Assert.IsTrue(at >= 0, "\"" + parts[i] + "\" not in order in\n" + text);
                from = at + parts[i].Length;
            }
        }

        // Every audit trail entry, "#seq op EVENT text|": the technician's (98) key load steps.
        private static string Audit(DiagRig rig)
        {
            return AuditTexts.Dump(rig.Audit);
        }

        private static string KcvOf(string hex)
        {
            DesKey key = new DesKey(Hex.Decode(hex));
            return Hex.Encode(KeyCheckValue.Compute(key));
        }

        private static string Xor(string a, string b)
        {
            byte[] x = Hex.Decode(a);
            byte[] y = Hex.Decode(b);
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = (byte)(x[i] ^ y[i]);
            }

            return Hex.Encode(x);
        }

        private static string Grouped(string kcv)
        {
            return kcv.Substring(0, 4) + " " + kcv.Substring(4);
        }
    }
}
