package bnlab.ui;

import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The histogram area's title: whole on one line where it fits, else a shorter wording, whole too
 * (the full one in its tooltip). On a projector two lines of title would take from every row of
 * histograms the height a plot needs; a shorter title costs the class nothing.
 */
final class GridTitle {
    private static final String KEY = GridTitle.class.getName();

    private final Label label;
    private String full = "";
    private String shorter = "";

    private GridTitle(Label label) {
        this.label = label;
        label.widthProperty().addListener(o -> choose());
        label.fontProperty().addListener(o -> choose());
        ((Region) label.getParent()).widthProperty().addListener(o -> choose());
        label.maxWidthProperty().addListener(o -> choose());
    }

    /** Shows the title for {@code probeSize} test examples in {@code label}, in the language of {@code text}. */
    static void show(Label label, ResourceBundle text, int probeSize) {
        GridTitle t = (GridTitle) label.getProperties().computeIfAbsent(KEY, k -> new GridTitle(label));
        t.full = Messages.format(text, "grid.title", probeSize);
        t.shorter = Messages.format(text, "grid.titleShort", probeSize);
        label.setTooltip(new Tooltip(t.full));
        t.choose();
    }

    /** The wording shown: the full one where one line holds it. */
    private void choose() {
        double room = label.getMaxWidth() > 0 && label.getMaxWidth() < Double.MAX_VALUE ? label.getMaxWidth()
                : ((Region) label.getParent()).getWidth();
        String shown = room <= 0 || width(full) <= room - label.snappedLeftInset() - label.snappedRightInset() ? full : shorter;
        if (!shown.equals(label.getText())) label.setText(shown);
    }

    private double width(String s) {
        Text t = new Text(s);
        t.setFont(label.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth());
    }
}
