using System;
using System.Collections;
using Pos.Core.Events;
using Pos.Core.Link;
using Pos.Core.Simulation;

namespace Pos.Core.Tests.Link
{
    /// <summary>
    /// A link monitor wired as in the app (queue, timers, dispatcher) over a simulated clock and a fake host, with an
    /// event-driven runner: time jumps straight to the next timer or probe outcome, so minutes cost microseconds.
    /// Records every WentOnline / WentOffline with its time.
    /// </summary>
    public sealed class LinkRig : IEventHandler
    {
        /// <summary>Builds a rig with the default settings; the monitor is not started.</summary>
        public LinkRig()
            : this(new LinkSettings())
        {
        }

        /// <summary>Builds a rig with the given settings; the monitor is not started.</summary>
        public LinkRig(LinkSettings settings)
        {
            Clock = new SimulatedClock(new DateTime(2026, 1, 1));
            Queue = new EventQueue(64);
            Timers = new TimerService(Clock, Queue, 8);
            Dispatcher = new Dispatcher(Queue, Timers, 1000);
            Probe = new FakeProbe(Clock);
            Probe.ConnectTimeoutMs = settings.ProbeTimeoutMs;
            Probe.ReplyTimeoutMs = settings.ProbeReplyTimeoutMs;
            Log = new MemoryLog();
            Monitor = new LinkMonitor(settings, Clock, Timers, Queue, Probe, Log);
            Monitor.SubscribeTo(Dispatcher);
            Dispatcher.Subscribe(Signal.WentOnline, this);
            Dispatcher.Subscribe(Signal.WentOffline, this);
            LastOnlineMs = -1;
            LastOfflineMs = -1;
        }

        /// <summary>The simulated clock.</summary>
        public SimulatedClock Clock { get; }

        /// <summary>The app queue.</summary>
        public EventQueue Queue { get; }

        /// <summary>The timers.</summary>
        public TimerService Timers { get; }

        /// <summary>The dispatcher.</summary>
        public Dispatcher Dispatcher { get; }

        /// <summary>The fake host behind the probe.</summary>
        public FakeProbe Probe { get; }

        /// <summary>The log.</summary>
        public MemoryLog Log { get; }

        /// <summary>The monitor under test.</summary>
        public LinkMonitor Monitor { get; }

        /// <summary>Visible changes as "On@ms(reason)" / "Off@ms(reason)".</summary>
        public ArrayList Changes { get; } = new ArrayList();

        /// <summary>Times of the visible changes, in order (long).</summary>
        public ArrayList ChangeTimes { get; } = new ArrayList();

        /// <summary>Time of the last WentOnline, or -1.</summary>
        public long LastOnlineMs { get; private set; }

        /// <summary>Time of the last WentOffline, or -1.</summary>
        public long LastOfflineMs { get; private set; }

        /// <summary>Reason of the last visible change.</summary>
        public int LastVisibleReason { get; private set; }

        /// <summary>Simulated now.</summary>
        public long Now => Clock.UptimeMs;

        /// <inheritdoc />
        public void Handle(Event e)
        {
            bool online = e.Signal == Signal.WentOnline;
            Changes.Add((online ? "On@" : "Off@") + Now.ToString() + "(" + LinkReason.Name(e.Param) + ")");
            ChangeTimes.Add(Now);
            LastVisibleReason = e.Param;
            if (online)
            {
                LastOnlineMs = Now;
            }
            else
            {
                LastOfflineMs = Now;
            }
        }

        /// <summary>Starts the monitor with the link up and handles what follows at this instant.</summary>
        public void StartLinkUp()
        {
            Monitor.Start(true);
            Drain();
        }

        /// <summary>Starts, then runs until the monitor is online (host reachable).</summary>
        public void StartOnline()
        {
            StartLinkUp();
            RunFor(10000);
            if (!Monitor.IsOnline)
            {
                throw new InvalidOperationException("rig did not get online");
            }
        }

        /// <summary>Posts an event and handles it now.</summary>
        public void Post(Signal signal, int param)
        {
            Queue.Post(new Event(signal, param, null));
            Drain();
        }

        /// <summary>Handles everything due now.</summary>
        public void Drain()
        {
            int guard = 0;
            while (Dispatcher.Step() > 0)
            {
                if (++guard > 10000)
                {
                    throw new InvalidOperationException("rig does not settle");
                }
            }
        }

        /// <summary>Runs the simulation for <paramref name="ms"/> milliseconds.</summary>
        public void RunFor(long ms)
        {
            RunUntil(Now + ms, false);
        }

        /// <summary>Runs until the next probe starts (returns true) or <paramref name="maxMs"/> passes.</summary>
        public bool RunUntilProbeStarts(long maxMs)
        {
            return RunUntil(Now + maxMs, true);
        }

        private bool RunUntil(long end, bool stopAtProbeStart)
        {
            int startedBefore = Probe.Started;
            Drain();
            while (true)
            {
                if (stopAtProbeStart && Probe.Started != startedBefore)
                {
                    return true;
                }

                long next = end;
                long timer = Timers.NextDueInMs();
                if (timer >= 0 && Now + timer < next)
                {
                    next = Now + timer;
                }

                long outcome = Probe.NextDueMs();
                if (outcome >= 0 && outcome < next)
                {
                    next = outcome;
                }

                if (next < Now)
                {
                    next = Now;
                }

                Clock.Advance(next - Now);
                Probe.DeliverDue(Queue);
                Drain();
                if (Now >= end)
                {
                    return stopAtProbeStart && Probe.Started != startedBefore;
                }
            }
        }
    }
}
