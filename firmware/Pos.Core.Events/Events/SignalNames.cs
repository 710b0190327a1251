namespace Pos.Core.Events
{
    /// <summary>
    /// Names of the signals for traces and logs. A table rather than <c>ToString()</c>, which prints the number on
    /// nanoFramework. A test checks that every signal has a name.
    /// </summary>
    public static class SignalNames
    {
        private static readonly string[] Names = Build();

        /// <summary>The name of a signal, or its number in brackets when it has none.</summary>
        public static string Of(Signal signal)
        {
            int index = (int)signal;
            // Not "!= null": on nanoFramework a string[] slot never written does not compare equal to null.
            if (index >= 0 && index < Names.Length && !string.IsNullOrEmpty(Names[index]))
            {
                return Names[index];
            }

            return "[" + index.ToString() + "]";
        }

        private static string[] Build()
        {
            string[] names = new string[(int)Signal.Count];
            names[(int)Signal.None] = "None";
            names[(int)Signal.KeyPressed] = "KeyPressed";
            names[(int)Signal.CardRead] = "CardRead";
            names[(int)Signal.LinkChanged] = "LinkChanged";
            names[(int)Signal.TimerExpired] = "TimerExpired";
            names[(int)Signal.Boot] = "Boot";
            names[(int)Signal.Shutdown] = "Shutdown";
            names[(int)Signal.ExchangeReplied] = "ExchangeReplied";
            names[(int)Signal.ExchangeFailed] = "ExchangeFailed";
            names[(int)Signal.WentOnline] = "WentOnline";
            names[(int)Signal.WentOffline] = "WentOffline";
            names[(int)Signal.ProbeSucceeded] = "ProbeSucceeded";
            names[(int)Signal.ProbeFailed] = "ProbeFailed";
            names[(int)Signal.ForwardingDone] = "ForwardingDone";
            names[(int)Signal.ForwardingStopped] = "ForwardingStopped";
            names[(int)Signal.OfflineQueueChanged] = "OfflineQueueChanged";
            return names;
        }
    }
}
