using Pos.Core.Simulation;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Scenarios;
using Pos.Core.Staff;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// The operators' passwords (<see cref="OperatorStore"/> over <see cref="SecretGuard"/>): the supervisor's factory
    /// password, a cashier's initial password marked for change, salted hashes only, digits wiped, remove and reset.
    /// </summary>
    [TestClass]
    public class SecretGuardTests
    {
        [TestMethod]
        public void The_supervisor_factory_password_is_accepted_once_and_must_be_changed()
        {
            OperatorStore store = Store(out ScenarioRunner r);
            SecretGuard supervisor = store.Guard(Operators.Supervisor);
            Assert.IsTrue(supervisor.IsDefault);
            Assert.IsTrue(store.Exists(Operators.Supervisor));
            Assert.AreEqual((int)PinCheckOutcome.AcceptedMustChange, (int)store.Check(Operators.Supervisor, Digits("123456"), 6));
            Assert.IsFalse(supervisor.IsAcceptable(Digits("123456"), 6), "not the factory password");
            Assert.IsFalse(supervisor.IsAcceptable(Digits("1234567"), 7), "6 digits");
            Assert.IsTrue(supervisor.Change(Digits("135790"), 6));
            Assert.IsFalse(supervisor.MustChange);
            Assert.AreEqual((int)PinCheckOutcome.Wrong, (int)store.Check(Operators.Supervisor, Digits("123456"), 6));
            Assert.AreEqual((int)PinCheckOutcome.Accepted, (int)store.Check(Operators.Supervisor, Digits("135790"), 6));
        }

        [TestMethod]
        public void A_cashier_exists_once_added_its_initial_password_is_hashed_and_must_be_changed_and_digits_are_wiped()
        {
            OperatorStore store = Store(out ScenarioRunner r);
            Assert.IsFalse(store.Exists(2));
            Assert.AreEqual((int)PinCheckOutcome.Wrong, (int)store.Check(2, Digits("111111"), 6), "no password before the supervisor sets one");
            byte[] initial = Digits("111111");
            Assert.IsTrue(store.AddCashier(2, initial, 6));
            for (int i = 0; i < initial.Length; i++)
            {
                Assert.AreEqual((byte)0, initial[i]);
            }

            string stored = r.Terminal.Journal.State.GetSetting(OperatorSettingsKeys.Password(2));
            Assert.AreEqual("op.02.pw", OperatorSettingsKeys.Password(2));
            Assert.AreEqual('!', stored[0]);
            Assert.AreEqual(1 + 32 + 1 + 64, stored.Length);
            Assert.AreEqual(-1, stored.IndexOf("111111"));
            Assert.IsTrue(store.Exists(2));
            Assert.AreEqual(1, store.CashierCount());
            Assert.AreEqual((int)PinCheckOutcome.AcceptedMustChange, (int)store.Check(2, Digits("111111"), 6));
            Assert.IsTrue(store.Guard(2).Change(Digits("222222"), 6));
            Assert.AreEqual((int)PinCheckOutcome.Accepted, (int)store.Check(2, Digits("222222"), 6));
            Assert.IsFalse(store.AddCashier(21, Digits("111111"), 6), "cashiers are 01-20");
            Assert.IsFalse(store.AddCashier(3, Digits("11111"), 5), "6 digits");
        }

        [TestMethod]
        public void Removing_a_cashier_signs_it_off_and_the_technician_reset_restores_the_factory_password()
        {
            OperatorStore store = Store(out ScenarioRunner r);
            store.AddCashier(5, Digits("111111"), 6);
            store.SignOn(5);
            Assert.IsTrue(store.RemoveCashier(5));
            Assert.IsFalse(store.Exists(5));
            Assert.AreEqual(Operators.None, store.SignedOn);
            Assert.IsNull(r.Terminal.Journal.State.GetSetting(OperatorSettingsKeys.Password(5)));

            store.Guard(Operators.Supervisor).Change(Digits("135790"), 6);
            for (int i = 0; i < SecretGuard.MaxFailures; i++)
            {
                store.Check(Operators.Supervisor, Digits("000001"), 6);
            }

            Assert.IsTrue(store.Guard(Operators.Supervisor).IsLocked);
            store.ResetSupervisor();
            Assert.IsFalse(store.Guard(Operators.Supervisor).IsLocked);
            Assert.AreEqual((int)PinCheckOutcome.AcceptedMustChange, (int)store.Check(Operators.Supervisor, Digits("123456"), 6));
            JournalAudit(r, 98, "reset the supervisor password (dual confirmation)");
            JournalAudit(r, 0, "password wrong 5/5, locked 15 min");
        }

        private static OperatorStore Store(out ScenarioRunner r)
        {
            r = new ScenarioRunner();
            return new OperatorStore(r.Terminal.Journal, r.Terminal.Audit, r.Clock, new SeededRandom(7));
        }

        private static void JournalAudit(ScenarioRunner r, int operatorNumber, string text)
        {
            Assert.IsTrue(AuditTexts.Has(r.Terminal.Audit, operatorNumber, text), "no audit entry " + text);
        }

        private static byte[] Digits(string s)
        {
            byte[] b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                b[i] = (byte)s[i];
            }

            return b;
        }
    }
}
