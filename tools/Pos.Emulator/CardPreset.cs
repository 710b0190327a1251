namespace Pos.Emulator
{
    /// <summary>A test card offered on the page: its id for tests, PAN (the host simulator's), label and service code.</summary>
    public sealed record CardPreset(string Id, string Pan, string Label, string ServiceCode);
}
