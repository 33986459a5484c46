"""Tab pages made on first sight: start-up builds only the tab that is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    """A tab page whose widgets are made the first time it is shown or used.

    Only the tab in sight is built at start-up; the others cost nothing until the user
    opens them (or code reaches into them: their attributes build them on demand).
    """

    built = Signal(object)  # the page, once its widgets exist

    def __init__(self, parent=None):
        super().__init__(parent)
        self.is_built = False

    def ensure_built(self) -> None:
        """Make the page's widgets now if they are not made yet."""
        if self.is_built:
            return
        self.is_built = True
        self.build()
        if self.isVisible():  # made while in sight: show the new children now
            for child in self.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if not child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    child.show()
        self.built.emit(self)

    def build(self) -> None:
        """Make the widgets (subclasses)."""
        raise NotImplementedError

    def setVisible(self, visible: bool) -> None:
        # A tab widget "shows" its first page as soon as it is added, on screen or not:
        # build only a page that goes on screen now (before Qt shows its children); one
        # shown later with its window is built in showEvent.
        parent = self.parentWidget()
        if visible and (parent is None or parent.isVisible()):
            self.ensure_built()
        super().setVisible(visible)

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)


def built_attr(name: str) -> property:
    """An attribute of a LazyPage that builds the page when first read."""

    def get(page: LazyPage):
        page.ensure_built()
        return page.__dict__[name]

    return property(get, doc=f"The page's {name.lstrip('_')} (builds the page).")
