"""A paint device that draws nothing and keeps the text of every item painted on it.

The handout paints each page twice, with the same calls: on the PDF writer, and
here. Qt's painter hands both engines the same text items in the same order
(one per run of one font and script), and the PDF engine writes one text object
per item, so the n-th text kept here is what the n-th text object of the page
shows (see app/pdf_text.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPaintDevice, QPaintEngine


class _RecordingEngine(QPaintEngine):
    def __init__(self, pages: list[list[str]], features: QPaintEngine.PaintEngineFeature):
        super().__init__(features)  # the PDF engine's: the painter then takes the same paths to it
        self._pages = pages

    def drawTextItem(self, position, item) -> None:  # noqa: N802 - Qt override
        # A line outside the page's clip (a table row split over two sheets is painted on both)
        # shows nothing on this sheet, so it must read as nothing either.
        box = QRectF(position.x(), position.y() - item.ascent(), item.width(), item.ascent() + item.descent())
        painter = self.painter()
        shown = not painter.hasClipping() or box.intersects(painter.clipBoundingRect())
        self._pages[-1].append(item.text() if shown else "")

    # Nothing else is kept: the engine only has to accept every call.
    def begin(self, _device) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, _state) -> None:  # noqa: N802 - Qt override
        pass

    def drawPixmap(self, _target, _pixmap, _source) -> None:  # noqa: N802 - Qt override
        pass

    def drawImage(self, _target, _image, _source, _flags=None) -> None:  # noqa: N802 - Qt override
        pass

    def drawPath(self, _path) -> None:  # noqa: N802 - Qt override
        pass

    def drawPolygon(self, _points, _mode=None) -> None:  # noqa: N802 - Qt override
        pass

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User


class TextRecorder(QPaintDevice):
    """Measures like `like` (so text is laid out and split the same way); `pages` holds the texts."""

    def __init__(self, like: QPaintDevice):
        super().__init__()
        self._like = like
        self.pages: list[list[str]] = []
        self._engine = _RecordingEngine(self.pages, _features(like.paintEngine()))

    def new_page(self) -> None:
        self.pages.append([])

    def paintEngine(self) -> QPaintEngine:  # noqa: N802 - Qt override
        return self._engine

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        return self._like.metric(metric)


def _features(engine: QPaintEngine) -> QPaintEngine.PaintEngineFeature:
    features = QPaintEngine.PaintEngineFeature(0)
    for feature in QPaintEngine.PaintEngineFeature:
        if engine.hasFeature(feature):
            features |= feature
    return features
