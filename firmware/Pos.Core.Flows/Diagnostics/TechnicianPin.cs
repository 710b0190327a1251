using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// The technician PIN: stored in the journal settings as "salt:hash" (hex; 16-byte salt, SHA-256 over salt then
    /// the PIN's ASCII digits); a fresh device has none and accepts <see cref="DefaultPin"/> once, which must then be
    /// changed. <see cref="MaxFailures"/> wrong PINs in a row lock entry for <see cref="LockoutMs"/> on the wall clock;
    /// the failure count and the lock end are journal settings, so a reboot does not reset them. Every attempt and its
    /// result goes to the audit trail as the technician's (<see cref="AuditEvent.TechnicianPin"/>, a lockout and an
    /// entry refused while locked <see cref="AuditEvent.PinLockout"/>; never the PIN). PIN digits arrive as ASCII bytes
    /// and are wiped before return.
    /// </summary>
    public sealed class TechnicianPin
    {
        /// <summary>The PIN of a fresh device (docs/DIAGNOSTICS.md); accepted only until a PIN is set.</summary>
        public const string DefaultPin = "000000";

        /// <summary>Shortest PIN.</summary>
        public const int MinLength = 6;

        /// <summary>Longest PIN.</summary>
        public const int MaxLength = 8;

        /// <summary>Wrong PINs in a row that lock entry.</summary>
        public const int MaxFailures = 5;

        /// <summary>How long a lockout lasts.</summary>
        public const long LockoutMs = 15 * 60 * 1000;

        /// <summary>Salt length in bytes.</summary>
        public const int SaltLength = 16;

        private readonly Journal _journal;
        private readonly AuditTrail _audit;
        private readonly IClock _clock;
        private readonly SeededRandom _random;
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _digest = new byte[Sha256.HashLength];
        private int _failures;
        private long _lockedUntil;

        /// <summary>
        /// Creates the PIN guard over the journal (PIN, counters) and the audit trail (attempts); <paramref name="random"/>
        /// makes the salts (seed it from the hardware RNG on the device).
        /// </summary>
        public TechnicianPin(Journal journal, AuditTrail audit, IClock clock, SeededRandom random)
        {
            if (journal == null || audit == null || clock == null || random == null)
            {
                throw new ArgumentNullException(nameof(journal));
            }

            _journal = journal;
            _audit = audit;
            _clock = clock;
            _random = random;
            _failures = (int)ParseLong(journal.State.GetSetting(DiagnosticsSettingsKeys.TechnicianFailures));
            _lockedUntil = ParseLong(journal.State.GetSetting(DiagnosticsSettingsKeys.TechnicianLockedUntil));
        }

        /// <summary>True while no PIN has been set (the default PIN is in force).</summary>
        public bool IsDefault => _journal.State.GetSetting(DiagnosticsSettingsKeys.TechnicianPin) == null;

        /// <summary>Wrong PINs in a row so far.</summary>
        public int Failures => _failures;

        /// <summary>Tries left before a lockout.</summary>
        public int TriesLeft => MaxFailures - _failures;

        /// <summary>Milliseconds of lockout left (0 when not locked).</summary>
        public long LockRemainingMs()
        {
            if (_lockedUntil == 0)
            {
                return 0;
            }

            long now = _clock.UtcNow.Ticks;
            if (now >= _lockedUntil)
            {
                return 0;
            }

            long remaining = (_lockedUntil - now) / TimeSpan.TicksPerMillisecond;
            if (remaining > LockoutMs)
            {
                // The wall clock went back (RTC lost at a reboot): never lock longer than one lockout from now.
                _lockedUntil = now + (LockoutMs * TimeSpan.TicksPerMillisecond);
                Save(DiagnosticsSettingsKeys.TechnicianLockedUntil, _lockedUntil.ToString());
                remaining = LockoutMs;
            }

            return remaining;
        }

        /// <summary>True while locked.</summary>
        public bool IsLocked => LockRemainingMs() > 0;

        /// <summary>
        /// Called when the technician sequence is typed: false (and an audit entry "refused: locked") while locked, so
        /// the menu shows the lockout instead of the PIN prompt.
        /// </summary>
        public bool CheckEntry()
        {
            if (IsLocked)
            {
                Audit(AuditEvent.PinLockout, "refused: locked");
                return false;
            }

            return true;
        }

        /// <summary>Checks a PIN attempt; <paramref name="digits"/>[0..count) are wiped before return.</summary>
        public PinCheckOutcome Verify(byte[] digits, int count)
        {
            try
            {
                if (IsLocked)
                {
                    Audit(AuditEvent.PinLockout, "refused: locked");
                    return PinCheckOutcome.Locked;
                }

                if (_lockedUntil != 0)
                {
                    // A lockout ran out: a fresh set of tries.
                    _lockedUntil = 0;
                    _failures = 0;
                    Save(DiagnosticsSettingsKeys.TechnicianLockedUntil, null);
                    Save(DiagnosticsSettingsKeys.TechnicianFailures, null);
                }

                bool ok = Matches(digits, count);
                if (ok)
                {
                    if (_failures != 0)
                    {
                        _failures = 0;
                        Save(DiagnosticsSettingsKeys.TechnicianFailures, null);
                    }

                    bool mustChange = IsDefault;
                    Audit(AuditEvent.TechnicianPin, mustChange ? "ok (default, change required)" : "ok");
                    return mustChange ? PinCheckOutcome.AcceptedMustChange : PinCheckOutcome.Accepted;
                }

                _failures++;
                Save(DiagnosticsSettingsKeys.TechnicianFailures, _failures.ToString());
                if (_failures >= MaxFailures)
                {
                    _lockedUntil = _clock.UtcNow.Ticks + (LockoutMs * TimeSpan.TicksPerMillisecond);
                    Save(DiagnosticsSettingsKeys.TechnicianLockedUntil, _lockedUntil.ToString());
                    Audit(AuditEvent.PinLockout, "wrong " + _failures.ToString() + "/" + MaxFailures.ToString() + ", locked " + (LockoutMs / 60000).ToString() + " min");
                    return PinCheckOutcome.Locked;
                }

                Audit(AuditEvent.TechnicianPin, "wrong " + _failures.ToString() + "/" + MaxFailures.ToString());
                return PinCheckOutcome.Wrong;
            }
            finally
            {
                Wipe(digits, count);
            }
        }

        /// <summary>
        /// True when <paramref name="digits"/>[0..count) is an acceptable new PIN: 6–8 ASCII digits and not the default.
        /// Does not wipe.
        /// </summary>
        public static bool IsAcceptable(byte[] digits, int count)
        {
            if (digits == null || count < MinLength || count > MaxLength)
            {
                return false;
            }

            bool same = count == DefaultPin.Length;
            for (int i = 0; i < count; i++)
            {
                if (digits[i] < (byte)'0' || digits[i] > (byte)'9')
                {
                    return false;
                }

                same = same && digits[i] == (byte)DefaultPin[i];
            }

            return !same;
        }

        /// <summary>Sets a new PIN (fresh salt); false (audited, nothing stored) when not acceptable. Wipes the digits.</summary>
        public bool Change(byte[] digits, int count)
        {
            try
            {
                if (!IsAcceptable(digits, count))
                {
                    Audit(AuditEvent.TechnicianPin, "change refused");
                    return false;
                }

                byte[] salt = new byte[SaltLength];
                _random.NextBytes(salt);
                HashInto(salt, digits, count);
                Save(DiagnosticsSettingsKeys.TechnicianPin, Hex.Encode(salt) + ":" + Hex.Encode(_digest));
                Audit(AuditEvent.TechnicianPin, "changed");
                return true;
            }
            finally
            {
                Wipe(digits, count);
            }
        }

        private bool Matches(byte[] digits, int count)
        {
            string stored = _journal.State.GetSetting(DiagnosticsSettingsKeys.TechnicianPin);
            if (stored == null)
            {
                bool same = count == DefaultPin.Length;
                for (int i = 0; i < DefaultPin.Length; i++)
                {
                    same &= i < count && digits[i] == (byte)DefaultPin[i];
                }

                return same;
            }

            int colon = stored.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }

            byte[] salt = Hex.Decode(stored.Substring(0, colon));
            byte[] expected = Hex.Decode(stored.Substring(colon + 1));
            if (expected.Length != Sha256.HashLength)
            {
                return false;
            }

            HashInto(salt, digits, count);
            return SecureCompare.Equal(_digest, 0, expected, 0, Sha256.HashLength);
        }

        private void HashInto(byte[] salt, byte[] digits, int count)
        {
            _sha.Reset();
            _sha.Update(salt, 0, salt.Length);
            _sha.Update(digits, 0, count);
            _sha.Finish(_digest, 0);
        }

        private void Save(string key, string value)
        {
            try
            {
                _journal.SetSetting(key, value);
            }
            catch (JournalException)
            {
                // Read-only journal: the counters still hold in memory until the next boot.
            }
        }

        private void Audit(AuditEvent kind, string text)
        {
            _audit.Append(_clock.UtcNow.Ticks, Operators.Technician, kind, text);
        }

        private static void Wipe(byte[] digits, int count)
        {
            for (int i = 0; digits != null && i < count && i < digits.Length; i++)
            {
                digits[i] = 0;
            }
        }

        private static long ParseLong(string text)
        {
            if (text == null || text.Length == 0)
            {
                return 0;
            }

            long v = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return 0;
                }

                v = (v * 10) + (c - '0');
            }

            return v;
        }
    }
}
