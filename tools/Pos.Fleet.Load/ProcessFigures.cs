using System.Diagnostics;
using System.Globalization;

namespace Pos.Fleet.Load
{
    /// <summary>What the machine says of a process and of itself: CPU time and resident memory of a process id, the load average.</summary>
    public static class ProcessFigures
    {
        /// <summary>The CPU time (user and system) process <paramref name="pid"/> used so far, or null when there is no such process.</summary>
        public static TimeSpan? Cpu(int? pid) => Read(pid, p => p.TotalProcessorTime);

        /// <summary>Process <paramref name="pid"/>'s resident memory, bytes, or null when there is no such process.</summary>
        public static long? Resident(int? pid) => Read(pid, p => p.WorkingSet64);

        /// <summary>The one-minute load average (Linux <c>/proc/loadavg</c>), or NaN where there is none.</summary>
        public static double LoadAverage()
        {
            try
            {
                string first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                return double.Parse(first, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                return double.NaN;
            }
        }

        private static T? Read<T>(int? pid, Func<Process, T> figure)
            where T : struct
        {
            if (pid == null)
            {
                return null;
            }

            try
            {
                using Process p = Process.GetProcessById(pid.Value);
                return figure(p);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return null;
            }
        }
    }
}
