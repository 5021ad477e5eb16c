"""Print preview of a real PDF: its pages drawn by PDFium (pypdfium2), zoom, the system's
print dialog, and saving the very bytes that are shown.

PDFium draws an A4 page in about 10 ms at screen size and 35 ms at 300 dpi, so the
preview draws the pages near the visible part on the GUI thread, as they scroll into
view; printing draws every page at the printer's resolution (up to 600 dpi, about a
quarter of a second a page) and runs in a worker thread with a progress dialog.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QEvent, QObject, QRectF, QSizeF, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QWidget,
)

from sulh.documents.merge import PDFIUM
from sulh.gui import worker
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate

#: PDFium is not thread-safe: one call at a time, whichever thread makes it (the same
#: lock as a batch print's merging in a worker thread).
_PDFIUM = PDFIUM
POINTS_PER_INCH = 72.0
#: Printers that report more (1200 dpi) get 600 dpi images: as sharp on paper, a quarter
#: of the memory and time.
MAX_PRINT_DPI = 600
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"
PAGE_GAP = 16          # the form's margins and spacing around the pages, in pixels


class PdfPages:
    """A PDF held in memory and opened with PDFium: its page sizes, and any page drawn at
    any resolution."""

    def __init__(self, data: bytes) -> None:
        self.data = bytes(data)
        with _PDFIUM:
            self._doc = pdfium.PdfDocument(self.data)
            self.sizes: list[tuple[float, float]] = []     # width, height in points
            for i in range(len(self._doc)):
                page = self._doc[i]
                width, height = page.get_size()
                page.close()
                self.sizes.append((float(width), float(height)))
        self.closed = False

    def __len__(self) -> int:
        return len(self.sizes)

    @contextlib.contextmanager
    def drawn(self, index: int, dpi: float) -> Iterator[QImage]:
        """Page `index` (from 0) drawn at `dpi` on white, as a QImage over PDFium's own
        pixels: valid inside the `with` block only."""
        with _PDFIUM:
            page = self._doc[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH,
                                     force_bitmap_format=pdfium_c.FPDFBitmap_BGRx)
            finally:
                page.close()
        try:
            # BGRx bytes are Qt's 0xffRRGGBB words on every little-endian PC.
            yield QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                         QImage.Format.Format_RGB32)
        finally:
            with _PDFIUM:
                bitmap.close()

    def image(self, index: int, dpi: float) -> QImage:
        """Page `index` drawn at `dpi`, as an image of its own."""
        with self.drawn(index, dpi) as image:
            return image.copy()

    def close(self) -> None:
        with _PDFIUM:
            if not self.closed:
                self._doc.close()
                self.closed = True


def print_pages(pages: PdfPages, printer: QPrinter, order: Sequence[int],
                report: Callable[[int, int], None] | None = None,
                cancelled: threading.Event | None = None) -> int:
    """Draw the pages (indexes from 0, in `order`, repeats for copies) on `printer`, each
    at the printer's resolution and as large as the paper allows without distortion (an
    A4 page on A4 paper is printed at its true size).  Safe in a worker thread: QPainter
    may paint on a QPrinter there.  Returns the number of sheets drawn."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("PdfPreview", "The printer could not be started."))
    drawn = 0
    try:
        resolution = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(resolution)
        for index in order:
            if cancelled is not None and cancelled.is_set():
                printer.abort()
                break
            if drawn:
                printer.newPage()
            width_pt, height_pt = pages.sizes[index]
            natural_w = width_pt / POINTS_PER_INCH * resolution
            natural_h = height_pt / POINTS_PER_INCH * resolution
            scale = min(paper.width() / natural_w, paper.height() / natural_h)
            if 0.98 < scale < 1.02:      # same paper size, rounded by the driver
                scale = 1.0
            target = QRectF(0, 0, natural_w * scale, natural_h * scale)
            target.moveCenter(QRectF(paper).center())
            dpi = min(resolution, MAX_PRINT_DPI) * scale
            with pages.drawn(index, dpi) as image:
                painter.drawImage(target, image)
            drawn += 1
            if report is not None:
                report(drawn, len(order))
    finally:
        painter.end()
    return drawn


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file so that it is either the old one or all of `data`, never half."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class PdfPreview(QObject):
    """The preview dialog of one PDF (Designer form `ui/print_preview_dialog.ui`).

    What it shows, prints and saves is `pdf`, byte for byte.  `file_name` is offered when
    saving.
    """

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, *,
                 file_name: str = "", arabic_indic: bool = False) -> None:
        dialog: QDialog = load_form("print_preview_dialog", parent)
        super().__init__(dialog)
        self.dialog = dialog
        self.pdf = bytes(pdf)
        self.pages = PdfPages(self.pdf)
        self.title = title
        self.file_name = file_name or "document.pdf"
        self.arabic_indic = arabic_indic
        self.job: worker.Job | None = None
        self.printer: QPrinter | None = None
        self.progress: QProgressDialog | None = None
        self.zoom_factor = 1.0
        self._page = 1                              # the page in view, from 1
        self._rendered: dict[int, float] = {}       # page index -> dpi it is drawn at
        self._labels: list[QLabel] = []
        d = dialog
        d.setWindowTitle(translate("PdfPreview", "Print preview — {title}").format(title=title))
        d.setProperty("controller", self)
        style = d.style()
        d.previousPage.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        d.nextPage.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        d.zoom.addItem(translate("PdfPreview", "Fit width"), FIT_WIDTH)
        d.zoom.addItem(translate("PdfPreview", "Whole page"), FIT_PAGE)
        for z in ZOOMS:
            d.zoom.addItem(self._digits(f"{round(z * 100)}%"), z)
        for i in range(len(self.pages)):
            label = QLabel(d.pagesWidget)
            label.setObjectName(f"page{i + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white;")
            label.setAccessibleName(self._page_text(i))
            d.pagesLayout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        d.pagesLayout.addStretch(1)
        area = d.pagesArea
        area.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        area.viewport().installEventFilter(self)
        d.zoom.currentIndexChanged.connect(lambda _i: self._zoom_chosen())
        d.zoomIn.clicked.connect(self.zoom_in)
        d.zoomOut.clicked.connect(self.zoom_out)
        d.previousPage.clicked.connect(lambda: self.go_to(self._page - 1))
        d.nextPage.clicked.connect(lambda: self.go_to(self._page + 1))
        d.printButton.clicked.connect(self.print_with_dialog)
        d.saveButton.clicked.connect(self.save_as)
        d.closeButton.clicked.connect(d.reject)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           (QKeySequence.StandardKey.Print, self.print_with_dialog),
                           (QKeySequence.StandardKey.Save, self.save_as)):
            QShortcut(QKeySequence(keys), d, slot)
        d.finished.connect(lambda _r: self._finished())
        pages = self.pages
        d.destroyed.connect(lambda _obj=None: pages.close())    # the dialog's parent went
        d.zoom.setCurrentIndex(0)
        self._zoom_chosen()
        self._show_page_number()

    # ------------------------------------------------------------ showing

    def _digits(self, text: str) -> str:
        return digits(text, self.arabic_indic)

    def _page_text(self, index: int) -> str:
        return self._digits(translate("PdfPreview", "Page {n} of {total}").format(
            n=index + 1, total=len(self.pages)))

    def page_count(self) -> int:
        return len(self.pages)

    def page_labels(self) -> list[QLabel]:
        return list(self._labels)

    def _logical_dpi(self) -> float:
        return float(self.dialog.logicalDpiX() or 96)

    def _fit_zoom(self, mode: str) -> float:
        viewport = self.dialog.pagesArea.viewport()
        dpi = self._logical_dpi()
        widest = max(w for w, _h in self.pages.sizes) / POINTS_PER_INCH * dpi
        tallest = max(h for _w, h in self.pages.sizes) / POINTS_PER_INCH * dpi
        room_w = viewport.width() - 2 * PAGE_GAP
        if self.dialog.pagesArea.verticalScrollBar().isHidden():
            room_w -= self.dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        zoom = room_w / widest
        if mode == FIT_PAGE:
            zoom = min(zoom, (viewport.height() - 2 * PAGE_GAP) / tallest)
        return max(0.1, min(zoom, ZOOMS[-1]))

    def _zoom_chosen(self) -> None:
        choice = self.dialog.zoom.currentData()
        zoom = self._fit_zoom(choice) if isinstance(choice, str) else float(choice)
        self.set_zoom(zoom)

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at `zoom` (1.0: their size on paper), keeping the current page
        in view."""
        page = self._page
        self.zoom_factor = zoom
        dpi = self._logical_dpi() * zoom
        for label, (w, h) in zip(self._labels, self.pages.sizes, strict=True):
            label.setFixedSize(round(w / POINTS_PER_INCH * dpi), round(h / POINTS_PER_INCH * dpi))
        self.dialog.zoomOut.setEnabled(zoom > ZOOMS[0] + 1e-6)
        self.dialog.zoomIn.setEnabled(zoom < ZOOMS[-1] - 1e-6)
        self.dialog.pagesWidget.adjustSize()
        QTimer.singleShot(0, self, lambda: self._after_zoom(page))

    def _after_zoom(self, page: int) -> None:
        if self.pages.closed:
            return
        self.go_to(page)
        self._draw_visible()

    def zoom_in(self) -> None:
        self._step_zoom(+1)

    def zoom_out(self) -> None:
        self._step_zoom(-1)

    def _step_zoom(self, step: int) -> None:
        now = self.zoom_factor
        steps = [z for z in ZOOMS if (z > now + 1e-6 if step > 0 else z < now - 1e-6)]
        if not steps:
            return
        target = steps[0] if step > 0 else steps[-1]
        self.dialog.zoom.setCurrentIndex(self.dialog.zoom.findData(target))

    def _scrolled(self) -> None:
        self._page = self.current_page()
        self._draw_visible()
        self._show_page_number()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and not self.pages.closed:
            if isinstance(self.dialog.zoom.currentData(), str):
                QTimer.singleShot(0, self, self._refit)
            else:
                QTimer.singleShot(0, self, self._draw_visible)
        return False

    def _refit(self) -> None:
        if self.pages.closed:
            return
        zoom = self._fit_zoom(self.dialog.zoom.currentData())
        if abs(zoom - self.zoom_factor) > 1e-3:
            self.set_zoom(zoom)
        else:
            self._draw_visible()

    def _draw_visible(self) -> None:
        """Draw the pages in view and next to it; let go of those far from it."""
        if self.pages.closed or not self.dialog.isVisible():
            return
        area = self.dialog.pagesArea
        top = area.verticalScrollBar().value()
        height = area.viewport().height()
        ratio = self.dialog.devicePixelRatioF()
        dpi = self._logical_dpi() * self.zoom_factor * ratio
        for i, label in enumerate(self._labels):
            g = label.geometry()
            near = g.bottom() >= top - height and g.top() <= top + 2 * height
            if near and self._rendered.get(i) != dpi:
                pixmap = QPixmap.fromImage(self.pages.image(i, dpi))
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
                self._rendered[i] = dpi
            elif not near and i in self._rendered:
                label.clear()
                del self._rendered[i]

    def drawn_pages(self) -> list[int]:
        """The pages (from 1) drawn on screen now."""
        return sorted(i + 1 for i in self._rendered)

    def current_page(self) -> int:
        """The page (from 1) at the middle of the view."""
        area = self.dialog.pagesArea
        middle = area.verticalScrollBar().value() + area.viewport().height() // 2
        for i, label in enumerate(self._labels):
            if label.geometry().bottom() + PAGE_GAP >= middle:
                return i + 1
        return len(self._labels)

    def go_to(self, page: int) -> None:
        page = max(1, min(page, len(self._labels)))
        label = self._labels[page - 1]
        self.dialog.pagesArea.verticalScrollBar().setValue(label.y() - PAGE_GAP)
        self._page = page
        self._show_page_number(page)

    def _show_page_number(self, page: int | None = None) -> None:
        page = page or self._page
        d = self.dialog
        d.pageLabel.setText(self._page_text(page - 1))
        d.previousPage.setEnabled(page > 1)
        d.nextPage.setEnabled(page < len(self._labels))

    # ------------------------------------------------------------ saving

    def _default_path(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / self.file_name)

    def save_as(self) -> Path | None:
        """Ask where, then write the PDF there as it is; the path written, or None."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self.dialog, translate("PdfPreview", "Save as PDF"), self._default_path(),
            translate("PdfPreview", "PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + ".pdf")
            if path.exists() and QMessageBox.question(
                    self.dialog, translate("PdfPreview", "Replace the file?"),
                    translate("PdfPreview", "{name} already exists. Replace it?").format(
                        name=path.name),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return None
        try:
            write_atomically(path, self.pdf)
        except OSError as e:
            QMessageBox.warning(self.dialog, translate("PdfPreview", "Not saved"),
                                translate("PdfPreview", "The PDF could not be saved as {path}: "
                                                        "{reason}").format(
                                    path=str(path), reason=e.strerror or str(e)))
            return None
        return path

    # ------------------------------------------------------------ printing

    def new_printer(self) -> QPrinter:
        """A printer set up for this document: its name, and paper the size of its first
        page (A4 for every Sulh document)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        width, height = self.pages.sizes[0] if self.pages.sizes else (595.28, 841.89)
        printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point,
                                      "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if height >= width
                                   else QPageLayout.Orientation.Landscape)
        return printer

    def print_with_dialog(self) -> worker.Job | None:
        """The system's print dialog; then print what it was told to."""
        if self.job is not None:
            return None
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self.dialog)
        dialog.setWindowTitle(translate("PdfPreview", "Print {title}").format(title=self.title))
        dialog.setMinMax(1, len(self.pages))
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(option.PrintPageRange | option.PrintCurrentPage | option.PrintToFile
                          | option.PrintCollateCopies | option.PrintShowPageSize)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.print_to(printer)

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The page indexes to draw for what the print dialog set: the range, and copies
        when the printer does not make them itself."""
        n = len(self.pages)
        chosen = list(range(n))
        kind = printer.printRange()
        if kind == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            chosen = list(range(printer.fromPage() - 1, min(printer.toPage(), n)))
        elif kind == QPrinter.PrintRange.CurrentPage:
            chosen = [self._page - 1]
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        if printer.collateCopies():
            return chosen * copies
        return [i for i in chosen for _ in range(copies)]

    def print_to(self, printer: QPrinter, order: Sequence[int] | None = None) -> worker.Job:
        """Print in a worker thread, with a progress dialog the user can cancel; the job's
        `finished` gives the number of sheets drawn, `failed` the error."""
        order = list(order) if order is not None else self.pages_to_print(printer)
        pages = self.pages
        self.printer = printer
        progress = QProgressDialog(translate("PdfPreview", "Printing {title}…").format(
            title=self.title), translate("PdfPreview", "Cancel"), 0, len(order), self.dialog)
        progress.setWindowTitle(translate("PdfPreview", "Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        def work(report: Callable[[int, int], None], cancelled: threading.Event) -> int:
            return print_pages(pages, printer, order, report, cancelled)

        job = worker.Job(work)
        self.job = job
        progress.canceled.connect(job.cancel)
        # Slots of this object: disconnected by Qt if the dialog goes first.
        job.signals.progress.connect(self._print_progress)
        job.signals.finished.connect(self._print_finished)
        job.signals.failed.connect(self._printed)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker.start(job)
        return job

    def _print_progress(self, done: int, _total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)

    def _print_finished(self, _sheets: object) -> None:
        self._printed(None)

    def _printed(self, error: object) -> None:
        QApplication.restoreOverrideCursor()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        self.printer = None
        if error is not None:
            reason = str(error) or type(error).__name__
            QMessageBox.warning(self.dialog, translate("PdfPreview", "Not printed"),
                                translate("PdfPreview", "{title} could not be printed: "
                                                        "{reason}").format(
                                    title=self.title, reason=reason))
        if not self.dialog.isVisible():     # closed while printing
            self._let_go()

    # ------------------------------------------------------------ showing the dialog

    def _finished(self) -> None:
        if self.job is None:          # a print under way still needs the pages
            self._let_go()

    def _let_go(self) -> None:
        """Free PDFium's document and the dialog once it is closed."""
        self.pages.close()
        self._rendered.clear()
        self.dialog.deleteLater()

    def open(self) -> None:
        """Show without blocking (window-modal)."""
        self.dialog.open()

    def exec(self) -> int:
        return self.dialog.exec()
