namespace Pos.Hal
{
    /// <summary>Called by a card reader when a card was read, or when a read failed.</summary>
    /// <param name="card">The card data, or null when <paramref name="error"/> is not <see cref="CardReadError.None"/>.</param>
    /// <param name="error">Why the read failed, or <see cref="CardReadError.None"/>.</param>
    public delegate void CardReadHandler(CardData card, CardReadError error);
}
