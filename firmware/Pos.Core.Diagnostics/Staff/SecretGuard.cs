using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Staff
{
    /// <summary>
    /// One numeric secret (the technician PIN, an operator's password) kept in the journal settings as "salt:hash"
    /// (hex; 16-byte salt, SHA-256 over salt then the ASCII digits), with its lockout: <see cref="MaxFailures"/> wrong
    /// tries in a row lock it for <see cref="LockoutMs"/> on the wall clock; the failure count and the lock end are
    /// settings too, so a reboot does not reset them. No secret stored: the default (if the slot has one) is accepted
    /// once and must then be changed. A secret set by someone else (<see cref="Assign"/>: a cashier's initial password
    /// set by the supervisor) is stored marked "!" and must be changed at its first use. Every attempt and its result
    /// goes to the audit trail as the slot owner's, under the slot's prefix (a lockout and an entry refused while locked
    /// as <see cref="AuditEvent.PinLockout"/>; never the digits). Digits arrive as ASCII bytes and are wiped before return.
    /// </summary>
    public sealed class SecretGuard
    {
        /// <summary>Wrong tries in a row that lock entry.</summary>
        public const int MaxFailures = 5;

        /// <summary>How long a lockout lasts.</summary>
        public const long LockoutMs = 15 * 60 * 1000;

        /// <summary>Salt length in bytes.</summary>
        public const int SaltLength = 16;

        // Marks a secret set by someone else: accepted once, then it must be changed.
        private const string AssignedMark = "!";

        private readonly Journal _journal;
        private readonly AuditTrail _audit;
        private readonly int _owner;
        private readonly AuditEvent _attemptEvent;
        private readonly IClock _clock;
        private readonly SeededRandom _random;
        private readonly string _secretKey;
        private readonly string _failuresKey;
        private readonly string _lockKey;
        private readonly string _default;
        private readonly int _minLength;
        private readonly int _maxLength;
        private readonly string _auditPrefix;
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _digest = new byte[Sha256.HashLength];
        private int _failures;
        private long _lockedUntil;

        /// <summary>Creates the guard of one secret.</summary>
        /// <param name="journal">Holds the secret, the failure count and the lock end as settings.</param>
        /// <param name="audit">Records every attempt and change.</param>
        /// <param name="owner">The operator number the entries carry (<see cref="Operators"/>).</param>
        /// <param name="attemptEvent">The kind of an attempt's or a change's entry.</param>
        /// <param name="clock">The wall clock of the lockout.</param>
        /// <param name="random">Makes the salts (seeded from the hardware RNG on the device).</param>
        /// <param name="secretKey">Setting of the "salt:hash".</param>
        /// <param name="failuresKey">Setting of the wrong tries in a row.</param>
        /// <param name="lockKey">Setting of the lock end (UTC ticks).</param>
        /// <param name="defaultSecret">Accepted while nothing is stored (must then be changed); null: none.</param>
        /// <param name="minLength">Shortest secret.</param>
        /// <param name="maxLength">Longest secret.</param>
        /// <param name="auditPrefix">Prefix of this secret's audit entries.</param>
        public SecretGuard(Journal journal, AuditTrail audit, int owner, AuditEvent attemptEvent, IClock clock, SeededRandom random,
            string secretKey, string failuresKey, string lockKey, string defaultSecret, int minLength, int maxLength, string auditPrefix)
        {
            if (journal == null || audit == null || clock == null || random == null)
            {
                throw new ArgumentNullException(nameof(journal));
            }

            _journal = journal;
            _audit = audit;
            _owner = owner;
            _attemptEvent = attemptEvent;
            _clock = clock;
            _random = random;
            _secretKey = secretKey;
            _failuresKey = failuresKey;
            _lockKey = lockKey;
            _default = defaultSecret;
            _minLength = minLength;
            _maxLength = maxLength;
            _auditPrefix = auditPrefix;
            _failures = (int)ParseLong(journal.State.GetSetting(failuresKey));
            _lockedUntil = ParseLong(journal.State.GetSetting(lockKey));
        }

        /// <summary>True while no secret is stored (the default, if any, is in force).</summary>
        public bool IsDefault => _journal.State.GetSetting(_secretKey) == null;

        /// <summary>True when the next accepted secret must be changed (the default, or one set by someone else).</summary>
        public bool MustChange
        {
            get
            {
                string stored = _journal.State.GetSetting(_secretKey);
                return stored == null || stored.IndexOf(AssignedMark) == 0;
            }
        }

        /// <summary>Wrong tries in a row so far.</summary>
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
                Save(_lockKey, _lockedUntil.ToString());
                remaining = LockoutMs;
            }

            return remaining;
        }

        /// <summary>True while locked.</summary>
        public bool IsLocked => LockRemainingMs() > 0;

        /// <summary>Before the prompt: false (and an audit entry "refused: locked") while locked.</summary>
        public bool CheckEntry()
        {
            if (IsLocked)
            {
                Audit(AuditEvent.PinLockout, "refused: locked");
                return false;
            }

            return true;
        }

        /// <summary>Checks an attempt; <paramref name="digits"/>[0..count) are wiped before return.</summary>
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
                    Save(_lockKey, null);
                    Save(_failuresKey, null);
                }

                if (Matches(digits, count))
                {
                    if (_failures != 0)
                    {
                        _failures = 0;
                        Save(_failuresKey, null);
                    }

                    bool mustChange = MustChange;
                    Audit(_attemptEvent, !mustChange ? "ok" : IsDefault ? "ok (default, change required)" : "ok (change required)");
                    return mustChange ? PinCheckOutcome.AcceptedMustChange : PinCheckOutcome.Accepted;
                }

                _failures++;
                Save(_failuresKey, _failures.ToString());
                if (_failures >= MaxFailures)
                {
                    _lockedUntil = _clock.UtcNow.Ticks + (LockoutMs * TimeSpan.TicksPerMillisecond);
                    Save(_lockKey, _lockedUntil.ToString());
                    Audit(AuditEvent.PinLockout, "wrong " + _failures.ToString() + "/" + MaxFailures.ToString() + ", locked " + (LockoutMs / 60000).ToString() + " min");
                    return PinCheckOutcome.Locked;
                }

                Audit(_attemptEvent, "wrong " + _failures.ToString() + "/" + MaxFailures.ToString());
                return PinCheckOutcome.Wrong;
            }
            finally
            {
                Wipe(digits, count);
            }
        }

        /// <summary>True when <paramref name="digits"/>[0..count) is an acceptable new secret for this slot. Does not wipe.</summary>
        public bool IsAcceptable(byte[] digits, int count)
        {
            return IsAcceptable(digits, count, _minLength, _maxLength, _default);
        }

        /// <summary>
        /// True when <paramref name="digits"/>[0..count) is <paramref name="min"/>–<paramref name="max"/> ASCII digits
        /// and not <paramref name="defaultSecret"/> (null: no default). Does not wipe.
        /// </summary>
        public static bool IsAcceptable(byte[] digits, int count, int min, int max, string defaultSecret)
        {
            if (digits == null || count < min || count > max)
            {
                return false;
            }

            bool same = defaultSecret != null && count == defaultSecret.Length;
            for (int i = 0; i < count; i++)
            {
                if (digits[i] < (byte)'0' || digits[i] > (byte)'9')
                {
                    return false;
                }

                same = same && digits[i] == (byte)defaultSecret[i];
            }

            return !same;
        }

        /// <summary>Sets a new secret chosen by its owner (fresh salt); false (audited, nothing stored) when not acceptable. Wipes the digits.</summary>
        public bool Change(byte[] digits, int count)
        {
            return Store(digits, count, string.Empty, "changed");
        }

        /// <summary>Sets a secret for someone else (an initial password): it must be changed at its first use. Wipes the digits.</summary>
        public bool Assign(byte[] digits, int count)
        {
            return Store(digits, count, AssignedMark, "set (change required)");
        }

        /// <summary>Removes the secret, its failure count and its lock (the default, if any, is in force again); audited as <paramref name="why"/> (null: not audited).</summary>
        public void Reset(string why)
        {
            _failures = 0;
            _lockedUntil = 0;
            Save(_secretKey, null);
            Save(_failuresKey, null);
            Save(_lockKey, null);
            if (why != null)
            {
                Audit(_attemptEvent, why);
            }
        }

        /// <summary>Writes "prefix + text" to the audit trail as the slot owner's, of kind <paramref name="kind"/>.</summary>
        public void Audit(AuditEvent kind, string text)
        {
            _audit.Append(_clock.UtcNow.Ticks, _owner, kind, _auditPrefix + text);
        }

        private bool Store(byte[] digits, int count, string mark, string what)
        {
            try
            {
                if (!IsAcceptable(digits, count))
                {
                    Audit(_attemptEvent, "change refused");
                    return false;
                }

                byte[] salt = new byte[SaltLength];
                _random.NextBytes(salt);
                HashInto(salt, digits, count);
                Save(_secretKey, mark + Hex.Encode(salt) + ":" + Hex.Encode(_digest));
                Audit(_attemptEvent, what);
                return true;
            }
            finally
            {
                Wipe(digits, count);
            }
        }

        private bool Matches(byte[] digits, int count)
        {
            string stored = _journal.State.GetSetting(_secretKey);
            if (stored == null)
            {
                if (_default == null)
                {
                    return false;
                }

                bool same = count == _default.Length;
                for (int i = 0; i < _default.Length; i++)
                {
                    same &= i < count && digits[i] == (byte)_default[i];
                }

                return same;
            }

            int start = stored.IndexOf(AssignedMark) == 0 ? AssignedMark.Length : 0;
            int colon = stored.IndexOf(':');
            if (colon <= start)
            {
                return false;
            }

            byte[] salt = Hex.Decode(stored.Substring(start, colon - start));
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

        /// <summary>Zeroes <paramref name="digits"/>[0..count).</summary>
        public static void Wipe(byte[] digits, int count)
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
