namespace Pos.Core.Storage
{
    /// <summary>Receives each valid record during recovery, in order.</summary>
    public interface IRecordSink
    {
        /// <summary>
        /// Applies a record whose payload is <paramref name="buffer"/>[<paramref name="offset"/>..+<paramref name="count"/>]
        /// and starts at <paramref name="filePosition"/> in the file. Returns false, changing nothing, when the payload
        /// makes no sense (the record is then treated as corrupt).
        /// </summary>
        bool Apply(byte type, byte[] buffer, int offset, int count, long filePosition);
    }
}
