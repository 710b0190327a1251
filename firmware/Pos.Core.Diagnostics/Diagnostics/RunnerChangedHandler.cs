namespace Pos.Core.Diagnostics
{
    /// <summary>Raised by <see cref="DiagnosticRunner"/> when a check finished or a run ended.</summary>
    public delegate void RunnerChangedHandler();
}
