namespace Pos.Fleet.Load
{
    /// <summary>A process' memory at one moment: its working set and its managed heap, bytes.</summary>
    public readonly record struct MemoryFigures(long WorkingSet, long Managed)
    {
        /// <summary>"95.1 MB (heap 12.0 MB)".</summary>
        public override string ToString() => Mb(WorkingSet) + " (heap " + Mb(Managed) + ")";

        /// <summary>Bytes as megabytes with one decimal.</summary>
        public static string Mb(long bytes) => (bytes / 1048576.0).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + " MB";
    }
}
