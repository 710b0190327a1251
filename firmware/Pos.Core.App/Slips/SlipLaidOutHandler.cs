using Pos.Core.Receipts;

namespace Pos.Core.Slips
{
    /// <summary>A copy of <paramref name="job"/> was laid out and starts printing (the emulator keeps its text for the page and tests).</summary>
    public delegate void SlipLaidOutHandler(SlipJob job, SlipLayout layout);
}
