namespace Pos.Core.Link
{
    /// <summary>A link monitor setting is out of range or inconsistent with the others (or with the SPEC §3 bounds).</summary>
    public sealed class LinkSettingsException : System.Exception
    {
        /// <summary>Creates the error.</summary>
        /// <param name="setting">The name of the offending setting.</param>
        /// <param name="message">What is wrong and what is allowed.</param>
        public LinkSettingsException(string setting, string message)
            : base(setting + ": " + message)
        {
            Setting = setting;
        }

        /// <summary>The name of the offending setting.</summary>
        public string Setting { get; }
    }
}
