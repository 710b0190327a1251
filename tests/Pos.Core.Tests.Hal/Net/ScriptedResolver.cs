namespace Pos.Core.Tests.Hal.Net
{
    /// <summary>A DNS stand-in: answers whatever the test set last.</summary>
    public sealed class ScriptedResolver
    {
        /// <summary>The next answer (null or empty: the name did not resolve).</summary>
        public string Answer { get; set; }

        /// <summary>The resolver method handed to the cache.</summary>
        public string Resolve(string hostName)
        {
            return Answer;
        }
    }
}
