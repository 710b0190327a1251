using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Staff;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// The technician PIN: a <see cref="SecretGuard"/> over the journal settings "tech.pin" ("salt:hash"), "tech.fails"
    /// and "tech.lock"; a fresh device has none and accepts <see cref="DefaultPin"/> once, which must then be changed.
    /// <see cref="MaxFailures"/> wrong PINs in a row lock entry for <see cref="LockoutMs"/> on the wall clock, across
    /// reboots. Every attempt and its result goes to the audit trail as the technician's
    /// (<see cref="AuditEvent.TechnicianPin"/>, a lockout and an entry refused while locked
    /// <see cref="AuditEvent.PinLockout"/>; never the PIN). PIN digits arrive as ASCII bytes and
    /// are wiped before return.
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
        public const int MaxFailures = SecretGuard.MaxFailures;

        /// <summary>How long a lockout lasts.</summary>
        public const long LockoutMs = SecretGuard.LockoutMs;

        /// <summary>Salt length in bytes.</summary>
        public const int SaltLength = SecretGuard.SaltLength;

        private readonly SecretGuard _guard;

        /// <summary>
        /// Creates the PIN guard over the journal (PIN, counters) and the audit trail (attempts); <paramref name="random"/>
        /// makes the salts (seed it from the hardware RNG on the device).
        /// </summary>
        public TechnicianPin(Journal journal, AuditTrail audit, IClock clock, SeededRandom random)
        {
            // The entry's kind names the technician PIN: no text prefix.
            _guard = new SecretGuard(journal, audit, Operators.Technician, AuditEvent.TechnicianPin, clock, random, DiagnosticsSettingsKeys.TechnicianPin,
                DiagnosticsSettingsKeys.TechnicianFailures, DiagnosticsSettingsKeys.TechnicianLockedUntil, DefaultPin, MinLength, MaxLength, string.Empty);
        }

        /// <summary>True while no PIN has been set (the default PIN is in force).</summary>
        public bool IsDefault => _guard.IsDefault;

        /// <summary>Wrong PINs in a row so far.</summary>
        public int Failures => _guard.Failures;

        /// <summary>Tries left before a lockout.</summary>
        public int TriesLeft => _guard.TriesLeft;

        /// <summary>Milliseconds of lockout left (0 when not locked).</summary>
        public long LockRemainingMs()
        {
            return _guard.LockRemainingMs();
        }

        /// <summary>True while locked.</summary>
        public bool IsLocked => _guard.IsLocked;

        /// <summary>
        /// Called when the technician sequence is typed: false (and an audit entry "refused: locked") while locked, so
        /// the menu shows the lockout instead of the PIN prompt.
        /// </summary>
        public bool CheckEntry()
        {
            return _guard.CheckEntry();
        }

        /// <summary>Checks a PIN attempt; <paramref name="digits"/>[0..count) are wiped before return.</summary>
        public PinCheckOutcome Verify(byte[] digits, int count)
        {
            return _guard.Verify(digits, count);
        }

        /// <summary>
        /// True when <paramref name="digits"/>[0..count) is an acceptable new PIN: 6–8 ASCII digits and not the default.
        /// Does not wipe.
        /// </summary>
        public static bool IsAcceptable(byte[] digits, int count)
        {
            return SecretGuard.IsAcceptable(digits, count, MinLength, MaxLength, DefaultPin);
        }

        /// <summary>Sets a new PIN (fresh salt); false (audited, nothing stored) when not acceptable. Wipes the digits.</summary>
        public bool Change(byte[] digits, int count)
        {
            return _guard.Change(digits, count);
        }
    }
}
