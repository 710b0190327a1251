using System;
using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Core.Storage;

using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Sign-in (0800/0810): when one is due (working keys missing, the host asked for it, or the day's first), sending
    /// it from Idle, installing the working keys it brings, adopting the host's batch and setting the clock from its
    /// time. The "required" mark survives a reboot in the journal; the automatic attempt is made once per reason.
    /// </summary>
    internal sealed class SignInFlow : TxnPart
    {
        private const string SettingSignInDate = "signin.date";
        private const string SettingSignInRequired = "signin.required";

        private RequestSender _sender;

        public SignInFlow(TxnServices services, TxnContext context)
            : base(services, context)
        {
        }

        /// <summary>The sender (set once, after both are built: each needs the other).</summary>
        public RequestSender Sender
        {
            set { _sender = value; }
        }

        /// <summary>True when a sign-in should go now: online, a master key, and a reason not yet tried.</summary>
        public bool NeedSignIn()
        {
            if (!Svc.Link.IsOnline || !Svc.Keys.Has(KeySlot.Tmk))
            {
                return false;
            }

            bool missing = !Svc.Keys.Has(KeySlot.Pik) || !Svc.Keys.Has(KeySlot.Mak);
            bool forced = Svc.Journal.State.GetSetting(SettingSignInRequired) != null;
            bool daily = Svc.Settings.DailySignIn && Svc.Journal.State.GetSetting(SettingSignInDate) != Svc.Today();
            return Ctx.SignInDue && (missing || forced || daily);
        }

        /// <summary>The host's answer asks for a sign-in (e.g. a MAC key it no longer holds): remembered across reboots.</summary>
        public void Require()
        {
            Ctx.SignInDue = true;
            Svc.TryJournal(SettingSignInRequired, "1");
        }

        /// <summary>Back in Idle: a new business day makes the daily sign-in due again.</summary>
        public void NoteIdle()
        {
            if (Svc.Settings.DailySignIn && Svc.Journal.State.GetSetting(SettingSignInDate) != Svc.Today())
            {
                Ctx.SignInDue = true;
            }
        }

        public override void Enter(TxnState state)
        {
            try
            {
                int length = Svc.Framer.SignIn(Svc.Journal.ReserveStan(), Svc.Journal.State.BatchNumber, Svc.Settings.SignInKeyMode);
                _sender.Send(length);
            }
            catch (StorageException)
            {
                Svc.LastKeeper.Load();
                Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
            }
            catch (JournalException)
            {
                Svc.LastKeeper.Load();
                Ctx.RaiseFault(TxnLocalCodes.CodeStorage);
            }
        }

        public override void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.BeginSignIn:
                    Svc.ResetTransaction(Ctx);
                    Ctx.Flow = TxnFlow.SignIn;
                    Ctx.SignInDue = false;
                    break;
                case TxnAction.SignedIn:
                    SignedIn();
                    break;
                case TxnAction.SignInFailed:
                    Svc.Screens.Code(ScreenIds.SignInFailed, Ctx.Code);
                    break;
            }
        }

        private void SignedIn()
        {
            byte[] block = Svc.Replies.SignIn.KeyBlock;
            SecurityError error = WorkingKeyDelivery.Install(Svc.Keys, (int)Svc.Settings.SignInKeyMode, block, 0, block.Length);
            if (error != SecurityError.None)
            {
                Svc.Screens.KeyCheckFailed(error);
                return;
            }

            Journal journal = Svc.Journal;
            try
            {
                if (Svc.Replies.SignIn.NewBatch >= 1)
                {
                    journal.AdoptBatch(Svc.Replies.SignIn.NewBatch);
                }

                journal.SetSetting(SettingSignInDate, Svc.Today());
                if (journal.State.GetSetting(SettingSignInRequired) != null)
                {
                    journal.SetSetting(SettingSignInRequired, null);
                }
            }
            catch (StorageException)
            {
                Svc.Screens.Code(ScreenIds.SignInFailed, TxnLocalCodes.CodeStorage);
                return;
            }
            catch (JournalException)
            {
                Svc.Screens.Code(ScreenIds.SignInFailed, TxnLocalCodes.CodeStorage);
                return;
            }

            SetClockFromHost(Svc.Replies.SignIn.HostDate, Svc.Replies.SignIn.HostTime);
            Svc.Screens.SignedIn(journal.State.BatchNumber);
        }

        // Fields 12/13 are the host's local time without a year (HostClock picks it); a malformed one keeps the clock.
        private void SetClockFromHost(string mmdd, string hhmmss)
        {
            DateTime utc = Svc.Clock.UtcNow;
            if (HostClock.TryReadHostTime(mmdd, hhmmss, utc, Svc.Settings.UtcOffsetMinutes, ref utc))
            {
                Svc.Clock.SetUtc(utc);
            }
        }
    }
}
