package bnlab.ui;

import java.util.function.IntConsumer;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The classroom's keys: Space play/pause, S one step, R reset, B the normalization switch, C compare,
 * 1–9 one layer large (focus view), Esc back from it. Not while typing in a field or choosing in a box.
 */
final class KeyShortcuts {
    record Actions(Runnable togglePlay, Runnable step, Runnable reset, Runnable toggleNormalization,
            Runnable toggleCompare, IntConsumer focusLayer, java.util.function.BooleanSupplier back) {}

    private final Actions actions;

    KeyShortcuts(Actions actions) {
        this.actions = actions;
    }

    /** Whether the key belongs to a field being typed in or a box being chosen in (or is a menu shortcut). */
    static boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()
                || e.getTarget() instanceof Spinner<?> || e.getTarget() instanceof ComboBoxBase<?>;
    }

    void handle(KeyEvent e) {
        if (typing(e)) return;
        KeyCode k = e.getCode();
        if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            actions.focusLayer().accept(Integer.parseInt(k.getName().replaceAll("\\D", "")) - 1); // "1" or "Numpad 1"
        } else if (k == KeyCode.ESCAPE) {
            if (!actions.back().getAsBoolean()) return; // not ours: Esc still leaves full screen
        }
        else if (k == KeyCode.SPACE) actions.togglePlay().run();
        else if (k == KeyCode.B) actions.toggleNormalization().run();
        else if (k == KeyCode.S) actions.step().run();
        else if (k == KeyCode.R) actions.reset().run();
        else if (k == KeyCode.C) actions.toggleCompare().run();
        else return;
        e.consume();
    }
}
