namespace Pos.Core.Ui.Menus
{
    /// <summary>What a key does in a state (the action column of <see cref="MenuTable.Transitions"/>).</summary>
    public enum MenuAction
    {
        /// <summary>Defined as doing nothing.</summary>
        Ignore = 0,
        /// <summary>Selection / page up.</summary>
        Up = 1,
        /// <summary>Selection / page down.</summary>
        Down = 2,
        /// <summary>Carry out the selected item.</summary>
        Choose = 3,
        /// <summary>Go back one level (the state's parent).</summary>
        Back = 4,
        /// <summary>Leave the menu.</summary>
        Close = 5,
        /// <summary>Open the merchant menu (from Closed).</summary>
        Open = 6,
        /// <summary>A PIN digit.</summary>
        Digit = 7,
        /// <summary>Delete the last PIN digit.</summary>
        Erase = 8,
        /// <summary>Submit the PIN.</summary>
        Submit = 9,
        /// <summary>A key of the technician sequence (merchant menu).</summary>
        Sequence = 10,
        /// <summary>Technician verdict: pass.</summary>
        Pass = 11,
        /// <summary>Technician verdict: fail.</summary>
        Fail = 12,
        /// <summary>Skip the check (NOT RUN).</summary>
        Skip = 13,
        /// <summary>Stop the run.</summary>
        Stop = 14,
        /// <summary>A key pressed in the keypad test.</summary>
        Probe = 15,
        /// <summary>Choose list item by its number key (1–9).</summary>
        Shortcut = 16,
        /// <summary>Carry out what the confirm screen asks (clear the pending reversal).</summary>
        Confirm = 17,
        /// <summary>Send the flagged sale again.</summary>
        Retry = 18,
        /// <summary>Arm the acknowledgement of the flagged sale (ENTER confirms).</summary>
        Acknowledge = 19,
        /// <summary>ENTER on a flagged sale: confirms an armed acknowledgement, else back.</summary>
        ConfirmReview = 20,
        /// <summary>A hex digit of a key component (0–9, or A–F on 1–6 with letters on).</summary>
        KeyDigit = 21,
        /// <summary>Delete the last digit of the key component.</summary>
        KeyErase = 22,
        /// <summary>Letters A–F on keys 1–6, on or off.</summary>
        KeyLetters = 23,
        /// <summary>ENTER in the key load: component typed, check value matches, next custodian ready, load.</summary>
        KeyAccept = 24,
        /// <summary>CANCEL on a component's check value: it did not match, type the component again.</summary>
        KeyReject = 25,
        /// <summary>Leave the key load: everything typed wiped, keys unchanged.</summary>
        KeyCancel = 26,
        /// <summary>Write the audit trail to the serial log.</summary>
        Export = 27,
        /// <summary>A digit of an operator number or password.</summary>
        OpDigit = 28,
        /// <summary>Delete the last digit of an operator number or password.</summary>
        OpErase = 29,
        /// <summary>ENTER on an operator screen: take the number or password, or confirm.</summary>
        OpSubmit = 30,
        /// <summary>CANCEL on an operator screen: back (a supervisor prompt left refuses the action, audited).</summary>
        OpBack = 31,
        /// <summary>A digit of a limit's new amount.</summary>
        SetDigit = 32,
        /// <summary>Delete the last digit of a limit's new amount.</summary>
        SetErase = 33,
        /// <summary>ENTER in the merchant settings: save the limit typed, or switch offline sales.</summary>
        SetSubmit = 34,
        /// <summary>CANCEL in the merchant settings: back to their list, nothing changed.</summary>
        SetBack = 35,
        /// <summary>The report in front on paper: the self-test results (1), the audit trail (2).</summary>
        PrintPaper = 36,
    }
}
