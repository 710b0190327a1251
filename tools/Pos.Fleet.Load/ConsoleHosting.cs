namespace Pos.Fleet.Load
{
    /// <summary>Where a load run's fleet console runs.</summary>
    public enum ConsoleHosting
    {
        /// <summary>Its own process (<c>dotnet Pos.Fleet.dll</c>): its memory and CPU figures are the console's alone.</summary>
        Process,

        /// <summary>Inside the run's process (<see cref="FleetHost"/>): quicker to start, but the memory figures include the simulated terminals.</summary>
        InProcess,
    }
}
