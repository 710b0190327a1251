namespace Pos.Fleet.Commands
{
    /// <summary>
    /// The commands' <c>seq</c>: milliseconds since 1970, strictly increasing per terminal even when two commands leave
    /// in the same millisecond (or the clock steps back): the next is the later of now and the last one plus 1.
    /// </summary>
    public sealed class SeqClock
    {
        private readonly Dictionary<string, long> _last = new(StringComparer.Ordinal);

        /// <summary>Makes sure the next seq of <paramref name="tid"/> is above <paramref name="seq"/> (a command already sent, found in the history).</summary>
        public void Observe(string tid, long seq)
        {
            lock (_last)
            {
                if (!_last.TryGetValue(tid, out long last) || seq > last)
                {
                    _last[tid] = seq;
                }
            }
        }

        /// <summary>The next seq of <paramref name="tid"/> at <paramref name="nowMs"/>.</summary>
        public long Next(string tid, long nowMs)
        {
            lock (_last)
            {
                long next = _last.TryGetValue(tid, out long last) && last >= nowMs ? last + 1 : nowMs;
                _last[tid] = next;
                return next;
            }
        }
    }
}
