using System;

namespace Pos.Core.Diagnostics
{
    /// <summary>Value texts of the checks, locale-neutral and built by hand (no custom numeric formats on the device).</summary>
    public static class DiagnosticFormat
    {
        /// <summary>"3.71 V" from millivolts.</summary>
        public static string Volts(int millivolts)
        {
            int centi = (millivolts + 5) / 10;
            return (centi / 100).ToString() + "." + Two(centi % 100) + " V";
        }

        /// <summary>"12 ms".</summary>
        public static string Ms(long ms)
        {
            return ms.ToString() + " ms";
        }

        /// <summary>An age: "45 s", "12 min", "3 h", "2 d".</summary>
        public static string Age(long ms)
        {
            if (ms < 0)
            {
                ms = 0;
            }

            long s = ms / 1000;
            if (s < 60)
            {
                return s.ToString() + " s";
            }

            if (s < 3600)
            {
                return (s / 60).ToString() + " min";
            }

            if (s < 48 * 3600)
            {
                return (s / 3600).ToString() + " h";
            }

            return (s / 86400).ToString() + " d";
        }

        /// <summary>Bytes as "180 KB" (or "900 B" below 1 KB).</summary>
        public static string Kilobytes(long bytes)
        {
            return bytes < 1024 ? bytes.ToString() + " B" : (bytes / 1024).ToString() + " KB";
        }

        /// <summary>"2025-03-01 09:41".</summary>
        public static string DateTimeText(DateTime utc)
        {
            return Four(utc.Year) + "-" + Two(utc.Month) + "-" + Two(utc.Day) + " " + Two(utc.Hour) + ":" + Two(utc.Minute);
        }

        /// <summary>"2025-03-01T09:41:07Z".</summary>
        public static string Timestamp(DateTime utc)
        {
            return Four(utc.Year) + "-" + Two(utc.Month) + "-" + Two(utc.Day) + "T" + Two(utc.Hour) + ":" + Two(utc.Minute) + ":" + Two(utc.Second) + "Z";
        }

        /// <summary>Two digits, zero-padded.</summary>
        public static string Two(int v)
        {
            return v < 10 ? "0" + v.ToString() : v.ToString();
        }

        private static string Four(int v)
        {
            string s = v.ToString();
            while (s.Length < 4)
            {
                s = "0" + s;
            }

            return s;
        }
    }
}
