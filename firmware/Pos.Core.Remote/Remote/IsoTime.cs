using System;
using Pos.Core.Protocol;

namespace Pos.Core.Remote
{
    /// <summary>UTC times as the payloads write them: ISO 8601 with seconds, <c>2026-12-03T10:00:00Z</c>.</summary>
    public static class IsoTime
    {
        /// <summary>The text of <paramref name="utc"/>.</summary>
        public static string Format(DateTime utc)
        {
            return Numeric.Format(utc.Year, 4) + "-" + Numeric.Format(utc.Month, 2) + "-" + Numeric.Format(utc.Day, 2) + "T"
                + Numeric.Format(utc.Hour, 2) + ":" + Numeric.Format(utc.Minute, 2) + ":" + Numeric.Format(utc.Second, 2) + "Z";
        }
    }
}
