using System;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="ISerialLog"/> on the debug link: <c>Console.WriteLine</c> (CoreLibrary's System.Console), which
    /// nanoFramework sends to the Visual Studio Output window / the debugger's serial port. Callers pass finished,
    /// scrubbed lines (no keys, no PINs, PANs masked).
    /// </summary>
    public sealed class Esp32SerialLog : ISerialLog
    {
        /// <inheritdoc />
        public void WriteLine(string line)
        {
            Console.WriteLine(line);
        }
    }
}
