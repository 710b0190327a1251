using System.Text;
using nanoFramework.TestFramework;
using Pos.Core.Diagnostics;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>PIN storage (salted hash), verification, lockout (persisted, expiring) and the audit trail.</summary>
    [TestClass]
    public class TechnicianPinTests
    {
        [TestMethod]
        public void Default_pin_is_accepted_once_and_must_be_changed()
        {
            DiagRig rig = DiagRig.Create();
            Assert.IsTrue(rig.Pin.IsDefault);
            Assert.AreEqual((int)PinCheckOutcome.AcceptedMustChange, (int)rig.Pin.Verify(Digits("000000"), 6));
            Assert.IsFalse(TechnicianPin.IsAcceptable(Digits("000000"), 6));
            Assert.IsFalse(TechnicianPin.IsAcceptable(Digits("12345"), 5));
            Assert.IsTrue(rig.Pin.Change(Digits("482916"), 6));
            Assert.IsFalse(rig.Pin.IsDefault);
            Assert.AreEqual((int)PinCheckOutcome.Wrong, (int)rig.Pin.Verify(Digits("000000"), 6));
            Assert.AreEqual((int)PinCheckOutcome.Accepted, (int)rig.Pin.Verify(Digits("482916"), 6));
        }

        [TestMethod]
        public void Stored_as_salt_and_hash_hex_and_digits_are_wiped()
        {
            DiagRig rig = DiagRig.Create();
            byte[] pin = Digits("48291673");
            rig.Pin.Change(pin, 8);
            for (int i = 0; i < pin.Length; i++)
            {
                Assert.AreEqual((byte)0, pin[i]);
            }

            string stored = rig.Journal.State.GetSetting(DiagnosticsSettingsKeys.TechnicianPin);
            Assert.AreEqual(32 + 1 + 64, stored.Length);
            Assert.AreEqual(':', stored[32]);
            Assert.AreEqual(-1, stored.IndexOf("48291673"));
            Assert.AreEqual((int)PinCheckOutcome.Accepted, (int)rig.Pin.Verify(Digits("48291673"), 8));
            Assert.AreEqual((int)PinCheckOutcome.Wrong, (int)rig.Pin.Verify(Digits("4829167"), 7));
        }

        [TestMethod]
        public void Five_failures_lock_and_the_lock_survives_a_reboot_and_expires()
        {
            DiagRig rig = DiagRig.Create();
            rig.Pin.Change(Digits("482916"), 6);
            for (int i = 1; i <= 4; i++)
            {
                Assert.AreEqual((int)PinCheckOutcome.Wrong, (int)rig.Pin.Verify(Digits("111111"), 6));
                Assert.AreEqual(5 - i, rig.Pin.TriesLeft);
            }

            Assert.AreEqual((int)PinCheckOutcome.Locked, (int)rig.Pin.Verify(Digits("111111"), 6));
            Assert.IsTrue(rig.Pin.IsLocked);
            Assert.AreEqual((int)PinCheckOutcome.Locked, (int)rig.Pin.Verify(Digits("482916"), 6));

            rig.Clock.Advance(60 * 1000);
            DiagRig after = rig.Reboot();
            Assert.IsTrue(after.Pin.IsLocked);
            Assert.AreEqual(14 * 60 * 1000, after.Pin.LockRemainingMs());
            Assert.AreEqual((int)PinCheckOutcome.Locked, (int)after.Pin.Verify(Digits("482916"), 6));

            after.Clock.Advance(14 * 60 * 1000);
            Assert.IsFalse(after.Pin.IsLocked);
            Assert.AreEqual((int)PinCheckOutcome.Wrong, (int)after.Pin.Verify(Digits("111111"), 6));
            Assert.AreEqual(4, after.Pin.TriesLeft);
            Assert.AreEqual((int)PinCheckOutcome.Accepted, (int)after.Pin.Verify(Digits("482916"), 6));
            Assert.AreEqual(0, after.Pin.Failures);
        }

        [TestMethod]
        public void A_clock_set_back_never_locks_longer_than_one_lockout()
        {
            DiagRig rig = DiagRig.Create();
            for (int i = 0; i < 5; i++)
            {
                rig.Pin.Verify(Digits("111111"), 6);
            }

            rig.Clock.SetUtc(new System.DateTime(2024, 1, 1));
            Assert.AreEqual(TechnicianPin.LockoutMs, rig.Pin.LockRemainingMs());
        }

        [TestMethod]
        public void Every_attempt_is_audited_without_the_pin()
        {
            DiagRig rig = DiagRig.Create();
            int before = rig.Audit.Count; // the rig's storage confirmation
            rig.Pin.Verify(Digits("000000"), 6);
            rig.Pin.Change(Digits("482916"), 6);
            rig.Pin.Verify(Digits("123456"), 6);
            rig.Pin.Verify(Digits("482916"), 6);
            string[] expected = new string[]
            {
                "ok (default, change required)",
                "changed",
                "wrong 1/5",
                "ok",
            };
            Assert.AreEqual(before + expected.Length, rig.Audit.Count);
            Assert.EndsWith("|#3 98 TECHNICIAN PIN changed|#4 98 TECHNICIAN PIN wrong 1/5|#5 98 TECHNICIAN PIN ok|", AuditTexts.Dump(rig.Audit));
            for (int i = 0; i < expected.Length; i++)
            {
                string text = AuditTexts.At(rig.Audit, before + i);
                Assert.AreEqual(expected[i], text);
                Assert.AreEqual(-1, text.IndexOf("482916"));
                Assert.AreEqual(-1, text.IndexOf("123456"));
            }
        }

        /// <summary>ASCII digit bytes of a PIN.</summary>
        public static byte[] Digits(string pin)
        {
            return Encoding.UTF8.GetBytes(pin);
        }
    }
}
