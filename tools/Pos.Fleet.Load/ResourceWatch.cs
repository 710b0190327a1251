using Pos.Fleet.Ingest;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// Reads the console's <c>/api/metrics</c> every <see cref="Interval"/> while the measured phase runs and keeps the
    /// peaks: working set, managed heap, the ingest's backlog.
    /// </summary>
    public sealed class ResourceWatch : IAsyncDisposable
    {
        /// <summary>How often it reads.</summary>
        public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

        private readonly ConsoleClient _console;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peakWorkingSet;
        private long _peakManaged;
        private long _peakBacklog;

        /// <summary>Starts reading <paramref name="console"/>.</summary>
        public ResourceWatch(ConsoleClient console)
        {
            _console = console;
            _loop = Task.Run(LoopAsync);
        }

        /// <summary>The peaks seen so far.</summary>
        public MemoryFigures PeakMemory => new(Interlocked.Read(ref _peakWorkingSet), Interlocked.Read(ref _peakManaged));

        /// <summary>The longest ingest backlog seen (messages received and not yet stored).</summary>
        public long PeakBacklog => Interlocked.Read(ref _peakBacklog);

        /// <summary>Takes one reading into the peaks (also called for the first and the last reading of a phase).</summary>
        public void Add(MetricsSnapshot m)
        {
            Max(ref _peakWorkingSet, m.WorkingSetBytes);
            Max(ref _peakManaged, m.ManagedBytes);
            Max(ref _peakBacklog, m.Backlog);
        }

        /// <summary>Stops reading.</summary>
        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _loop.ConfigureAwait(false);
            _stop.Dispose();
        }

        private static void Max(ref long peak, long value)
        {
            long seen;
            while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
            {
            }
        }

        private async Task LoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    Add(await _console.MetricsAsync().ConfigureAwait(false));
                    await Task.Delay(Interval, _stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                {
                    // A missed reading only thins the samples; the phase's own readings still count.
                }
            }
        }
    }
}
