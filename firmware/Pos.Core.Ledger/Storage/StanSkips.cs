namespace Pos.Core.Storage
{
    /// <summary>
    /// How far the STAN count goes on so that no STAN is handed out twice whatever the flash lost (docs/STORAGE.md
    /// "STAN reservation"): at boot past the reservation by a block, after a detected loss or a salvage by
    /// <see cref="JournalOptions.StanSkipAfterLoss"/>; never past the batch's last STAN (the batch is then exhausted:
    /// settle).
    /// </summary>
    internal static class StanSkips
    {
        /// <summary>The count a boot goes on from; <paramref name="loss"/> when recovery cut a tail.</summary>
        public static uint AtBoot(JournalState s, JournalOptions options, bool loss)
        {
            uint n = s.StanCount;
            uint reserved = s.StanReservedCount;
            uint skip = loss ? (uint)options.StanSkipAfterLoss : reserved > 0 ? (uint)options.StanReserveBlock : 0;
            return Past(s, reserved > n ? reserved : n, skip);
        }

        /// <summary>The count a salvage goes on from: past every count and reservation of the state and of the records it
        /// gives up (take the batch of those first, <see cref="JournalState.SkipBatch"/>).</summary>
        public static uint AfterSalvage(JournalState s, JournalOptions options, LostCounters lost)
        {
            uint floor = s.StanCount;
            floor = s.StanReservedCount > floor ? s.StanReservedCount : floor;
            floor = lost.StanCount > floor ? lost.StanCount : floor;
            floor = lost.Reserved > floor ? lost.Reserved : floor;
            return Past(s, floor, (uint)options.StanSkipAfterLoss);
        }

        // Past the floor by the skip, but never past the batch's last STAN.
        private static uint Past(JournalState s, uint floor, uint skip)
        {
            uint limit = s.BatchStartCount + JournalState.MaxCounter;
            uint target = floor + skip;
            return target > limit || target < floor ? limit : target;
        }
    }
}
