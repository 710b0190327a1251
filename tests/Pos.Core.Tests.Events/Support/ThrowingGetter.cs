using System;

namespace Pos.Core.Tests.Support
{
    /// <summary>A value whose getter throws (a seam read that fails).</summary>
    public sealed class ThrowingGetter
    {
        /// <summary>Throws.</summary>
        public long Ticks
        {
            get { throw new InvalidOperationException("RTC"); }
        }
    }
}
