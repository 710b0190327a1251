using System.Collections;
using System.Text;

namespace Pos.Core.Tests.Support
{
    /// <summary>Helpers to compare an ordered trace with the expected one in a single readable assertion.</summary>
    public static class Trace
    {
        /// <summary>Joins the trace entries with " | ".</summary>
        public static string Join(ArrayList trace)
        {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < trace.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(" | ");
                }

                text.Append((string)trace[i]);
            }

            return text.ToString();
        }
    }
}
