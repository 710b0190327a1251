using System.Collections.Concurrent;

namespace Pos.Fleet.Load
{
    /// <summary>What every simulated terminal published and what went wrong on the way (publishes without PUBACK, dropped connections); thread-safe.</summary>
    public sealed class SentLog
    {
        private const int KeptProblems = 20;

        private readonly ConcurrentQueue<SentMessage> _sent = new();
        private readonly ConcurrentQueue<string> _problems = new();
        private int _problemCount;

        /// <summary>Every message published so far, acknowledged or not.</summary>
        public IReadOnlyList<SentMessage> Messages => _sent.ToArray();

        /// <summary>How many problems were recorded.</summary>
        public int ProblemCount => Volatile.Read(ref _problemCount);

        /// <summary>The first problems, as text.</summary>
        public IReadOnlyList<string> FirstProblems => _problems.ToArray();

        /// <summary>Records a published message.</summary>
        public void Add(SentMessage message) => _sent.Enqueue(message);

        /// <summary>Records a problem (the first <see cref="KeptProblems"/> are kept as text).</summary>
        public void Problem(string text)
        {
            if (Interlocked.Increment(ref _problemCount) <= KeptProblems)
            {
                _problems.Enqueue(text);
            }
        }
    }
}
