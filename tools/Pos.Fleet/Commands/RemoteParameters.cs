namespace Pos.Fleet.Commands
{
    /// <summary>
    /// The parameters of the <c>set</c> command (docs/REMOTE.md), in the order the form shows them and the command
    /// writes them. The console only checks that each is well formed; the terminal validates them as its menus do.
    /// </summary>
    public static class RemoteParameters
    {
        /// <summary>The table.</summary>
        public static readonly RemoteParameter[] All =
        {
            new("host", ParameterKind.Text, 64),
            new("port", ParameterKind.Number, 65535),
            new("offline.enabled", ParameterKind.Flag, 1),
            new("offline.limit", ParameterKind.Fen, 999_999_999_99),
            new("offline.cap", ParameterKind.Fen, 999_999_999_99),
            new("offline.count", ParameterKind.Number, 9999),
            new("merchant.name", ParameterKind.Text, 40),
            new("limit.sale", ParameterKind.Fen, 999_999_999_99),
            new("limit.daily", ParameterKind.Fen, 999_999_999_99),
            new("limit.refund", ParameterKind.Fen, 999_999_999_99),
        };

        /// <summary>The parameter named <paramref name="name"/>, or null.</summary>
        public static RemoteParameter? Find(string name) => All.FirstOrDefault(p => p.Name == name);
    }
}
