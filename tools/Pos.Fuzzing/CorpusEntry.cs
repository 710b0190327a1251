using Pos.Core.Protocol;

namespace Pos.Fuzzing
{
    /// <summary>One valid frame of the seed corpus, the request it answers (for replies) and where its length prefixes are.</summary>
    public sealed class CorpusEntry
    {
        public CorpusEntry(string name, byte[] frame, IsoMessage? request, int[] prefixOffsets, int[] prefixSizes)
        {
            Name = name;
            Frame = frame;
            Request = request;
            PrefixOffsets = prefixOffsets;
            PrefixSizes = prefixSizes;
        }

        /// <summary>What the frame is, e.g. "0210 purchase approved".</summary>
        public string Name { get; }

        /// <summary>The packed frame, length prefix included.</summary>
        public byte[] Frame { get; }

        /// <summary>For a reply: the request it answers, so the typed reader can run; null for requests.</summary>
        public IsoMessage? Request { get; }

        /// <summary>Offsets of the variable fields' length prefixes.</summary>
        public int[] PrefixOffsets { get; }

        /// <summary>Bytes of each prefix (1 for LL, 2 for LLL).</summary>
        public int[] PrefixSizes { get; }
    }
}
