package bnlab.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A combo box whose shown choice wraps onto a second line where the box is narrow, instead of ending in "…". */
final class WrappingCells {
    private WrappingCells() {}

    static <T> void install(ComboBox<T> box) {
        box.setButtonCell(new ListCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : box.getConverter().toString(item));
            }
        });
    }
}
