namespace Pos.Core.Link
{
    /// <summary>
    /// Names of the link monitor's states, inputs and actions for logs, diagnostics and docs: tables, because enum
    /// formatting prints numbers on nanoFramework.
    /// </summary>
    public static class LinkNames
    {
        private static readonly string[] States = new string[] { "Online", "Suspect", "Offline", "Recovering", "LinkDown" };

        private static readonly string[] Inputs = new string[] { "LinkUp", "LinkDown", "Success", "Failure", "Confirmed", "Deadline" };

        private static readonly string[] Actions = new string[]
        {
            "None", "KeepAlive", "EnterSuspect", "CountFailure", "ClearSuspect", "EnterOffline", "BackOff", "ProbeNow",
            "EnterRecovering", "CountSuccess", "EnterOnline", "DropLink",
        };

        /// <summary>Number of states; sizes per-state tables.</summary>
        public const int StateCount = 5;

        /// <summary>Number of inputs; sizes the transition table.</summary>
        public const int InputCount = 6;

        /// <summary>The name of a state.</summary>
        public static string Of(LinkState state)
        {
            return Lookup(States, (int)state);
        }

        /// <summary>The name of an input.</summary>
        public static string Of(LinkInput input)
        {
            return Lookup(Inputs, (int)input);
        }

        /// <summary>The name of an action.</summary>
        public static string Of(LinkAction action)
        {
            return Lookup(Actions, (int)action);
        }

        private static string Lookup(string[] names, int index)
        {
            if (index >= 0 && index < names.Length)
            {
                return names[index];
            }

            return "[" + index.ToString() + "]";
        }
    }
}
