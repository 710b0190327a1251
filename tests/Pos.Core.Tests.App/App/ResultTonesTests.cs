using Pos.Core.App;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>The buzzer says how it went: one success tone per approval, one failure tone per decline, none while typing.</summary>
    [TestClass]
    public class ResultTonesTests
    {
        [TestMethod]
        public void An_approval_and_a_decline_each_sound_once_and_typing_is_quiet()
        {
            ScenarioRunner r = new ScenarioRunner();
            Script.Run(r, "wait online\nadvance 1s\nkey CANCEL\nexpect screen IDLE");
            r.Buzzer.Clear();

            Script.Run(r, "key 1 0 0 ENTER\ncard magstripe 6222021234567890 3012 201\nhost reply 00\nexpect screen APPROVED 1.00");
            Assert.AreEqual(1, r.Buzzer.Count, "one tone for the approval, none for the amount and card screens");
            Assert.AreEqual((int)Tone.Success, (int)r.Buzzer.At(0));

            Script.Run(r, "advance 1s\nkey CANCEL\nkey 2 0 0 ENTER\ncard magstripe 6222021234567891 3012 201\nhost reply 51\nexpect screen DECLINED");
            Assert.AreEqual(2, r.Buzzer.Count);
            Assert.AreEqual((int)Tone.Failure, (int)r.Buzzer.At(1));

            Script.Run(r, "key CANCEL\nexpect screen IDLE\nadvance 10s");
            Assert.AreEqual(2, r.Buzzer.Count, "back to idle is quiet");
        }

        [TestMethod]
        public void Every_result_screen_has_a_tone_and_entry_screens_have_none()
        {
            Assert.AreEqual((int)Tone.Success, ResultTones.ToneOf(ScreenIds.Settled));
            Assert.AreEqual((int)Tone.Failure, ResultTones.ToneOf(ScreenIds.NoConnection));
            Assert.AreEqual((int)Tone.Attention, ResultTones.ToneOf(ScreenIds.Duplicate));
            Assert.AreEqual(-1, ResultTones.ToneOf(ScreenIds.Amount));
            Assert.AreEqual(-1, ResultTones.ToneOf(ScreenIds.Pin));
            Assert.AreEqual(-1, ResultTones.ToneOf(ScreenIds.Idle));
        }
    }
}
