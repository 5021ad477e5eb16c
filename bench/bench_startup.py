"""Start to a usable main window, against a bare PySide6 window started the same way.

Each start is a new Python process (offscreen Qt), timed by the parent from the moment
it launches the process to the line the child prints once its window is painted:

* bare: import PySide6, a QApplication, an empty QMainWindow shown;
* the app: the path of `sulh` (sulh.cli -> gui.app.run_app): settings, languages and
  fonts, the database opened and its schema checked, the sign-in form shown; then the
  form filled and submitted at once (no typing time), and the main window shown with
  the first rows of the case list.  The moment the sign-in form is up is reported too.

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
    from PySide6.QtWidgets import QApplication

    import sulh.cli  # noqa: F401 - the entry point's imports, as `sulh` runs them
    from sulh.gui.app import AppController
    from sulh.gui.qt_i18n import install_language, register_fonts
    from sulh.gui.sign_in import SignInDialog
    from sulh.services import users
    from sulh.services.setup import open_database
    from sulh.settings import Settings

    settings = Settings()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Sulh")
    register_fonts()
    install_language(app, settings.language)
    ctx = open_database(url)
    controller = AppController(ctx, settings)
    assert users.has_accounts(ctx)
    sign_in = SignInDialog(ctx)
    sign_in.dialog.show()
    app.processEvents()
    print("sign-in", time.process_time(), flush=True)
    sign_in.dialog.username.setText(username)
    sign_in.dialog.password.setText(username + "-demo-2026")
    sign_in._try()
    assert sign_in.actor is not None, sign_in.dialog.message.text()
    sign_in.dialog.hide()
    controller._open(sign_in.actor)
    main = controller.main
    assert main is not None
    main.window.resize(1280, 800)
    app.processEvents()
    assert main.model.rowCount() > 0
    print("ready", time.process_time(), flush=True)


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
        app: list[float] = []
        form: list[float] = []
        bare_cpu: list[float] = []
        app_cpu: list[float] = []
        _start(["-c", BARE])                       # disk caches warm for both
        _start(["-m", "bench.bench_startup", url])
        for _ in range(suite.runs):
            marks = _start(["-c", BARE])
            bare.append(marks["ready"])
            bare_cpu.append(marks["ready cpu"])
            marks = _start(["-m", "bench.bench_startup", url])
            app.append(marks["ready"])
            app_cpu.append(marks["ready cpu"])
            form.append(marks["sign-in"])
        base = median(bare)
        suite.add(Result("start: bare PySide6 window", "-", None, base, "s", runs=len(bare),
                         note=f"CPU {median(bare_cpu):.2f} s"))
        suite.add(Result("start: sign-in form shown", backend, size, median(form), "s",
                         ratio=median(form) / base, baseline="bare window", runs=len(form)))
        value = median(app)
        suite.add(Result("start: main window with the list", backend, size, value, "s",
                         ratio=value / base, baseline="bare window",
                         target="≤ 1.5× bare window", met=value / base <= 1.5, runs=len(app),
                         note=f"CPU {median(app_cpu):.2f} s, "
                              f"{median(app_cpu) / median(bare_cpu):.1f}× the bare window's"))


if __name__ == "__main__":
    child(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "viewer1")
