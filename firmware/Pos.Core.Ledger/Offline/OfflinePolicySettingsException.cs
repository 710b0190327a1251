namespace Pos.Core.Offline
{
    /// <summary>An offline policy setting is out of range or inconsistent with the others.</summary>
    public sealed class OfflinePolicySettingsException : System.Exception
    {
        /// <summary>Creates the error.</summary>
        /// <param name="setting">The name of the offending setting.</param>
        /// <param name="message">What is wrong and what is allowed.</param>
        public OfflinePolicySettingsException(string setting, string message)
            : base(setting + ": " + message)
        {
            Setting = setting;
        }

        /// <summary>The name of the offending setting.</summary>
        public string Setting { get; }
    }
}
