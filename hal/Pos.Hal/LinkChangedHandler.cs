namespace Pos.Hal
{
    /// <summary>Called by the network link when the physical/Wi-Fi link goes up or down.</summary>
    /// <param name="isUp">True when the link has an address and can carry traffic.</param>
    public delegate void LinkChangedHandler(bool isUp);
}
