using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>
    /// The printer's statuses as the API, the page and the snapshot spell them ("paper-out"), one table both ways: the
    /// fault words <c>POST /api/printer?fault=</c> takes are the statuses <c>GET /api/printer</c> answers.
    /// </summary>
    public static class PrinterStatusNames
    {
        /// <summary>The snapshot's status when the emulator runs with <c>--printer none</c>.</summary>
        public const string None = "none";

        private static readonly (string Name, PrinterStatus Status)[] Table =
        {
            ("ready", PrinterStatus.Ready),
            ("paper-out", PrinterStatus.PaperOut),
            ("cover-open", PrinterStatus.CoverOpen),
            ("overheated", PrinterStatus.Overheated),
            ("offline", PrinterStatus.Offline),
        };

        /// <summary>Every name, <c>ready</c> first.</summary>
        public static string[] All => Table.Select(t => t.Name).ToArray();

        /// <summary>The name of <paramref name="status"/> (its number for a value the table does not know).</summary>
        public static string NameOf(PrinterStatus status)
        {
            foreach ((string name, PrinterStatus s) in Table)
            {
                if (s == status)
                {
                    return name;
                }
            }

            return ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The status named <paramref name="name"/> (a name of <see cref="All"/>).</summary>
        public static PrinterStatus Parse(string name) => Table.First(t => t.Name == name).Status;
    }
}
