using Pos.Hal;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>A battery whose voltage the test sets.</summary>
    public sealed class FakePower : IPower
    {
        /// <summary>Millivolts returned.</summary>
        public int Millivolts { get; set; } = 3900;

        /// <inheritdoc />
        public bool IsExternalPower { get; set; }

        /// <inheritdoc />
        public int ReadBatteryMillivolts()
        {
            return Millivolts;
        }
    }
}
