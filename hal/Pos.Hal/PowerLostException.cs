using System;

namespace Pos.Hal
{
    /// <summary>
    /// Raised by a seam when the power is gone and the CPU would have stopped on the spot. On the device a power loss
    /// stops everything, so this is what a simulation throws to stop the core in the middle of whatever it was doing
    /// (the tests' <c>SimulatedStorage</c> power cut). It is the one exception the dispatcher's last-resort guard
    /// never catches: carrying on after it would be carrying on after a power cut.
    /// </summary>
    public class PowerLostException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public PowerLostException(string message)
            : base(message)
        {
        }
    }
}
