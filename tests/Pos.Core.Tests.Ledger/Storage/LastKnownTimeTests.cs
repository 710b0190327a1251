using System;
using nanoFramework.TestFramework;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Storage
{
    /// <summary>The last known time: kept in the journal, put back when the clock restarts in the past.</summary>
    [TestClass]
    public class LastKnownTimeTests
    {
        private static readonly DateTime Signed = new DateTime(2026, 12, 2, 9, 30, 0);

        [TestMethod]
        public void A_clock_that_restarts_in_1970_gets_the_last_known_time_back()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            SimulatedClock clock = new SimulatedClock(Signed);
            LastKnownTime keeper = new LastKnownTime(JournalKit.Open(storage, JournalKit.SmallOptions()), clock);
            Assert.IsFalse(keeper.Restore(), "nothing stored yet");
            Assert.IsTrue(keeper.Tick(), "the first round records");
            clock.Advance(20 * 60000);
            Assert.IsFalse(keeper.Tick(), "not again within the hour");

            // The power goes; the board's clock starts over in 1970.
            SimulatedClock after = new SimulatedClock(new DateTime(1970, 1, 1));
            LastKnownTime back = new LastKnownTime(JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions()), after);
            Assert.IsTrue(back.Restore());
            Assert.AreEqual(Signed.Ticks, after.UtcNow.Ticks, "the time recorded at the first round: a lower bound of the real time");
        }

        [TestMethod]
        public void A_clock_that_kept_its_time_is_left_alone()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            LastKnownTime keeper = new LastKnownTime(JournalKit.Open(storage, JournalKit.SmallOptions()), new SimulatedClock(Signed));
            keeper.Restore();
            keeper.Tick();
            SimulatedClock later = new SimulatedClock(Signed.AddDays(3));
            LastKnownTime back = new LastKnownTime(JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions()), later);
            Assert.IsFalse(back.Restore());
            Assert.AreEqual(Signed.AddDays(3).Ticks, later.UtcNow.Ticks);
        }

        [TestMethod]
        public void The_time_is_recorded_when_it_is_set_and_otherwise_hourly_never_backwards()
        {
            Journal journal = JournalKit.Open(JournalKit.NewStorage(), JournalKit.SmallOptions());
            SimulatedClock clock = new SimulatedClock(new DateTime(2000, 1, 1));
            LastKnownTime keeper = new LastKnownTime(journal, clock);
            keeper.Restore();
            Assert.IsTrue(keeper.Tick(), "the boot's first round");
            clock.Advance(1000);
            Assert.IsFalse(keeper.Tick());

            clock.SetUtc(Signed); // the sign-in reply
            Assert.IsTrue(keeper.Tick(), "a set clock is recorded at once");
            Assert.AreEqual(Signed.Ticks, keeper.StoredTicks);
            clock.Advance(LastKnownTime.RecordEveryMs - 1);
            Assert.IsFalse(keeper.Tick());
            clock.Advance(1);
            Assert.IsTrue(keeper.Tick(), "an hour later");

            clock.SetUtc(Signed.AddDays(-1)); // set back (a wrong SNTP answer): kept out of the journal
            Assert.IsFalse(keeper.Tick());
            Assert.AreEqual(Signed.AddMilliseconds(LastKnownTime.RecordEveryMs).Ticks, keeper.StoredTicks);
        }

        [TestMethod]
        public void A_damaged_or_implausible_record_never_moves_the_clock()
        {
            string[] bad = new string[] { "12ab", "5", "-637000000000000000", "99999999999999999999", string.Empty };
            for (int i = 0; i < bad.Length; i++)
            {
                Journal journal = JournalKit.Open(JournalKit.NewStorage(), JournalKit.SmallOptions());
                journal.SetSetting(LastKnownTime.SettingKey, bad[i]);
                SimulatedClock clock = new SimulatedClock(new DateTime(1970, 1, 1));
                LastKnownTime keeper = new LastKnownTime(journal, clock);
                Assert.IsFalse(keeper.Restore(), bad[i]);
                Assert.AreEqual(new DateTime(1970, 1, 1).Ticks, clock.UtcNow.Ticks, bad[i]);
            }
        }
    }
}
