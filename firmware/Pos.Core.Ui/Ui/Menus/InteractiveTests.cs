using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Diagnostics.Checks;
using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The self-test as the technician sees it: the menu follows the <see cref="DiagnosticRunner"/> (<see cref="Follow"/>)
    /// into the screen of the check it waits at — the display patterns, the keypad test, the card prompt, or "running"
    /// for a host check — and to the summary when the run is over; the technician's verdicts and keys go back to the
    /// runner. Draws those four screens.
    /// </summary>
    public sealed class InteractiveTests
    {
        /// <summary>The keypad test asks for the keys in this order.</summary>
        public static readonly Key[] KeypadOrder = new Key[]
        {
            Key.Digit1, Key.Digit2, Key.Digit3, Key.Digit4, Key.Digit5, Key.Digit6, Key.Digit7, Key.Digit8, Key.Digit9,
            Key.Digit0, Key.Up, Key.Down, Key.Func, Key.Clear, Key.Enter, Key.Cancel,
        };

        /// <summary>Number of display patterns.</summary>
        public const int PatternCount = 4;

        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;
        // The display patterns' names as the self-test value says which one the technician rejected, packed (PackedNames).
        private const string PatternNames = "white|red|green|checkerboard";

        private int _pattern;
        private int _confirmed; // one bit per pattern the technician confirmed
        private int _keypadPos;

        /// <summary>Creates the self-test screens of <paramref name="menu"/>.</summary>
        public InteractiveTests(TechnicianMenu menu, MenuContext ctx)
        {
            _menu = menu;
            _ctx = ctx;
        }

        /// <summary>The display test starts at the first pattern.</summary>
        public void StartPattern()
        {
            _pattern = 0;
            _confirmed = 0;
        }

        /// <summary>The keypad test starts at the first key.</summary>
        public void StartKeypad()
        {
            _keypadPos = 0;
        }

        /// <summary>UP / DOWN in the display test: the previous / next pattern, round.</summary>
        public void MovePattern(int delta)
        {
            _pattern = (_pattern + delta + PatternCount) % PatternCount;
        }

        // ENTER on a pattern: that one is confirmed; true when all are, else the next unconfirmed pattern is shown.
        private bool ConfirmPattern()
        {
            _confirmed |= 1 << _pattern;
            for (int step = 1; step <= PatternCount; step++)
            {
                int next = (_pattern + step) % PatternCount;
                if ((_confirmed & (1 << next)) == 0)
                {
                    _pattern = next;
                    return false;
                }
            }

            return true;
        }

        /// <summary>The technician's verdict on the check in front (pass, fail, skip) or the end of the run (stop).</summary>
        public void Verdict(MenuAction action)
        {
            DiagnosticRunner runner = _ctx.Runner;
            switch (action)
            {
                case MenuAction.Pass:
                    if (_ctx.State == MenuState.DisplayTest && !ConfirmPattern())
                    {
                        break; // the next pattern is shown: every one must be seen and confirmed
                    }

                    runner.Confirm(true, "confirmed");
                    break;
                case MenuAction.Fail:
                    runner.Confirm(false, _ctx.State == MenuState.DisplayTest ? "rejected " + PackedNames.At(PatternNames, _pattern) : "rejected");
                    break;
                case MenuAction.Skip:
                    runner.Skip();
                    break;
                default:
                    runner.Abort();
                    break;
            }

            Follow();
        }

        /// <summary>A key in the keypad test: the next one expected, or a FAIL naming both.</summary>
        public void Probe(Key key)
        {
            Key expected = KeypadOrder[_keypadPos];
            if (key == expected)
            {
                _keypadPos++;
                if (_keypadPos == KeypadOrder.Length)
                {
                    _ctx.Runner.Confirm(true, KeypadOrder.Length.ToString() + "/" + KeypadOrder.Length.ToString() + " keys");
                    Follow();
                }

                return;
            }

            _ctx.Runner.Confirm(false, "expected " + KeyName(expected) + ", got " + KeyName(key));
            Follow();
        }

        /// <summary>
        /// Follows the runner: the screen of the check it waits at, or the summary when the run is over. False (nothing
        /// done) in the states that do not show a run.
        /// </summary>
        public bool Follow()
        {
            switch (_ctx.State)
            {
                case MenuState.Main:
                case MenuState.PickCheck:
                case MenuState.Running:
                case MenuState.DisplayTest:
                case MenuState.KeypadTest:
                case MenuState.CardTest:
                    break;
                default:
                    return false;
            }

            MenuState target = MenuState.Summary;
            IDiagnosticCheck current = _ctx.Runner.Current;
            if (current != null)
            {
                target = current.Key == InteractiveCheck.DisplayKey ? MenuState.DisplayTest
                    : current.Key == InteractiveCheck.KeypadKey ? MenuState.KeypadTest
                    : current.Key == CardReaderCheck.CheckKey ? MenuState.CardTest : MenuState.Running;
            }

            if (target != _ctx.State)
            {
                _menu.Enter(target);
            }

            return true;
        }

        /// <summary>Locale-neutral key name for reports.</summary>
        public static string KeyName(Key key)
        {
            switch (key)
            {
                case Key.Cancel:
                    return "CANCEL";
                case Key.Clear:
                    return "CLEAR";
                case Key.Enter:
                    return "ENTER";
                case Key.Func:
                    return "FUNC";
                case Key.Up:
                    return "UP";
                case Key.Down:
                    return "DOWN";
                default:
                    int d = (int)key - (int)Key.Digit0;
                    return d >= 0 && d <= 9 ? d.ToString() : "?";
            }
        }

        /// <summary>"Running: {check}" while a host check waits for its exchange.</summary>
        public void DrawRunning()
        {
            Screen screen = Titled(TextKey.UiMenuTitle, TextKey.UiDiagWaitKeys);
            IDiagnosticCheck current = _ctx.Runner.Current;
            string name = current == null ? string.Empty : _ctx.Text(current.TitleKey);
            screen.Write(5, 2, TextFormat.Fill(_ctx.Text(TextKey.UiDiagRunning), name), TextStyle.Normal);
        }

        /// <summary>The whole screen in the pattern (white, red, green, checkerboard) above the note row.</summary>
        public void DrawPattern()
        {
            Screen screen = _ctx.Screen;
            for (int r = 0; r < MenuLayouts.NoteRow; r++)
            {
                for (int c = 0; c < Screen.Columns; c++)
                {
                    byte style;
                    switch (_pattern)
                    {
                        case 0:
                            style = TextStyle.Inverse; // white
                            break;
                        case 1:
                            style = TextStyle.SolidRed;
                            break;
                        case 2:
                            style = TextStyle.SolidGreen;
                            break;
                        default:
                            style = ((r + c) & 1) == 0 ? TextStyle.Inverse : TextStyle.Normal; // checkerboard
                            break;
                    }

                    screen.Write(r, c, " ", style);
                }
            }

            screen.Write(MenuLayouts.NoteRow, 1, TextFormat.Fill(_ctx.Text(TextKey.UiDiagDisplay), (_pattern + 1).ToString(), PatternCount.ToString()), TextStyle.Normal);
            screen.SetKeyHints(_ctx.Text(TextKey.UiDiagDisplayKeys));
        }

        /// <summary>The key to press next and how far the test is.</summary>
        public void DrawKeypad()
        {
            Screen screen = Titled(TextKey.DiagKeypad, TextKey.UiDiagKeypadKeys);
            screen.Write(4, 2, _ctx.Text(TextKey.UiDiagKeypad), TextStyle.Normal);
            screen.WriteCentered(7, " " + KeyLabel(KeypadOrder[_keypadPos]) + " ", TextStyle.Inverse);
            screen.WriteCentered(9, (_keypadPos + 1).ToString() + "/" + KeypadOrder.Length.ToString(), TextStyle.Dim);
        }

        /// <summary>"Present a card" for the card reader test.</summary>
        public void DrawCard()
        {
            Screen screen = Titled(TextKey.DiagCardReader, TextKey.UiDiagCardKeys);
            screen.Write(5, 2, _ctx.Text(TextKey.UiDiagCard), TextStyle.Normal);
        }

        // A test screen's frame: the status bar, the title on row 2 and the key hints; the caller writes the rest.
        private Screen Titled(int titleKey, int hintsKey)
        {
            Screen screen = _ctx.Screen;
            _ctx.Status.Draw(screen, _ctx.Locale);
            screen.Write(2, 2, _ctx.Text(titleKey), TextStyle.Title);
            screen.SetKeyHints(_ctx.Text(hintsKey));
            return screen;
        }

        private string KeyLabel(Key key)
        {
            switch (key)
            {
                case Key.Cancel:
                    return _ctx.Text(TextKey.UiKeyCancel);
                case Key.Clear:
                    return _ctx.Text(TextKey.UiKeyClear);
                case Key.Enter:
                    return _ctx.Text(TextKey.UiKeyEnter);
                case Key.Func:
                    return _ctx.Text(TextKey.UiKeyFunc);
                case Key.Up:
                    return _ctx.Text(TextKey.UiKeyUp);
                case Key.Down:
                    return _ctx.Text(TextKey.UiKeyDown);
                default:
                    return KeyName(key);
            }
        }
    }
}
