package bnlab.ui;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A combo box's closed cell that shows a choice's full name where the box is wide enough for it,
 * and its short name where not (a narrow column on a projector), rather than the full one cut.
 * The list shows the full names.
 */
final class FittingChoiceCell<T> extends ListCell<T> {
    private final Function<T, String> full;
    private final Function<T, String> shorter;

    FittingChoiceCell(Function<T, String> full, Function<T, String> shorter) {
        this.full = full;
        this.shorter = shorter;
        widthProperty().addListener(o -> refresh());
        fontProperty().addListener(o -> refresh());
    }

    /** What this cell shows for {@code value} at its width now (the layout test measures every choice with it). */
    String textFor(T value) {
        if (value == null) return "";
        String name = full.apply(value);
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (getWidth() <= 0 || width(name) <= room) return name;
        return shorter.apply(value);
    }

    private double width(String s) {
        Text t = new Text(s);
        t.setFont(getFont());
        return t.getLayoutBounds().getWidth();
    }

    private void refresh() {
        String shown = isEmpty() ? "" : textFor(getItem());
        if (!shown.equals(getText())) setText(shown);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? "" : textFor(item));
    }
}
