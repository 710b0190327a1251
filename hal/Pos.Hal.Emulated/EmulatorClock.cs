using System.Diagnostics;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// The emulator's <see cref="IClock"/>: simulated time the page controls. Uptime = offset + rate × real time elapsed
    /// since the last change (frozen while paused); <see cref="Advance"/> jumps it forward. The wall clock moves with
    /// the uptime, so a fast-forward also ages the daily sign-in. A wall fault (<see cref="Wall"/>) makes the
    /// real-time clock read unset or wrong and sticks until cleared: the host's time in a sign-in reply does not fix it.
    /// Thread-safe (the page's thread sets, the terminal's thread reads).
    /// </summary>
    public sealed class EmulatorClock : IClock
    {
        /// <summary>How far back the "wrong" wall fault sets the clock.</summary>
        public static readonly TimeSpan WrongBy = TimeSpan.FromDays(30);

        private readonly object _gate = new();
        private readonly Stopwatch _real = Stopwatch.StartNew();
        private long _anchorRealMs;
        private long _anchorUptimeMs;
        private int _rate = 1;
        private bool _paused;
        private DateTime _wallAtZero = DateTime.UtcNow;
        private WallClockFault _wallFault;

        /// <inheritdoc />
        public long UptimeMs
        {
            get
            {
                lock (_gate)
                {
                    return Now();
                }
            }
        }

        /// <inheritdoc />
        public DateTime UtcNow
        {
            get
            {
                lock (_gate)
                {
                    DateTime right = _wallAtZero.AddMilliseconds(Now());
                    return _wallFault switch
                    {
                        WallClockFault.Unset => DateTime.UnixEpoch.AddMilliseconds(Now()),
                        WallClockFault.Wrong => right - WrongBy,
                        _ => right,
                    };
                }
            }
        }

        /// <summary>Simulated milliseconds per real millisecond (1 = real time).</summary>
        public int Rate
        {
            get
            {
                lock (_gate)
                {
                    return _rate;
                }
            }
        }

        /// <summary>True while time is frozen.</summary>
        public bool Paused
        {
            get
            {
                lock (_gate)
                {
                    return _paused;
                }
            }
        }

        /// <summary>The wall clock's fault.</summary>
        public WallClockFault Wall
        {
            get
            {
                lock (_gate)
                {
                    return _wallFault;
                }
            }

            set
            {
                lock (_gate)
                {
                    _wallFault = value;
                }
            }
        }

        /// <inheritdoc />
        public void SetUtc(DateTime utc)
        {
            lock (_gate)
            {
                if (_wallFault == WallClockFault.None)
                {
                    _wallAtZero = utc.AddMilliseconds(-Now());
                }
            }
        }

        /// <summary>Freezes (true) or resumes time.</summary>
        public void SetPaused(bool paused) => Change(() => _paused = paused);

        /// <summary>Runs at <paramref name="rate"/> × real time (and resumes).</summary>
        public void SetRate(int rate)
        {
            if (rate < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(rate));
            }

            Change(() =>
            {
                _rate = rate;
                _paused = false;
            });
        }

        /// <summary>Moves time forward at once (the caller fires the timers that fall due on the way, in order).</summary>
        public void Advance(long ms)
        {
            if (ms < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ms));
            }

            Change(() => _anchorUptimeMs += ms);
        }

        /// <summary>Real milliseconds until <paramref name="simulatedMs"/> of simulated time passed (-1 while paused).</summary>
        public long RealMsFor(long simulatedMs)
        {
            lock (_gate)
            {
                return _paused ? -1 : (simulatedMs + _rate - 1) / _rate;
            }
        }

        // Re-anchors at the current time so a change of rate or pause never moves the time already passed.
        private void Change(Action change)
        {
            lock (_gate)
            {
                _anchorUptimeMs = Now();
                _anchorRealMs = _real.ElapsedMilliseconds;
                change();
            }
        }

        private long Now() => _paused ? _anchorUptimeMs : _anchorUptimeMs + (_rate * (_real.ElapsedMilliseconds - _anchorRealMs));
    }
}
