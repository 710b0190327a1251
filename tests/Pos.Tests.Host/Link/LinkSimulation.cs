using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Link;
using Pos.Core.Simulation;

namespace Pos.Tests.Host.Link;

/// <summary>
/// One randomized run of the link monitor against a simulated world: the host goes up and down on a random
/// schedule (blips, medium and long outages), the link drops now and then, probes answer with random latency
/// (or their connect hangs to its timeout), and the app sends exchanges while it believes it is online. Time is simulated and event-driven.
/// Records the world's windows and the monitor's visible changes for the property checks.
/// </summary>
public sealed class LinkSimulation : IEventHandler, IReachabilityProbe
{
    private readonly SeededRandom _random;
    private readonly SimulatedClock _clock = new(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    private readonly EventQueue _queue = new(256);
    private readonly TimerService _timers;
    private readonly Dispatcher _dispatcher;
    private readonly PriorityQueue<Action, (long, long)> _world = new();
    private long _sequence;
    private bool _hostUp = true;
    private bool _linkUp = true;

    /// <summary>Creates a run; nothing happens until <see cref="Run"/>.</summary>
    public LinkSimulation(long seed, LinkSettings settings, Pos.Hal.ISerialLog? log = null)
    {
        _random = new SeededRandom(seed);
        Settings = settings;
        _timers = new TimerService(_clock, _queue, 8);
        _dispatcher = new Dispatcher(_queue, _timers, 10000);
        Monitor = new LinkMonitor(settings, _clock, _timers, _queue, this, log ?? new NullLog());
        Monitor.SubscribeTo(_dispatcher);
        _dispatcher.Subscribe(Signal.WentOnline, this);
        _dispatcher.Subscribe(Signal.WentOffline, this);
    }

    /// <summary>The settings of the run.</summary>
    public LinkSettings Settings { get; }

    /// <summary>The monitor under test.</summary>
    public LinkMonitor Monitor { get; }

    /// <summary>Visible changes: time, online, reason.</summary>
    public List<(long At, bool Online, int Reason)> Changes { get; } = new();

    /// <summary>Times at which "link up and host up" changed, with the new value; starts with (0, true).</summary>
    public List<(long At, bool Reachable)> World { get; } = new() { (0, true) };

    /// <summary>Failure evidence: failed exchange reports, and starts of probes bound to fail.</summary>
    public List<long> FailureEvidence { get; } = new();

    /// <summary>Link-down instants at which the monitor was not offline right after handling the event.</summary>
    public List<long> LinkDownViolations { get; } = new();

    /// <summary>Simulated end of the run.</summary>
    public long EndMs { get; private set; }

    private bool Reachable => _hostUp && _linkUp;

    /// <summary>Runs the world for <paramref name="durationMs"/>.</summary>
    public void Run(long durationMs)
    {
        EndMs = durationMs;
        ScheduleHost(0);
        ScheduleLink(0);
        ScheduleExchange(0);
        Monitor.Start(true);
        Drain();
        while (true)
        {
            long next = EndMs;
            long timer = _timers.NextDueInMs();
            if (timer >= 0)
            {
                next = Math.Min(next, _clock.UptimeMs + timer);
            }

            if (_world.TryPeek(out _, out (long At, long Seq) head))
            {
                next = Math.Min(next, head.At);
            }

            _clock.Advance(Math.Max(0, next - _clock.UptimeMs));
            while (_world.TryPeek(out _, out (long At, long Seq) due) && due.At <= _clock.UptimeMs)
            {
                _world.Dequeue()();
                Drain();
            }

            Drain();
            if (_clock.UptimeMs >= EndMs)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public void Handle(Event e)
    {
        Changes.Add((_clock.UptimeMs, e.Signal == Signal.WentOnline, e.Param));
    }

    /// <inheritdoc />
    public void StartProbe(int probeId)
    {
        long now = _clock.UptimeMs;
        if (Reachable)
        {
            // Any latency the monitor accepts, often the slowest.
            long latency = _random.Next(4) == 0 ? Settings.ProbeTimeoutMs - 1 : _random.Next(1, (int)Settings.ProbeTimeoutMs);
            At(now + latency, () => _queue.Post(new Event(Signal.ProbeSucceeded, probeId, null)));
            return;
        }

        FailureEvidence.Add(now);

        // Refused soon, or the connect hangs until the probe's connect timeout (the seam reports it, as HostChannel's does).
        long failAfter = _random.Next(2) == 0 ? _random.Next(1, 1000) : Settings.ProbeTimeoutMs;
        At(now + failAfter, () => _queue.Post(new Event(Signal.ProbeFailed, probeId, null)));
    }

    private void ScheduleHost(long from)
    {
        // Blips, medium and long windows, so every phase of the monitor meets every kind of change.
        int kind = _random.Next(10);
        long length = kind < 4 ? _random.Next(100, 3000) : kind < 8 ? _random.Next(3000, 20000) : _random.Next(20000, 300000);
        At(from + length, () =>
        {
            _hostUp = !_hostUp;
            NoteWorld();
            ScheduleHost(_clock.UptimeMs);
        });
    }

    private void ScheduleLink(long from)
    {
        long gap = _linkUp ? _random.Next(30000, 600000) : (_random.Next(3) == 0 ? _random.Next(100, 2000) : _random.Next(2000, 60000));
        At(from + gap, () =>
        {
            _linkUp = !_linkUp;
            NoteWorld();
            _queue.Post(new Event(Signal.LinkChanged, _linkUp ? 1 : 0, null));
            Drain();
            if (!_linkUp && Monitor.IsOnline)
            {
                LinkDownViolations.Add(_clock.UptimeMs);
            }

            ScheduleLink(_clock.UptimeMs);
        });
    }

    private void ScheduleExchange(long from)
    {
        At(from + _random.Next(200, 20000), () =>
        {
            if (Monitor.IsOnline)
            {
                // The outcome is fixed when the exchange starts; it is reported after a network delay.
                bool ok = Reachable;
                long start = _clock.UptimeMs;
                At(start + _random.Next(0, 2000), () =>
                {
                    if (!ok)
                    {
                        FailureEvidence.Add(_clock.UptimeMs);
                    }

                    _queue.Post(new Event(ok ? Signal.ExchangeReplied : Signal.ExchangeFailed, 0, null));
                });
            }

            ScheduleExchange(_clock.UptimeMs);
        });
    }

    private void NoteWorld()
    {
        bool reachable = Reachable;
        if (World[^1].Reachable != reachable)
        {
            World.Add((_clock.UptimeMs, reachable));
        }
    }

    private void At(long when, Action action)
    {
        _world.Enqueue(action, (when, _sequence++));
    }

    private void Drain()
    {
        while (_dispatcher.Step() > 0)
        {
        }
    }
}
