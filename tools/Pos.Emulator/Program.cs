using Pos.Core.App;
using Pos.Hal;
using Pos.Hal.Simulation;

namespace Pos.Emulator
{
    /// <summary>
    /// Console demo of the firmware core: feeds a few key presses and a link change through the event queue,
    /// lets a timer expire on simulated time, and prints the ordered trace of what the dispatcher handled.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var clock = new SimulatedClock(new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc));
            var queue = new EventQueue(32);
            var timers = new TimerService(clock, queue, 8);
            var dispatcher = new Dispatcher(queue, timers, 64);
            dispatcher.Dispatched += e => Console.WriteLine($"{clock.UptimeMs,6} ms  {e.Describe()}");

            Console.WriteLine("Pos.Core demo: keys 1 2 3 ENTER, the link drops, a 10 s idle timer expires.");
            queue.Post(new Event(Signal.Boot));
            foreach (Key key in new[] { Key.Digit1, Key.Digit2, Key.Digit3, Key.Enter })
            {
                queue.Post(new Event(Signal.KeyPressed, (int)key, null));
                dispatcher.Step();
                clock.Advance(250);
            }

            timers.Arm(1, 10_000);
            queue.Post(new Event(Signal.LinkChanged, 0, null));
            while (timers.NextDueInMs() > 0)
            {
                dispatcher.Step();
                clock.Advance(timers.NextDueInMs());
            }

            dispatcher.Step();
            Console.WriteLine($"handled {dispatcher.HandledCount} events, queue high water {queue.HighWater}, dropped {queue.Dropped}");
            return 0;
        }
    }
}
