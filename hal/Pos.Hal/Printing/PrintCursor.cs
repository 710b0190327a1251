using System;

namespace Pos.Hal.Printing
{
    /// <summary>
    /// The line cursor of one print job: which raster lines are on paper and which band goes next. The caller renders
    /// lines [<see cref="Next"/>, <see cref="Next"/> + <see cref="BandLines"/>) and hands them to
    /// <see cref="IPrinter.PrintLines"/>; the completion says how many of them reached the paper, and
    /// <see cref="Advance"/> moves the cursor by exactly that. A band cut short by paper-out leaves the cursor on the
    /// first line not printed, so the job resumes there once the printer is ready again: nothing twice, nothing lost.
    /// </summary>
    public sealed class PrintCursor
    {
        private readonly int _bandLines;

        /// <summary>A job of <paramref name="totalLines"/> raster lines sent <paramref name="bandLines"/> at a time.</summary>
        public PrintCursor(int totalLines, int bandLines)
        {
            if (totalLines < 0)
            {
                throw new ArgumentOutOfRangeException("totalLines");
            }

            if (bandLines < 1)
            {
                throw new ArgumentOutOfRangeException("bandLines");
            }

            TotalLines = totalLines;
            _bandLines = bandLines;
        }

        /// <summary>Raster lines in the job.</summary>
        public int TotalLines { get; private set; }

        /// <summary>The first line not yet on paper.</summary>
        public int Next { get; private set; }

        /// <summary>True once every line is on paper.</summary>
        public bool IsDone
        {
            get { return Next >= TotalLines; }
        }

        /// <summary>Lines in the next band (0 when done).</summary>
        public int BandLines
        {
            get
            {
                int left = TotalLines - Next;
                return left < _bandLines ? left : _bandLines;
            }
        }

        /// <summary>Takes the completion of the band that started at <see cref="Next"/>: <paramref name="printed"/> of
        /// its lines reached the paper.</summary>
        /// <exception cref="ArgumentOutOfRangeException">More lines than the band held, or fewer than none.</exception>
        public void Advance(int printed)
        {
            if (printed < 0 || printed > BandLines)
            {
                throw new ArgumentOutOfRangeException("printed");
            }

            Next += printed;
        }
    }
}
