namespace Pos.Core.Remote
{
    /// <summary>
    /// Called on the main loop after a remote <c>set</c> was applied, so the board can use the new values at once
    /// (the host exchange's address, the merchant's name on the screen and slips).
    /// </summary>
    /// <param name="parameters">What was written (<see cref="RemoteParameters.HostChanged"/>, <see cref="RemoteParameters.MerchantNameChanged"/>, the stored values).</param>
    public delegate void RemoteSettingsChangedHandler(RemoteParameters parameters);
}
