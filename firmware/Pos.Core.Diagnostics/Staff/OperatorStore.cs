using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Staff
{
    /// <summary>
    /// The terminal's operators: the supervisor (00, always there; factory password <see cref="SupervisorDefault"/>,
    /// which must be changed at its first use) and up to <see cref="Operators.MaxCashier"/> cashiers (01–20, added by
    /// the supervisor with an initial password they must change at their first sign-on). Each password is a
    /// <see cref="SecretGuard"/> over its journal settings (<see cref="OperatorSettingsKeys"/>): 6 digits, salted
    /// SHA-256, locked 15 min after 5 wrong tries, across reboots. Who is signed on is kept in memory only: after a
    /// power-on nobody is, and the terminal asks for a sign-on. Sign-on, sign-off, the supervisor's approvals and
    /// refusals, and every change to the roster go to the audit trail as "OP NN …".
    /// </summary>
    public sealed class OperatorStore
    {
        /// <summary>The supervisor's factory password (docs/TRANSACTIONS.md); accepted only until it is changed.</summary>
        public const string SupervisorDefault = "123456";

        /// <summary>Length of every operator password.</summary>
        public const int PasswordLength = 6;

        private readonly Journal _journal;
        private readonly AuditTrail _audit;
        private readonly IClock _clock;
        private readonly SeededRandom _random;
        private readonly SecretGuard[] _guards = new SecretGuard[Operators.MaxCashier + 1];

        /// <summary>Creates the store over the journal's settings; nobody is signed on.</summary>
        public OperatorStore(Journal journal, AuditTrail audit, IClock clock, SeededRandom random)
        {
            if (journal == null || audit == null || clock == null || random == null)
            {
                throw new ArgumentNullException(nameof(journal));
            }

            _journal = journal;
            _audit = audit;
            _clock = clock;
            _random = random;
            SignedOn = Operators.None;
        }

        /// <summary>The signed-on operator, or <see cref="Operators.None"/>.</summary>
        public int SignedOn { get; private set; }

        /// <summary>True while an operator is signed on.</summary>
        public bool IsSignedOn => SignedOn != Operators.None;

        /// <summary>True for 00 and for a cashier the supervisor added.</summary>
        public bool Exists(int n)
        {
            if (n == Operators.Supervisor)
            {
                return true;
            }

            return IsCashier(n) && _journal.State.GetSetting(OperatorSettingsKeys.Password(n)) != null;
        }

        /// <summary>True for a cashier's number (1–20), added or not.</summary>
        public static bool IsCashier(int n)
        {
            return n >= 1 && n <= Operators.MaxCashier;
        }

        /// <summary>Cashiers added so far.</summary>
        public int CashierCount()
        {
            int count = 0;
            for (int n = 1; n <= Operators.MaxCashier; n++)
            {
                count += Exists(n) ? 1 : 0;
            }

            return count;
        }

        /// <summary>The password guard of operator <paramref name="n"/> (00–20).</summary>
        public SecretGuard Guard(int n)
        {
            if (n < 0 || n > Operators.MaxCashier)
            {
                throw new ArgumentOutOfRangeException(nameof(n));
            }

            if (_guards[n] == null)
            {
                _guards[n] = new SecretGuard(_journal, _audit, n, AuditEvent.SignOn, _clock, _random, OperatorSettingsKeys.Password(n),
                    OperatorSettingsKeys.Failures(n), OperatorSettingsKeys.LockedUntil(n), n == Operators.Supervisor ? SupervisorDefault : null,
                    PasswordLength, PasswordLength, "password ");
            }

            return _guards[n];
        }

        /// <summary>Checks operator <paramref name="n"/>'s password at sign-on (wipes the digits); an unknown number is Wrong.</summary>
        public PinCheckOutcome Check(int n, byte[] digits, int count)
        {
            if (!Exists(n))
            {
                Audit(n, AuditEvent.SignOn, "sign-on refused: no such operator");
                SecretGuard.Wipe(digits, count);
                return PinCheckOutcome.Wrong;
            }

            return Guard(n).Verify(digits, count);
        }

        /// <summary>Operator <paramref name="n"/> is signed on (after <see cref="Check"/>, and the change it may have asked for).</summary>
        public void SignOn(int n)
        {
            SignedOn = n;
            Audit(n, AuditEvent.SignOn, "sign-on");
        }

        /// <summary>The signed-on operator leaves; nothing when nobody is signed on.</summary>
        public void SignOff()
        {
            if (!IsSignedOn)
            {
                return;
            }

            Audit(SignedOn, AuditEvent.SignOff, "sign-off");
            SignedOn = Operators.None;
        }

        /// <summary>
        /// Checks the supervisor's password for <paramref name="action"/> asked by the signed-on operator (wipes the
        /// digits); the outcome is audited under the operator who asked ("OP 02 void: supervisor approved").
        /// </summary>
        public PinCheckOutcome Approve(OperatorAction action, byte[] digits, int count)
        {
            PinCheckOutcome outcome = Guard(Operators.Supervisor).Verify(digits, count);
            string name = OperatorRoles.Rule(action).Name;
            bool ok = outcome == PinCheckOutcome.Accepted || outcome == PinCheckOutcome.AcceptedMustChange;
            Audit(SignedOn, AuditEvent.RoleAction, name + (ok ? ": supervisor approved" : ": refused, supervisor password not given"));
            return outcome;
        }

        /// <summary>An action refused without asking (the supervisor prompt left): audited under the signed-on operator.</summary>
        public void Refused(OperatorAction action)
        {
            Audit(SignedOn, AuditEvent.RoleAction, OperatorRoles.Rule(action).Name + ": refused, supervisor prompt cancelled");
        }

        /// <summary>The supervisor adds (or re-adds) cashier <paramref name="n"/> with an initial password to change at first sign-on. Wipes the digits.</summary>
        public bool AddCashier(int n, byte[] digits, int count)
        {
            if (!IsCashier(n))
            {
                SecretGuard.Wipe(digits, count);
                return false;
            }

            SecretGuard guard = Guard(n);
            if (!guard.IsAcceptable(digits, count))
            {
                SecretGuard.Wipe(digits, count);
                return false;
            }

            guard.Reset(null); // a fresh start: an old lockout goes with the old password; the entry below says why
            bool ok = guard.Assign(digits, count);
            Audit(Operators.Supervisor, AuditEvent.RoleAction, "added cashier " + Operators.Label(n));
            return ok;
        }

        /// <summary>The supervisor removes cashier <paramref name="n"/> (signed off first when it is the one signed on).</summary>
        public bool RemoveCashier(int n)
        {
            if (!Exists(n) || !IsCashier(n))
            {
                return false;
            }

            if (SignedOn == n)
            {
                SignOff();
            }

            Guard(n).Reset("removed");
            Audit(Operators.Supervisor, AuditEvent.RoleAction, "removed cashier " + Operators.Label(n));
            return true;
        }

        /// <summary>
        /// The technician's reset of the supervisor password (after two confirmations): the factory password is in force
        /// again (to be changed at its first use), its lockout gone; audited as the technician's.
        /// </summary>
        public void ResetSupervisor()
        {
            Guard(Operators.Supervisor).Reset("reset to factory default");
            Audit(Operators.Technician, AuditEvent.RoleAction, "reset the supervisor password (dual confirmation)");
            if (SignedOn == Operators.Supervisor)
            {
                SignOff();
            }
        }

        private void Audit(int n, AuditEvent kind, string text)
        {
            _audit.Append(_clock.UtcNow.Ticks, n, kind, text);
        }
    }
}
