using Pos.Core.Diagnostics.Checks;
using Pos.Core.Localization;

namespace Pos.Core.Diagnostics
{
    /// <summary>The standard checks of SPEC §6, in the order "run all" runs them and the summary lists them.</summary>
    public static class DiagnosticChecks
    {
        /// <summary>A fresh array of the standard checks (each check object keeps its own in-flight state).</summary>
        public static IDiagnosticCheck[] Standard()
        {
            return new IDiagnosticCheck[]
            {
                new FirmwareCheck(),
                new ClockCheck(),
                new BatteryCheck(),
                new StorageCheck(),
                new InteractiveCheck(InteractiveCheck.DisplayKey, TextKey.DiagDisplay),
                new InteractiveCheck(InteractiveCheck.KeypadKey, TextKey.DiagKeypad),
                new CardReaderCheck(),
                new PrinterCheck(),
                new WifiCheck(),
                new IpConfigCheck(),
                new DnsCheck(),
                new TcpConnectCheck(),
                new EchoCheck(),
                new KeysCheck(),
                new MerchantCheck(),
                new OfflineQueueCheck(),
                new DeclinesCheck(),
                new AuditCheck(),
            };
        }
    }
}
