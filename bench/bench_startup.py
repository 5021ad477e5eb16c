"""Start to a usable main window, against a bare PySide6 window started the same way.

Each start is a new Python process (offscreen Qt), timed by the parent from the moment
it launches the process to the lines the child prints:

* bare: import PySide6, a QApplication, an empty QMainWindow shown;
* the app, along the path of `sulh` (sulh.cli -> gui.app.run_app): settings, languages
  and fonts, the database located, the controller's sign-in form shown -- "sign-in",
  when the form is first painted; meanwhile the database layer is loaded and the
  database opened on a thread (gui.opening) -- "loaded", the time a person's typing
  hides; then the form filled and submitted ("submit": at once if the loading is done
  sooner, else as soon as it is) and the main window shown with the first rows of the
  case list -- "ready".

The two kinds alternate, so that both see the same machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.suite import Result, Suite, median

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
w.show()
app.processEvents()
print("ready", time.process_time(), flush=True)
"""


def child(url: str, username: str) -> None:
    """The app's start, as run_app does it, with the sign-in submitted at once."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    import sulh.cli  # noqa: F401 - the entry point's imports, as `sulh` runs them
    from sulh.gui.app import AppController
    from sulh.gui.opening import DatabaseOpening
    from sulh.gui.qt_i18n import install_language, register_fonts
    from sulh.services.location import locate
    from sulh.settings import Settings

    def mark(name: str) -> None:
        print(name, time.process_time(), flush=True)

    settings = Settings()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Sulh")
    register_fonts()
    install_language(app, settings.language)
    opening = DatabaseOpening(locate(url).url)
    controller = AppController(opening, settings)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (event.type() == QEvent.Type.Paint and watched.objectName() == "SignInDialog"):
                app.removeEventFilter(self)
                mark("sign-in")
                QTimer.singleShot(0, fill)
            return False

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "SignInDialog"
        opening.context()                  # what typing the name and password hides
        mark("loaded")
        dialog.username.setText(username)  # type: ignore[attr-defined]
        dialog.password.setText(username + "-demo-2026")  # type: ignore[attr-defined]
        mark("submit")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    painted = FirstPaint()
    app.installEventFilter(painted)
    assert controller.start()
    main = controller.main
    assert main is not None
    main.window.resize(1280, 800)
    app.processEvents()
    assert main.model.rowCount() > 0
    mark("ready")


def _start(args: list[str]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, text=True,
                            env=env, stderr=subprocess.DEVNULL)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        name, _, cpu = line.strip().partition(" ")
        marks[name] = time.perf_counter() - started
        marks[name + " cpu"] = float(cpu or "nan")      # the child's own CPU seconds
        if name == "ready":
            break
    proc.kill()
    proc.wait()
    if "ready" not in marks:
        raise RuntimeError(f"{args} did not start")
    return marks


def run(suite: Suite) -> None:
    size = suite.largest
    for backend in suite.backends:
        url = suite.url(size, backend)
        bare: list[float] = []
        bare_cpu: list[float] = []
        runs: list[dict[str, float]] = []
        _start(["-c", BARE])                       # disk caches warm for both
        _start(["-m", "bench.bench_startup", url])
        for _ in range(suite.runs):
            marks = _start(["-c", BARE])
            bare.append(marks["ready"])
            bare_cpu.append(marks["ready cpu"])
            runs.append(_start(["-m", "bench.bench_startup", url]))
        base = median(bare)

        def of(name: str, runs: list[dict[str, float]] = runs) -> float:
            return median([r[name] for r in runs])

        form, loaded, ready = of("sign-in"), of("loaded"), of("ready")
        after = median([r["ready"] - r["submit"] for r in runs])
        suite.add(Result("start: bare PySide6 window", "-", None, base, "s", runs=len(bare),
                         note=f"CPU {median(bare_cpu):.2f} s"))
        suite.add(Result("start: sign-in form shown", backend, size, form, "s",
                         ratio=form / base, baseline="bare window",
                         target="≤ 1.5× bare window", met=form / base <= 1.5,
                         runs=len(runs), note="the first window, typed into at once"))
        suite.add(Result("start: database layer loaded and database open", backend, size,
                         loaded, "s", runs=len(runs),
                         note=f"{loaded - form:.2f} s after the form, on a thread, "
                              "while the name and password are typed"))
        suite.add(Result("start: sign-in submitted to the list shown", backend, size, after,
                         "s", runs=len(runs),
                         note="the password check (Argon2id, 0.1 s by design) and the "
                              "main window"))
        suite.add(Result("start: main window with the list, no typing time", backend, size,
                         ready, "s", ratio=ready / base, baseline="bare window",
                         target="≤ 1.5× bare window", met=ready / base <= 1.5,
                         runs=len(runs),
                         note=f"CPU {of('ready cpu'):.2f} s, "
                              f"{of('ready cpu') / median(bare_cpu):.1f}× the bare window's"))


if __name__ == "__main__":
    child(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "viewer1")
