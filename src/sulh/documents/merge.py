"""Several PDFs as one file (a batch of agreements or case summaries to print at once),
and the lock every use of PDFium in the app takes."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable

import pypdfium2 as pdfium

#: PDFium is not thread-safe: one call at a time, whichever thread makes it, for any
#: document (the print preview draws on the GUI thread while a batch merges in a worker).
PDFIUM = threading.Lock()


def merge_pdfs(parts: Iterable[bytes]) -> tuple[bytes, int]:
    """The pages of `parts`, in order, as one PDF; and how many pages it has.  Each
    document keeps its own page footers ("page 2 of 3")."""
    with PDFIUM:
        out = pdfium.PdfDocument.new()
    try:
        for data in parts:
            # One document at a time under the lock, so a preview open meanwhile can
            # still draw between them.
            with PDFIUM:
                source = pdfium.PdfDocument(data)
                try:
                    out.import_pages(source)
                finally:
                    source.close()
        buffer = io.BytesIO()
        with PDFIUM:
            out.save(buffer)
            pages = len(out)
    finally:
        with PDFIUM:
            out.close()
    return buffer.getvalue(), pages
