"""Reading produced PDFs back with QtPdf: text per page, page images, passwords."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument


class LoadedPdf:
    """A PDF loaded from bytes in memory; keep it alive while its pages are read."""

    def __init__(self, data: bytes, password: str | None = None) -> None:
        self._bytes = QByteArray(data)
        self.buffer = QBuffer(self._bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        if password is not None:
            self.document.setPassword(password)
        self.document.load(self.buffer)

    @property
    def error(self) -> QPdfDocument.Error:
        return self.document.error()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_text(self, page: int) -> str:
        return self.document.getAllText(page).text()

    def text(self) -> str:
        return "\n".join(self.page_text(page) for page in range(self.page_count))

    def render(self, page: int, width: int = 300) -> QImage:
        size = self.document.pagePointSize(page)
        height = round(width * size.height() / size.width())
        return self.document.render(page, QSize(width, height))

    def metadata(self, field: QPdfDocument.MetaDataField) -> str:
        return str(self.document.metaData(field))


def non_white_share(image: QImage) -> float:
    """The share of pixels that are not (nearly) white."""
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    dark = total = 0
    for y in range(0, converted.height(), 2):
        for x in range(0, converted.width(), 2):
            total += 1
            colour = converted.pixelColor(x, y)
            if colour.alpha() > 32 and colour.lightness() < 235:
                dark += 1
    return dark / total if total else 0.0
