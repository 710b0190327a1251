using System;
using System.Text;
using Pos.Hal;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// The plain-text self-test report kept in the journal and printed to the serial log. Lines end with '\n':
    /// <c>SELFTEST 2025-03-01T09:41:07Z fw 0.1.0</c>, then one <c>&lt;key&gt; &lt;PASS|WARN|FAIL|NOT RUN&gt; &lt;value&gt;</c>
    /// per check run, then <c>TOTAL P12 W2 F1 N1</c>. Values are the checks' own (KCVs and masked PANs only), cut to
    /// <see cref="MaxValueChars"/>; the whole report stays under <see cref="MaxChars"/> to fit one journal record.
    /// </summary>
    public static class DiagnosticReport
    {
        /// <summary>First word of the header line.</summary>
        public const string Header = "SELFTEST ";

        /// <summary>First word of the totals line.</summary>
        public const string Totals = "TOTAL ";

        /// <summary>Prefix of every serial-log line.</summary>
        public const string LogPrefix = "diag: ";

        /// <summary>Longest value kept per line.</summary>
        public const int MaxValueChars = 48;

        /// <summary>Longest report (the journal's record payload is 1024 bytes including the timestamp).</summary>
        public const int MaxChars = 1000;

        /// <summary>Builds the report of the checks in <paramref name="plan"/> (indexes into the arrays).</summary>
        public static string Build(DateTime utc, string firmwareVersion, IDiagnosticCheck[] checks, CheckResult[] results, int[] plan)
        {
            StringBuilder sb = new StringBuilder(512);
            sb.Append(Header).Append(DiagnosticFormat.Timestamp(utc)).Append(" fw ").Append(firmwareVersion ?? string.Empty).Append('\n');
            int[] counts = new int[4];
            for (int p = 0; p < plan.Length; p++)
            {
                int i = plan[p];
                CheckResult r = results[i];
                CheckStatus status = r == null || r.Status == CheckStatus.Running ? CheckStatus.NotRun : r.Status;
                counts[(int)status]++;
                string value = r == null ? string.Empty : r.Value;
                if (value.Length > MaxValueChars)
                {
                    value = value.Substring(0, MaxValueChars);
                }

                string line = checks[i].Key + " " + CheckStatusNames.Of(status) + (value.Length > 0 ? " " + value : string.Empty) + "\n";
                if (sb.Length + line.Length > MaxChars - 40)
                {
                    break;
                }

                sb.Append(line);
            }

            sb.Append(Totals).Append('P').Append(counts[(int)CheckStatus.Pass].ToString())
                .Append(" W").Append(counts[(int)CheckStatus.Warn].ToString())
                .Append(" F").Append(counts[(int)CheckStatus.Fail].ToString())
                .Append(" N").Append(counts[(int)CheckStatus.NotRun].ToString()).Append('\n');
            return sb.ToString();
        }

        /// <summary>The report's lines (without the trailing empty one).</summary>
        public static string[] Lines(string report)
        {
            if (report == null || report.Length == 0)
            {
                return new string[0];
            }

            string[] parts = report.Split(new char[] { '\n' });
            int n = parts.Length;
            if (n > 0 && parts[n - 1].Length == 0)
            {
                n--;
            }

            string[] lines = new string[n];
            Array.Copy(parts, lines, n);
            return lines;
        }

        /// <summary>The totals ("P12 W2 F1 N1") of a report, or empty.</summary>
        public static string TotalsOf(string report)
        {
            string[] lines = Lines(report);
            for (int i = lines.Length - 1; i >= 0; i--)
            {
                if (lines[i].StartsWith(Totals))
                {
                    return lines[i].Substring(Totals.Length);
                }
            }

            return string.Empty;
        }

        /// <summary>Writes the report to the serial log, one "diag: " line per report line.</summary>
        public static void Print(string report, ISerialLog log)
        {
            string[] lines = Lines(report);
            for (int i = 0; i < lines.Length; i++)
            {
                log.WriteLine(LogPrefix + lines[i]);
            }
        }
    }
}
