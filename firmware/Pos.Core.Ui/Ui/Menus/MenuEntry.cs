namespace Pos.Core.Ui.Menus
{
    /// <summary>Entry actions of the states: what is reset and which screen is drawn on entry.</summary>
    public enum MenuEntry
    {
        /// <summary>Nothing (Closed).</summary>
        None = 0,
        /// <summary>A list: selection to the top, list screen.</summary>
        List = 1,
        /// <summary>PIN entry: buffer cleared, PIN screen.</summary>
        Pin = 2,
        /// <summary>Lockout message.</summary>
        Locked = 3,
        /// <summary>"Running" screen.</summary>
        Running = 4,
        /// <summary>First display pattern.</summary>
        Pattern = 5,
        /// <summary>First key of the keypad test.</summary>
        Keypad = 6,
        /// <summary>Card prompt.</summary>
        Card = 7,
        /// <summary>Self-test summary (selection kept).</summary>
        Summary = 8,
        /// <summary>Paged text (checklist, report, settings): page 1.</summary>
        Paged = 9,
        /// <summary>A confirmation (clear the pending reversal): page 1 of its checklist.</summary>
        Confirm = 10,
        /// <summary>A flagged offline sale: nothing armed, its details.</summary>
        Review = 11,
        /// <summary>A step of the master key load (its own screens).</summary>
        KeyLoad = 12,
        /// <summary>The audit trail's pages: page 1 (the newest entries).</summary>
        Audit = 13,
        /// <summary>An operator screen (sign-on, supervisor password, cashiers, supervisor reset): typed digits wiped, its own screens.</summary>
        Operator = 14,
        /// <summary>A merchant setting being changed (offline switch, a limit): typed digits wiped, its own screens.</summary>
        Setting = 15,
    }
}
