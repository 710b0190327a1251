namespace Pos.Core.Audit
{
    /// <summary>
    /// Reads the audit trail forward from an entry, one entry at a time, straight from the flash (see
    /// <see cref="AuditTrail.Read"/>): entries that fail their CRC are skipped, so it returns exactly the entries
    /// <see cref="AuditTrail.Count"/> counts. Valid until the trail's next append.
    /// </summary>
    public sealed class AuditCursor
    {
        private readonly AuditTrail _trail;
        private readonly AuditSegmentReader _reader;
        private int _segment;
        private int _skip;
        private bool _inSegment;

        internal AuditCursor(AuditTrail trail, int position, int bufferSize)
        {
            _trail = trail;
            _reader = new AuditSegmentReader(trail.Storage, bufferSize);
            int skip = position < 0 ? 0 : position;
            int segment = 0;
            while (segment < trail.SegmentCount && skip >= trail.SegmentEntries(segment))
            {
                skip -= trail.SegmentEntries(segment);
                segment++;
            }

            _segment = segment;
            _skip = skip;
        }

        /// <summary>Fills <paramref name="entry"/> with the next entry; false after the newest.</summary>
        public bool Next(AuditEntry entry)
        {
            while (_segment < _trail.SegmentCount)
            {
                if (!_inSegment)
                {
                    if (!_reader.Start(_trail.SegmentName(_segment), _trail.SegmentLength(_segment), _trail.SegmentNumber(_segment)))
                    {
                        _segment++;
                        continue;
                    }

                    _inSegment = true;
                }

                AuditFrameRead read = _reader.Next();
                if (read == AuditFrameRead.Frame)
                {
                    if (_skip > 0)
                    {
                        _skip--;
                        continue;
                    }

                    byte[] b = _reader.Buffer;
                    int at = _reader.FrameOffset;
                    entry.Set(AuditFrame.SequenceOf(b, at), AuditFrame.TicksOf(b, at), b[at + AuditFrame.OperatorOffset],
                        (AuditEvent)b[at + AuditFrame.EventOffset], AuditFrame.TextOf(b, at, _reader.FrameLength));
                    return true;
                }

                if (read != AuditFrameRead.Damaged)
                {
                    _segment++;
                    _inSegment = false;
                }
            }

            return false;
        }
    }
}
