using nanoFramework.TestFramework;
using Pos.Core.Localization;

namespace Pos.Core.Tests.Localization
{
    [TestClass]
    public class CatalogTests
    {
        // code | class | action | zh-CN title | en-US title. Pins S1 (2014 CUPS) meanings: 04 is a pick-up, never success.
        private static readonly string[] Golden = new string[]
        {
            "00|1|0|交易成功|Approved",
            "04|4|3|没收卡|Pick up card",
            "05|3|5|持卡人认证失败|Cardholder not verified",
            "03|3|6|无效商户|Invalid merchant",
            "41|4|3|此卡暂不能使用|Card cannot be used now",
            "51|3|4|余额不足|Insufficient funds",
            "54|3|4|卡片已过期|Expired card",
            "55|3|7|密码错误|Incorrect PIN",
            "68|3|1|交易超时|Transaction timed out",
            "77|4|2|批次号不一致，请重新签到|Batch mismatch, sign in again",
            "79|3|8|离线交易对账不平|Offline totals do not match",
            "94|3|1|重复交易|Duplicate transaction",
            "97|4|6|终端未登记|Terminal not registered",
            "98|5|0|发卡行超时|Issuer timed out",
            "99|2|2|密码格式错，请重新签到|PIN format error, sign in",
            "A0|2|2|MAC校验错，请重新签到|MAC error, sign in again",
            "A2|1|0|交易成功，请向转入行确认|Approved, confirm with bank",
        };

        [TestMethod]
        public void Golden_codes_have_their_class_action_and_titles()
        {
            for (int i = 0; i < Golden.Length; i++)
            {
                string[] f = Golden[i].Split('|');
                int key = Catalog.KeyForCode(f[0]);
                Assert.IsTrue(Catalog.IsKnownCode(f[0]), f[0]);
                Assert.AreEqual(f[0], Catalog.CodeOf(key));
                Assert.AreEqual(int.Parse(f[1]), (int)Catalog.ClassOf(key), f[0] + " class");
                Assert.AreEqual(int.Parse(f[2]), (int)Catalog.ActionOf(key), f[0] + " action");
                Assert.AreEqual(f[3], Catalog.CodeTitle(Locale.ZhCn, f[0]), f[0] + " zh-CN");
                Assert.AreEqual(f[4], Catalog.CodeTitle(Locale.EnUs, f[0]), f[0] + " en-US");
            }
        }

        [TestMethod]
        public void Named_codes_match_the_enums()
        {
            Assert.AreEqual((int)CodeClass.Success, (int)Catalog.ClassOf(TextKey.Rc00));
            Assert.AreEqual((int)CodeAction.RetainCard, (int)Catalog.ActionOf(TextKey.Rc04));
            Assert.AreEqual((int)CodeClass.OperatorAction, (int)Catalog.ClassOf(TextKey.Rc04));
            Assert.AreEqual((int)CodeAction.UseAnotherCard, (int)Catalog.ActionOf(TextKey.Rc51));
            Assert.AreEqual((int)CodeAction.ReEnterPin, (int)Catalog.ActionOf(TextKey.Rc55));
            Assert.AreEqual((int)CodeAction.ReSignIn, (int)Catalog.ActionOf(TextKey.Rc77));
            Assert.AreEqual((int)CodeAction.ReSignIn, (int)Catalog.ActionOf(TextKey.RcA0));
            Assert.AreEqual((int)Actor.Cardholder, (int)Catalog.WhoOf(TextKey.Rc51));
            Assert.AreEqual((int)Actor.Cashier, (int)Catalog.WhoOf(TextKey.Rc04));
            Assert.AreEqual((int)Actor.Merchant, (int)Catalog.WhoOf(TextKey.Rc03));
        }

        [TestMethod]
        public void Unknown_code_is_transaction_failed_with_the_raw_code()
        {
            Assert.IsFalse(Catalog.IsKnownCode("ZZ"));
            Assert.AreEqual(TextKey.RcUnknown, Catalog.KeyForCode("ZZ"));
            Assert.AreEqual(TextKey.RcUnknown, Catalog.KeyForCode("Y1"));
            Assert.AreEqual(TextKey.RcUnknown, Catalog.KeyForCode(null));
            Assert.AreEqual("交易失败（应答码ZZ）", Catalog.CodeTitle(Locale.ZhCn, "ZZ"));
            Assert.AreEqual("Transaction failed (code ZZ)", Catalog.CodeTitle(Locale.EnUs, "ZZ"));
            Assert.AreEqual((int)CodeClass.NoRetry, (int)Catalog.ClassOf(TextKey.RcUnknown));
        }

