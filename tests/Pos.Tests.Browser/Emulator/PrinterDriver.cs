using Pos.Hal;
using Pos.Hal.Emulated;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// Puts lines on the emulator's roll straight through its <see cref="EmulatedPrinter"/>, as the terminal's print queue
    /// does, for tests of the printer's endpoints and panel that need paper without a sale.
    /// </summary>
    internal static class PrinterDriver
    {
        private static int _requestId = 90000; // far from the ids the terminal's port uses

        /// <summary><paramref name="count"/> raster lines for <paramref name="printer"/>, each with a different first byte.</summary>
        public static byte[] Lines(EmulatedPrinter printer, int count)
        {
            int width = printer.WidthDots / 8;
            var raster = new byte[count * width];
            for (int i = 0; i < count; i++)
            {
                raster[i * width] = (byte)(i + 1);
            }

            return raster;
        }

        /// <summary>Prints <paramref name="count"/> lines and cuts; the answers of both.</summary>
        public static async Task<(PrinterStatus, int)> SlipAsync(EmulatedPrinter printer, int count)
        {
            (PrinterStatus, int) printed = await RunAsync(printer, id => printer.PrintLines(id, Lines(printer, count), 0, count));
            await RunAsync(printer, printer.Cut);
            return printed;
        }

        /// <summary>
        /// Starts one request (again while the terminal's own request is out: the printer takes one at a time) and
        /// waits for its answer: the status and the lines that reached the paper.
        /// </summary>
        public static async Task<(PrinterStatus, int)> RunAsync(EmulatedPrinter printer, Action<int> start)
        {
            int id = Interlocked.Increment(ref _requestId);
            var done = new TaskCompletionSource<(PrinterStatus, int)>(TaskCreationOptions.RunContinuationsAsynchronously);
            PrinterCompletedHandler handler = (requestId, status, lines) =>
            {
                if (requestId == id)
                {
                    done.TrySetResult((status, lines));
                }
            };
            printer.Completed += handler;
            try
            {
                for (int tries = 0; ; tries++)
                {
                    try
                    {
                        start(id);
                        break;
                    }
                    catch (InvalidOperationException) when (tries < 200)
                    {
                        await Task.Delay(10);
                    }
                }

                return await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
            finally
            {
                printer.Completed -= handler;
            }
        }
    }
}
