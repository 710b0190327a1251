using System;
using System.Threading;
using Pos.Core.App;
using Pos.Hal.Esp32;

namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// Entry point on the ESP32: builds the clock, the event queue, the timers and the dispatcher, posts
    /// <see cref="Signal.Boot"/> and runs the main loop. The loop sleeps until an event is posted (from any thread) or
    /// the next timer is due, so the CPU idles between events. The terminal's parts are wired in here later.
    /// </summary>
    public static class Program
    {
        private const int QueueCapacity = 32;
        private const int TimerSlots = 16;
        private const int MaxEventsPerStep = 16;

        /// <summary>Runs the firmware; never returns.</summary>
        public static void Main()
        {
            Console.WriteLine("POS firmware " + FirmwareVersion.Text + ", board " + BoardProfile.Name);

            Esp32Clock clock = new Esp32Clock();
            EventQueue queue = new EventQueue(QueueCapacity);
            TimerService timers = new TimerService(clock, queue, TimerSlots);
            Dispatcher dispatcher = new Dispatcher(queue, timers, MaxEventsPerStep);

            // Set by every post, whichever thread posts; an AutoResetEvent remembers a post that lands between the
            // step and the wait, so no wake-up is lost.
            AutoResetEvent wake = new AutoResetEvent(false);
            queue.Posted += () => wake.Set();

            queue.Post(new Event(Signal.Boot));

            while (true)
            {
                dispatcher.Step();

                // nanoFramework 1.x has WaitOne() and WaitOne(int, bool) only.
                wake.WaitOne(WaitMs(queue, timers), false);
            }
        }

        /// <summary>How long the loop may sleep: not at all with events left over, until the next timer, or forever.</summary>
        private static int WaitMs(EventQueue queue, TimerService timers)
        {
            if (queue.Count > 0)
            {
                return 0;
            }

            long due = timers.NextDueInMs();
            if (due < 0)
            {
                return Timeout.Infinite;
            }

            return due > int.MaxValue ? int.MaxValue : (int)due;
        }
    }
}
