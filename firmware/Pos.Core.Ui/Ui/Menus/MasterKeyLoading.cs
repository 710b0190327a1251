using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// "Load master key" in the technician menu, under dual control: custodian 1 types component 1 (masked) and
    /// confirms its check value against the key sheet, hands the terminal over, custodian 2 does the same with
    /// component 2, then the combined key's check value is confirmed and the key store replaces every key with it
    /// (<see cref="IKeyStore.LoadMaster"/>: working keys destroyed, a sign-in follows). Every step is an audit trail
    /// entry, the technician's <see cref="AuditEvent.KeyLoad"/>, with check values only. Refused while the old master key still protects data a message needs (offline sales
    /// not yet sent, a pending reversal, an unsettled batch): those would become unreadable.
    /// The arithmetic is <see cref="DualControlKeyLoad"/>; this part drives it from the keys and draws its screens.
    /// </summary>
    public sealed class MasterKeyLoading
    {
        // Keys 1–6 give A–F while letters are on.
        private const int FirstLetterKey = (int)Key.Digit1;
        private const int LetterKeys = 6;
        private const int GroupDigits = 4;
        private const int RowDigits = 16;

        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;
        private readonly DualControlKeyLoad _load = new DualControlKeyLoad();
        private readonly byte[] _kcv = new byte[KeyCheckValue.DefaultLength];
        private bool _letters;

        /// <summary>Creates the key load of <paramref name="menu"/>.</summary>
        public MasterKeyLoading(TechnicianMenu menu, MenuContext ctx)
        {
            _menu = menu;
            _ctx = ctx;
        }

        private IKeyStore Keys => _ctx.Runner.Context.Keys;

        /// <summary>The menu item: starts at component 1, or says on the note row why it cannot start.</summary>
        public void Open()
        {
            int refusal = Refusal();
            if (refusal >= 0)
            {
                _ctx.Note(refusal, null);
                Audit("refused, " + (refusal == TextKey.UiKeyloadReversal ? "reversal pending" : "data under the old key"));
                return;
            }

            _load.Wipe();
            _letters = false;
            Audit("started");
            _menu.Enter(MenuState.KeyEntry);
        }

        /// <summary>A digit key while a component is typed.</summary>
        public void Digit(Key key)
        {
            int k = (int)key;
            int nibble = k - (int)Key.Digit0;
            if (_letters)
            {
                if (k < FirstLetterKey || k >= FirstLetterKey + LetterKeys)
                {
                    _ctx.Note(TextKey.UiKeyloadLettersOnly, null);
                    return;
                }

                nibble = 10 + (k - FirstLetterKey);
            }

            _ctx.ClearNote();
            _load.Type(nibble);
        }

        /// <summary>CLEAR while a component is typed.</summary>
        public void Erase()
        {
            _ctx.ClearNote();
            _load.Erase();
        }

        /// <summary>FUNC while a component is typed: letters A–F on keys 1–6, on or off.</summary>
        public void ToggleLetters()
        {
            _letters = !_letters;
        }

        /// <summary>ENTER: the step in front is done.</summary>
        public void Accept()
        {
            switch (_ctx.State)
            {
                case MenuState.KeyEntry:
                    CheckTyped();
                    break;
                case MenuState.KeyCheck:
                    ConfirmCheck();
                    break;
                case MenuState.KeyHandOver:
                    _letters = false;
                    _menu.Enter(MenuState.KeyEntry);
                    break;
                case MenuState.KeyCombined:
                    Commit();
                    break;
                default:
                    break;
            }
        }

        /// <summary>CANCEL on a check value: it did not match the sheet; the component is typed again.</summary>
        public void Reject()
        {
            Audit("component " + _load.Component.ToString() + " KCV " + Hex.Encode(_kcv) + " not confirmed, typed again");
            _load.Reject();
            _letters = false;
            _menu.Enter(MenuState.KeyEntry);
        }

        /// <summary>CANCEL: everything typed is wiped and the keys stay as they were.</summary>
        public void Cancel()
        {
            Audit("cancelled at component " + _load.Component.ToString() + ", keys unchanged");
            Wipe();
            _menu.Enter(MenuState.Main);
            _ctx.Note(TextKey.UiKeyloadCancelled, null);
        }

        /// <summary>Zeroes what was typed (the menu closing, or the load ending).</summary>
        public void Wipe()
        {
            _load.Wipe();
            System.Array.Clear(_kcv, 0, _kcv.Length);
            _letters = false;
        }

        /// <summary>True while a load is under way (a state of the key load is in front).</summary>
        public bool IsActive => MenuTable.Row(_ctx.State).Entry == MenuEntry.KeyLoad;

        /// <summary>Composes the screen of the key load step in front.</summary>
        public void Draw(Screen screen)
        {
            _ctx.Status.Draw(screen, _ctx.Locale);
            screen.Write(2, 1, _ctx.Text(TextKey.UiMenuLoadMaster), TextStyle.Title);
            string n = _load.Component.ToString();
            switch (_ctx.State)
            {
                case MenuState.KeyEntry:
                    screen.Write(4, 2, TextFormat.Fill(_ctx.Text(TextKey.UiKeyloadCustodian), n), TextStyle.Normal);
                    screen.Write(6, 4, Masked(0), TextStyle.Title);
                    screen.Write(7, 4, Masked(RowDigits), TextStyle.Title);
                    screen.Write(8, 4, TextFormat.Fill(_ctx.Text(TextKey.UiKeyloadDigits), _load.Digits.ToString()), TextStyle.Dim);
                    screen.Write(10, 2, _ctx.Text(_letters ? TextKey.UiKeyloadLettersOn : TextKey.UiKeyloadLettersOff),
                        _letters ? TextStyle.Warning : TextStyle.Dim);
                    screen.Write(11, 2, _ctx.Text(TextKey.UiKeyloadLookAway), TextStyle.Dim);
                    screen.SetKeyHints(_ctx.Text(TextKey.UiKeyloadKeysEntry));
                    break;
                case MenuState.KeyCheck:
                    screen.Write(4, 2, TextFormat.Fill(_ctx.Text(TextKey.UiKeyloadCheck), n), TextStyle.Normal);
                    screen.Write(6, 4, CheckValueText(), TextStyle.Title);
                    screen.Write(8, 2, _ctx.Text(TextKey.UiKeyloadCompare), TextStyle.Normal);
                    screen.SetKeyHints(_ctx.Text(TextKey.UiKeyloadKeysCheck));
                    break;
                case MenuState.KeyHandOver:
                    screen.Write(4, 2, _ctx.Text(TextKey.UiKeyloadAccepted), TextStyle.Approved);
                    screen.Write(6, 2, _ctx.Text(TextKey.UiKeyloadHandOver), TextStyle.Normal);
                    screen.SetKeyHints(_ctx.Text(TextKey.UiKeyloadKeysNext));
                    break;
                default:
                    screen.Write(4, 2, _ctx.Text(TextKey.UiKeyloadCombined), TextStyle.Normal);
                    screen.Write(6, 4, CheckValueText(), TextStyle.Title);
                    screen.Write(8, 2, _ctx.Text(TextKey.UiKeyloadCompare), TextStyle.Normal);
                    screen.Write(10, 0, " ! ", TextStyle.Declined);
                    screen.Write(10, 4, _ctx.Text(TextKey.UiKeyloadErases), TextStyle.Warning);
                    screen.Write(11, 4, _ctx.Text(TextKey.UiKeyloadSignInAfter), TextStyle.Warning);
                    screen.SetKeyHints(_ctx.Text(TextKey.UiKeyloadKeysLoad));
                    break;
            }
        }

        // The catalog key of why a load may not start now, or -1. Without a master key (new, or lost) nothing depends on
        // the old one; with one, offline sales, a reversal and the batch's sealed card numbers still need it.
        private int Refusal()
        {
            IKeyStore keys = Keys;
            if (keys == null || !keys.Has(KeySlot.Tmk))
            {
                return -1;
            }

            if (_ctx.Journal.State.Reversal != null)
            {
                return TextKey.UiKeyloadReversal;
            }

            if (_ctx.Journal.State.UndeliveredCount > 0 || !new TransactionLog(_ctx.Journal).IsEmpty)
            {
                return TextKey.UiKeyloadPending;
            }

            return -1;
        }

        private void CheckTyped()
        {
            KeyLoadError error = _load.Check(_kcv, 0);
            if (error == KeyLoadError.Incomplete)
            {
                _ctx.Note(TextKey.UiKeyloadIncomplete, null);
            }
            else if (error == KeyLoadError.SameAsFirst)
            {
                Audit("component 2 refused: same as component 1");
                _load.Reject();
                _ctx.Note(TextKey.UiKeyloadSame, null);
            }
            else if (error == KeyLoadError.None)
            {
                _menu.Enter(MenuState.KeyCheck);
            }
        }

        private void ConfirmCheck()
        {
            Audit("component " + _load.Component.ToString() + " KCV " + Hex.Encode(_kcv) + " confirmed");
            if (_load.Component == 1)
            {
                _load.Accept();
                _menu.Enter(MenuState.KeyHandOver);
                return;
            }

            KeyLoadError error = _load.Combine(_kcv, 0);
            if (error == KeyLoadError.None)
            {
                _menu.Enter(MenuState.KeyCombined);
                return;
            }

            // Both components are wiped: a weak key means one of the sheets is wrong, so start again from custodian 1.
            Audit("combined key refused: halves equal, start again");
            Wipe();
            _menu.Enter(MenuState.KeyEntry);
            _ctx.Note(TextKey.UiKeyloadWeak, null);
        }

        private void Commit()
        {
            string kcv = Hex.Encode(_kcv);
            KeyLoadError error = _load.Commit(Keys);
            Wipe();
            if (_ctx.Transactions != null)
            {
                _ctx.Transactions.KeysChanged();
            }

            _menu.Enter(MenuState.Main);
            if (error == KeyLoadError.None)
            {
                Audit("master key KCV " + kcv + " loaded (dual control), old keys destroyed");
                _ctx.Note(TextKey.UiKeyloadDone, kcv);
            }
            else
            {
                Audit("master key KCV " + kcv + " not loaded: store refused");
                _ctx.Note(TextKey.UiKeyloadFailed, null);
            }
        }

        // "**** **** ---- ----": the digits typed as stars, the rest as dashes, 16 a row in groups of four.
        private string Masked(int first)
        {
            char[] text = new char[RowDigits + (RowDigits / GroupDigits) - 1];
            int at = 0;
            for (int i = 0; i < RowDigits; i++)
            {
                if (i > 0 && i % GroupDigits == 0)
                {
                    text[at++] = ' ';
                }

                text[at++] = first + i < _load.Digits ? '*' : '-';
            }

            return new string(text);
        }

        // "08D7 B4FB": the 4-byte check value in two groups, as key sheets print it.
        private string CheckValueText()
        {
            string hex = Hex.Encode(_kcv);
            return hex.Substring(0, 4) + " " + hex.Substring(4);
        }

        // A refused entry (a drive error) is the audit check's to report; the key load itself is not undone.
        private void Audit(string what)
        {
            _ctx.Audit.Append(_ctx.Runner.Context.Clock.UtcNow.Ticks, Operators.Technician, AuditEvent.KeyLoad, what);
        }
    }
}