        [TestMethod]
        public void Every_code_and_local_error_has_a_title_steps_and_an_actor_in_every_locale()
        {
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int key = 0; key < TextKey.Count; key++)
                {
                    string name = Catalog.KeyName(key);
                    Assert.IsTrue(Catalog.Get(locale, key).Length > 0, name);
                    bool checklist = name.StartsWith("rc.") || name.StartsWith("local.") || name.StartsWith("diag.");
                    Assert.AreEqual(checklist, Catalog.StepCount(locale, key) > 0, name + " steps");
                    Assert.AreEqual(checklist, Catalog.WhoOf(key) != Actor.None, name + " actor");
                }
            }
        }

        [TestMethod]
        public void Steps_come_in_catalog_order()
        {
            Assert.AreEqual(5, Catalog.StepCount(Locale.ZhCn, TextKey.LocalNoNetwork));
            Assert.AreEqual("请检查Wi-Fi信号", Catalog.Step(Locale.ZhCn, TextKey.LocalNoNetwork, 0));
            Assert.AreEqual("本机只支持2.4G无线，请勿只开5G", Catalog.Step(Locale.ZhCn, TextKey.LocalNoNetwork, 3));
            Assert.AreEqual("Check the Wi-Fi signal.", Catalog.Steps(Locale.EnUs, TextKey.LocalNoNetwork)[0]);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Catalog.Step(Locale.EnUs, TextKey.LocalNoNetwork, 5));
        }

        // The codes a cardholder meets at the counter (decline table of the zh-CN catalog review): each has a sentence the
        // cashier may say, in every locale.
        private static readonly string[] CardholderCodes = new string[]
        {
            "03", "04", "05", "07", "14", "33", "34", "35", "37", "38", "41", "43", "51", "54", "55", "61", "65", "67", "68",
            "75", "96", "97", "98",
        };

        [TestMethod]
        public void Every_decline_a_cardholder_meets_has_a_sentence_in_every_locale()
        {
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int i = 0; i < CardholderCodes.Length; i++)
                {
                    Assert.IsTrue(Catalog.Say(locale, Catalog.KeyForCode(CardholderCodes[i])).Length > 0, CardholderCodes[i] + " in " + Locale.Tag(locale));
                }

                Assert.IsTrue(Catalog.Say(locale, TextKey.LocalHostTimeout).Length > 0, "host timeout");
                Assert.IsTrue(Catalog.Say(locale, TextKey.LocalCardNotRetained).Length > 0, "card not retained");
                Assert.AreEqual(string.Empty, Catalog.Say(locale, TextKey.DiagWifi), "a technician's check has none");
                Assert.AreEqual(string.Empty, Catalog.Say(locale, TextKey.UiIdlePrompt), "a screen string has none");
            }
        }

        [TestMethod]
        public void Cardholder_sentences_never_name_the_cause_aloud()
        {
            string[] words = new string[] { "挂失", "被窃", "余额不足", "风险", "lost", "stolen", "fraud", "funds" };
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int key = 0; key < TextKey.Count; key++)
                {
                    string say = Catalog.Say(locale, key);
                    for (int w = 0; w < words.Length; w++)
                    {
                        Assert.IsTrue(say.IndexOf(words[w]) < 0, Catalog.KeyName(key) + " says " + words[w]);
                    }
                }
            }
        }

        [TestMethod]
        public void After_a_timeout_nothing_tells_the_cashier_the_sale_is_paid()
        {
            // No "交易成功" on the screen means the merchant was not paid: after a timeout, 68, 98 or 09 the screen must
            // never say "do not charge again", or the merchant loses the money.
            int[] keys = new int[] { TextKey.Rc68, TextKey.Rc98, TextKey.Rc09, TextKey.LocalHostTimeout };
            string[] banned = new string[] { "请勿重复收款", "勿重复收款", "重复收款", "charge twice", "charge again", "not charge" };
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int k = 0; k < keys.Length; k++)
                {
                    string[] texts = Catalog.Steps(locale, keys[k]);
                    for (int i = 0; i <= texts.Length; i++)
                    {
                        string text = i < texts.Length ? texts[i] : Catalog.Say(locale, keys[k]);
                        for (int b = 0; b < banned.Length; b++)
                        {
                            Assert.IsTrue(text.IndexOf(banned[b]) < 0, Catalog.KeyName(keys[k]) + " " + Locale.Tag(locale) + ": " + text);
                        }
                    }
                }
            }

            Assert.AreEqual("此笔未成功，商户未收款，勿当作已付", Catalog.Step(Locale.ZhCn, TextKey.Rc98, 0));
            Assert.AreEqual("本笔未成功，将自动冲正，扣款会退回", Catalog.Step(Locale.ZhCn, TextKey.LocalHostTimeout, 0));
        }

        [TestMethod]
        public void Locales_and_names_resolve()
        {
            Assert.AreEqual(Locale.ZhCn, Locale.Default);
            Assert.AreEqual("zh-CN", Locale.Tag(Locale.ZhCn));
            Assert.AreEqual("en-US", Locale.Tag(Locale.EnUs));
            Assert.AreEqual(Locale.EnUs, Locale.Parse("en-US"));
            Assert.AreEqual(-1, Locale.Parse("fr-FR"));
            Assert.AreEqual(TextKey.Rc51, Catalog.FindKey("rc.51"));
            Assert.AreEqual(-1, Catalog.FindKey("rc.nope"));
            Assert.AreEqual("余额不足", Catalog.Get(Locale.ZhCn, "rc.51"));
            Assert.IsNull(Catalog.Get(Locale.ZhCn, "rc.nope"));
            Assert.AreEqual("PASS", Catalog.Get(Locale.EnUs, TextKey.UiResultPass));
            Assert.AreEqual("持卡人", Catalog.ActorName(Locale.ZhCn, Actor.Cardholder));
        }

        [TestMethod]
        public void Text_format_fills_placeholders()
        {
            Assert.AreEqual("第2/3页", TextFormat.Fill("第{0}/{1}页", "2", "3"));
            Assert.AreEqual("Q7", TextFormat.Fill(Catalog.Get(Locale.EnUs, TextKey.UiStatusQueue), "7"));
            Assert.AreEqual("no braces", TextFormat.Fill("no braces", "x"));
            Assert.AreEqual("{2} kept", TextFormat.Fill("{2} kept", "x"));
        }
    }
}
