"""Printing the agreements or the case summaries of many cases into one PDF file.

Each document is made as a single print would make it; the file appears only when all
are made, and only then are the prints recorded (each as a single print records it), so
a batch stopped half-way leaves neither a file nor a print in the audit trail.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from sulh.db import models as m
from sulh.documents.merge import merge_pdfs
from sulh.domain.errors import MoveRefused, NotFound, PermissionDenied, SulhError, ValidationError
from sulh.domain.roles import Action
from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg
from sulh.services import documents
from sulh.services._common import log
from sulh.services.context import Actor, ServiceContext
from sulh.services.files import sync_folder, write_temp
from sulh.services.long_work import CancelCheck, Progress, Steps


class BatchDocument(StrEnum):
    AGREEMENT = "agreement"
    CASE_SUMMARY = "case_summary"


@dataclass(frozen=True)
class BatchReport:
    path: Path
    printed: tuple[str, ...]                        # case numbers, in the file's order
    skipped: tuple[tuple[str, Message], ...]        # case number and why it was left out
    pages: int
    sha256: str


class NothingToPrint(SulhError):
    """None of the chosen cases had the document; `details` says why for each."""


def print_batch(ctx: ServiceContext, actor: Actor, case_ids: Sequence[int], path: Path, *,
                document: BatchDocument | str = BatchDocument.AGREEMENT,
                languages: str | None = None, digits: str = "western",
                progress: Progress | None = None, cancelled: CancelCheck | None = None
                ) -> BatchReport:
    """The documents of `case_ids`, in that order, into the PDF file `path`.

    A case without the document (no agreement yet), or one this user may not print,
    is left out and named in the report; `progress(done, total)` counts the cases.
    """
    actor.require(Action.VIEW_CASES)
    actor.require(Action.PRINT_DOCUMENTS)
    kind = BatchDocument(document)
    steps = Steps(progress, cancelled)
    path = Path(path)
    ids = list(dict.fromkeys(case_ids))         # each case once, in the order chosen
    with ctx.reading() as uow:
        numbers: dict[int, str] = {case_id: number for case_id, number in uow.session.execute(
            select(m.Case.id, m.Case.number).where(m.Case.id.in_(ids)))}
    pending: list[Callable[[], object]] = []
    parts: list[bytes] = []
    printed: list[str] = []
    skipped: list[tuple[str, Message]] = []
    steps.report(0, len(ids))
    for done, case_id in enumerate(ids, start=1):
        steps.check()
        number = numbers.get(case_id, str(case_id))
        try:
            if kind is BatchDocument.AGREEMENT:
                pdf = documents.print_agreement(ctx, actor, case_id, digits=digits,
                                                defer=pending)
            else:
                pdf = documents.print_case_summary(ctx, actor, case_id, languages=languages,
                                                   digits=digits, defer=pending)
        except (NotFound, PermissionDenied, ValidationError, MoveRefused) as e:
            skipped.append((number, e.message))
        else:
            parts.append(pdf)
            printed.append(number)
        steps.report(done, len(ids))
    steps.check()
    if not parts:
        raise NothingToPrint(msg(QT_TRANSLATE_NOOP("BatchPrint", "None of the chosen cases has "
                                                                 "anything to print.")),
                             details=skipped)
    data, pages = merge_pdfs(parts)
    digest = hashlib.sha256(data).hexdigest()
    tmp = write_temp(path, data)
    try:
        steps.check()
        # From here on the prints are real: record each, then the batch, then the file.
        for record in pending:
            record()
        with ctx.writing() as uow:
            log(uow.session, ctx, actor, f"print.batch_{kind.value}", "print", None,
                after={"file": path.name, "sha256": digest, "cases": printed,
                       "pages": pages, "skipped": [n for n, _ in skipped]})
            uow.commit()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return BatchReport(path, tuple(printed), tuple(skipped), pages, digest)
