using System;
using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// Thrown by <see cref="SimulatedStorage"/> at a simulated power cut and by every operation after it until
    /// <see cref="SimulatedStorage.Reboot"/>. Deliberately not a <see cref="StorageException"/>: firmware code must
    /// not catch and carry on after a power cut; only the crash-test harness catches it. A
    /// <see cref="PowerLostException"/>, so the dispatcher's last-resort guard lets it through as well.
    /// </summary>
    public class PowerCutException : PowerLostException
    {
        /// <summary>Creates the exception.</summary>
        public PowerCutException(string message)
            : base(message)
        {
        }
    }
}
