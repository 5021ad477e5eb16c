"""Admin commands over the same services the desktop app uses.

Errors are one clear line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sulh import __version__

EXIT_FINDINGS = 1
EXIT_ERROR = 2
#: Commands that may create a new database; the others refuse a missing file,
#: so that a mistyped path is not mistaken for an empty database.
CREATING_COMMANDS = {"init", "demo", "import"}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sulh",
        description="Sulh (صلح): case tracker for the Community Policing Forums. "
                    "With no command, starts the desktop app.")
    p.add_argument("--db", metavar="URL",
                   help="database: a SQLite file path or URL, or postgresql://… "
                        "(default: $SULH_DATABASE_URL, else a SQLite file in your data folder)")
    p.add_argument("--version", action="version", version=f"sulh {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create the database or bring its schema up to date")
    init.add_argument("--admin", metavar="USERNAME",
                      help="also create an administrator account (asks for its password)")
    init.add_argument("--admin-name", default="", help="the administrator's full name")
    init.add_argument("--password-stdin", action="store_true",
                      help="read the administrator's password from standard input")

    demo = sub.add_parser("demo", help="add realistic synthetic data (for training and trials)")
    demo.add_argument("--cases", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)

    exp = sub.add_parser("export", help="write cases to an interchange file "
                                        "(docs/interchange.md)")
    exp.add_argument("-o", "--output", required=True, type=Path)
    exp.add_argument("--forum", metavar="CODE", help="only this forum's cases")

    imp = sub.add_parser("import", help="read an interchange file; nothing is written if "
                                        "any record is bad")
    imp.add_argument("file", type=Path)
    imp.add_argument("--check", action="store_true", help="only check the file")

    bk = sub.add_parser("backup", help="write a consistent copy of the database")
    bk.add_argument("dest_raw", metavar="DEST",
                    help="a file, or a folder (existing, or ending in /) to put the copy in")

    rs = sub.add_parser("restore", help="replace the database with a backup")
    rs.add_argument("source", type=Path)
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    enc = sub.add_parser("encrypt", help="encrypt the SQLite database with a passphrase "
                                         "(close Sulh first); its backups are then "
                                         "encrypted too")
    enc.add_argument("--passphrase-stdin", action="store_true",
                     help="read the new passphrase from standard input (default: "
                          "$SULH_DB_PASSPHRASE, else it is asked for twice)")

    ver = sub.add_parser("verify", help="check integrity, references and the audit trail")
    ver.add_argument("--anchor", action="append", default=[], metavar="ANCHOR",
                     help="also check the audit trail against a copy of its head kept "
                          "elsewhere: a backup's .anchor file, an export file, a folder of "
                          "backups, or EVENT:HASH as printed on a case summary (repeatable)")

    chk = sub.add_parser("check-agreement",
                         help="check a paper agreement's verification code against the record "
                              "(exit 0: it matches, 1: it does not)")
    chk.add_argument("code", nargs="+", metavar="CODE",
                     help="the QR code's text, or the agreement number and the 12 characters "
                          "printed under it")

    user = sub.add_parser("user", help="manage user accounts")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    uadd = usub.add_parser("add", help="add a user (asks for a password)")
    uadd.add_argument("username")
    uadd.add_argument("--role", required=True,
                      choices=["officer", "mediator", "coordinator", "admin", "viewer"])
    uadd.add_argument("--name", required=True, help="full name")
    uadd.add_argument("--forum", metavar="CODE")
    uadd.add_argument("--password-stdin", action="store_true")
    usub.add_parser("list", help="list users")

    forum = sub.add_parser("forum", help="manage forums")
    fsub = forum.add_subparsers(dest="forum_command", metavar="ACTION", required=True)
    fadd = fsub.add_parser("add", help="add a forum")
    fadd.add_argument("code", help="three letters and two digits, e.g. BGD01")
    fadd.add_argument("--governorate", required=True, help="governorate code, e.g. BGD")
    fadd.add_argument("--district", help="district code")
    fadd.add_argument("--name-ar", required=True)
    fadd.add_argument("--name-ckb", default="")
    fadd.add_argument("--name-en", default="")
    fsub.add_parser("list", help="list forums")
    _document_parsers(sub)
    _report_parser(sub)
    _forum_work_parsers(sub)
    return p


def _document_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Printing commands. A print is recorded in the audit trail against the person
    who prints, so they run as a named user: --as USERNAME, or $SULH_USER."""
    def common(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("case_number", metavar="CASE_NUMBER")
        cmd.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
        cmd.add_argument("--as", dest="as_user", metavar="USERNAME",
                         default=os.environ.get("SULH_USER"),
                         help="the user the print is recorded against (default: $SULH_USER)")
        cmd.add_argument("--languages", metavar="PAIR",
                         help="ar,en  ckb,en  or  ar,ckb")
        cmd.add_argument("--arabic-indic", action="store_true",
                         help="Arabic-Indic digits in the Arabic and Kurdish text")

    agr = sub.add_parser("agreement", help="print a case's agreement to PDF")
    common(agr)
    agr.add_argument("--hijri", action="store_true", help="add the Hijri date")
    common(sub.add_parser("referral-letter", help="print the letter for a case's referral"))
    inv = sub.add_parser("invitation", help="print an invitation to a session for a party")
    common(inv)
    inv.add_argument("--party", required=True, type=int, metavar="N",
                     help="the party's number in the case (1, 2, ...)")
    inv.add_argument("--date", required=True, type=dt.date.fromisoformat,
                     metavar="YYYY-MM-DD", help="the day of the session")
    inv.add_argument("--place", required=True, metavar="TEXT", help="where the session is")
    inv.add_argument("--time", default="", metavar="TEXT", help="the time of the session")
    common(sub.add_parser("case-summary", help="print a summary of a case"))


def _forum_work_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Survey rounds and meeting minutes. Recording a round is forum work and printing
    minutes is a print: both run as a named user (--as USERNAME, or $SULH_USER)."""
    def as_user(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--as", dest="as_user", metavar="USERNAME",
                         default=os.environ.get("SULH_USER"),
                         help="the user the change is recorded against (default: $SULH_USER)")

    survey = sub.add_parser("survey", help="quarterly community survey rounds")
    ssub = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    simp = ssub.add_parser("import", help="record a round from a survey tool's CSV or XLSX "
                                          "export; nothing is saved if any row is bad")
    simp.add_argument("file", type=Path)
    simp.add_argument("--forum", required=True, metavar="CODE")
    simp.add_argument("--quarter", required=True, metavar="YYYYQn", help="e.g. 2026Q3")
    simp.add_argument("--mapping", metavar="NAME",
                      help="the forum's saved column mapping of that name; if there is none "
                           "yet, the columns used are saved under it")
    simp.add_argument("--column", action="append", default=[], metavar="FIELD=HEADER",
                      help="the file's column for a field (sex, feel_safe, trust_police, "
                           "know_forum, would_bring); may be repeated")
    simp.add_argument("--baseline", action="store_true",
                      help="this round is the forum's baseline")
    simp.add_argument("--check", action="store_true",
                      help="only check the file and show what it would record")
    as_user(simp)
    slist = ssub.add_parser("list", help="a forum's rounds with their indicators by sex")
    slist.add_argument("--forum", required=True, metavar="CODE")

    mins = sub.add_parser("minutes", help="print the minutes of a forum meeting to PDF")
    mins.add_argument("--forum", required=True, metavar="CODE")
    mins.add_argument("--date", required=True, type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                      help="the day of the meeting")
    mins.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    mins.add_argument("--languages", metavar="PAIR",
                      help="ar,en  ckb,en  or  ar,ckb (default: the forum's usual pair)")
    mins.add_argument("--arabic-indic", action="store_true",
                      help="Arabic-Indic digits in the Arabic and Kurdish text")
    as_user(mins)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise SystemExit("sulh: error: the two passwords differ")
    return first


def _out(line: str = "") -> None:
    print(line, flush=True)


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "dest_raw", None) is not None:
        args.dest = Path(args.dest_raw)
    if args.command is None:
        from sulh.gui.app import run_app

        return run_app(args.db)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print("sulh: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - one line for the operator, never a traceback
        print(f"sulh: error: {_describe(e)}", file=sys.stderr)
        return EXIT_ERROR


def _describe(e: Exception) -> str:
    from sqlalchemy.exc import OperationalError

    from sulh.domain.errors import SulhError, ValidationError

    if isinstance(e, ValidationError) and e.field:
        return f"{e.field}: {e}"
    if isinstance(e, SulhError):
        return str(e).replace("\n", "; ")
    if isinstance(e, OperationalError):
        return f"cannot use the database: {str(e.orig).splitlines()[0]}"
    if isinstance(e, OSError):
        return f"{e.strerror or e}: {e.filename or ''}".rstrip(": ")
    return f"{type(e).__name__}: {e}".splitlines()[0]


def _dispatch(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from sulh.db.engine import resolve_url
    from sulh.services import users
    from sulh.services.setup import open_database

    url = make_url(resolve_url(args.db))
    if (url.get_backend_name() == "sqlite" and args.command not in CREATING_COMMANDS
            and not Path(str(url.database)).exists()):
        print(f"sulh: error: no database at {url.database}; create it with 'sulh init'",
              file=sys.stderr)
        return EXIT_ERROR
    if args.command == "backup" and str(args.dest_raw).endswith(("/", "\\")):
        args.dest.mkdir(parents=True, exist_ok=True)
    ctx = open_database(args.db)
    try:
        actor = users.system_actor(ctx)
        handler: Callable[..., int] = globals()[f"_cmd_{args.command.replace('-', '_')}"]
        return handler(args, ctx, actor, resolve_url(args.db))
    finally:
        ctx.close()


def _cmd_init(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.db.migrate import current_revision
    from sulh.services import users

    _out(f"database: {ctx.engine.url.render_as_string(hide_password=True)}")
    _out(f"schema: {current_revision(ctx.engine)}")
    if args.admin:
        users.create_user(ctx, actor, username=args.admin, full_name=args.admin_name or
                          args.admin, role="admin", password=_password(args.password_stdin))
        _out(f"administrator {args.admin} created")
    return 0


def _cmd_demo(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import demo

    def progress(done: int, total: int) -> None:
        if done == total or done % 50 == 0:
            print(f"\r{done}/{total} cases", end="", file=sys.stderr, flush=True)

    report = demo.generate(ctx, cases=args.cases, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    _out(f"{report.cases} cases in {report.forums} forums, {report.users} users")
    for stage, n in sorted(report.by_stage.items()):
        _out(f"  {stage:<18} {n}")
    return 0


def _cmd_export(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import exchange

    report = exchange.export_cases(ctx, actor, args.output, forum_code=args.forum)
    _out(f"{report.cases} cases, {report.persons} people → {report.path}")
    if report.withheld:
        _out(f"{report.withheld} sensitive case(s) left out: their people are not yours "
             "to know")
    _out(f"sha256 {report.sha256}")
    return 0


def _cmd_import(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import exchange

    if args.check:
        problems = exchange.check_file(ctx, args.file)
        for p in problems:
            print(f"sulh: {p}", file=sys.stderr)
        _out("the file is good" if not problems else f"{len(problems)} problem(s)")
        return EXIT_FINDINGS if problems else 0
    try:
        report = exchange.import_file(ctx, actor, args.file)
    except exchange.ImportRefused as e:
        for p in e.problems:
            print(f"sulh: {p}", file=sys.stderr)
        print(f"sulh: error: nothing imported: {len(e.problems)} problem(s)", file=sys.stderr)
        return EXIT_ERROR
    _out(str(report))
    return 0


def _cmd_backup(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import maintenance

    report = maintenance.backup(ctx, actor, args.dest)
    _out(f"backup written: {report.path} ({report.size:,} bytes, {report.seconds:.2f} s)")
    return 0


def _cmd_restore(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import maintenance

    if not args.yes:
        if not sys.stdin.isatty():
            raise SystemExit("sulh: error: restore replaces every record; add --yes to confirm")
        answer = input(f"Replace the database with {args.source}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            _out("nothing changed")
            return 0
    report = maintenance.restore(ctx, actor, args.source)
    _out(f"restored from {report.source}")
    if report.safety_copy:
        _out(f"the database as it was is kept in {report.safety_copy}")
    return 0


def _cmd_encrypt(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.db.encryption import ENV_PASSPHRASE
    from sulh.services import maintenance

    if maintenance.encryption_state(ctx) == "encrypted":
        _out("the database is already encrypted")
        return 0
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
    else:
        passphrase = os.environ.get(ENV_PASSPHRASE) or ""
        if not passphrase:
            passphrase = getpass.getpass("New passphrase: ")
            if getpass.getpass("Again: ") != passphrase:
                raise SystemExit("sulh: error: the two passphrases differ")
    report = maintenance.encrypt_database(ctx, actor, passphrase)
    _out(f"encrypted: {report.path} ({report.tables} tables, {report.rows:,} rows, "
         f"{report.seconds:.1f} s); the plain file was overwritten and removed")
    _out(f"from now on give the passphrase: the app asks for it; commands read "
         f"${ENV_PASSPHRASE}")
    for copy in report.plain_copies:
        _out(f"warning: {copy} is an unencrypted copy: delete it once you have an "
             f"encrypted backup")
    return 0


def _cmd_verify(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import anchors, maintenance

    report = maintenance.verify(ctx, actor)
    findings = list(report.findings)
    for source in args.anchor:
        checked = anchors.check(ctx, actor, source)
        a = checked.anchor
        when = f" of {a.at.astimezone():%Y-%m-%d %H:%M}" if Path(source).exists() else ""
        _out(f"anchor {source}: event {a.last_seq}{when}"
             + (" — matches" if not checked.findings else ""))
        findings += checked.findings
    for finding in findings:
        print(f"sulh: {finding}", file=sys.stderr)
    _out(f"{report.events_checked} audit events checked; "
         + ("no problems found" if not findings else f"{len(findings)} problem(s)"))
    # The head, to be kept somewhere else (written down, printed): a later check
    # against it finds events cut off the trail's end (sulh verify --anchor).
    head = anchors.head(ctx, actor)
    _out(f"audit head: event {head.last_seq}, {head.last_hash} "
         f"({head.at.astimezone():%Y-%m-%d %H:%M})")
    return 0 if not findings else EXIT_FINDINGS


def _cmd_check_agreement(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services.verification import SignatureCheck, Verdict, check_code

    result = check_code(ctx, actor, " ".join(args.code))
    if result.verdict is Verdict.MALFORMED:
        print(f"sulh: error: {result.message}", file=sys.stderr)
        return EXIT_ERROR
    _out(f"{result.verdict.value}: {result.message}")
    for note in result.notes:
        _out(f"  {note}")
    a = result.agreement
    if a is not None:
        signed = f"signed {a.signed_at:%Y-%m-%d}" if a.signed_at else a.status
        _out(f"agreement  {a.number} ({signed}, {a.languages})")
        _out(f"case       {a.case_number}")
        _out(f"parties    {'; '.join(a.party_names)}")
        for x in result.amended_after:
            _out(f"amendment  {x.seq} of {x.recorded_at:%Y-%m-%d}: {' '.join(x.reason.split())}")
    if result.signature is not SignatureCheck.NOT_PRESENT:
        _out(f"signature  {result.signature.value} (key {result.key_id})")
    return 0 if result.matches else EXIT_FINDINGS


def _cmd_user(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import forums, users

    if args.user_command == "list":
        for u in users.list_users(ctx, actor):
            _out(f"{u.username:<20} {u.role:<12} {'active' if u.active else 'inactive':<9} "
                 f"{u.full_name}")
        return 0
    forum_id = None
    if args.forum:
        f = forums.forum_by_code(ctx, args.forum)
        if f is None:
            raise SystemExit(f"sulh: error: no forum {args.forum}")
        forum_id = f.id
    u = users.create_user(ctx, actor, username=args.username, full_name=args.name,
                          role=args.role, forum_id=forum_id,
                          password=_password(args.password_stdin))
    _out(f"user {u.username} ({u.role}) created")
    return 0


def _cmd_forum(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import forums

    if args.forum_command == "list":
        for f in forums.list_forums(ctx, actor):
            _out(f"{f.code}  {f.governorate}  {f.name_en or f.name_ar}")
        return 0
    f = forums.create_forum(ctx, actor, code=args.code, name_ar=args.name_ar,
                            name_ckb=args.name_ckb, name_en=args.name_en,
                            governorate=args.governorate, district=args.district)
    _out(f"forum {f.code} created")
    return 0


def _print_document(args, ctx, what: str) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import cases, users

    if not args.as_user:
        print("sulh: error: a print is recorded against a person: name the user with "
              "--as USERNAME (or set SULH_USER)", file=sys.stderr)
        return EXIT_ERROR
    actor = users.actor_for(ctx, args.as_user)
    case_id = cases.find_case_id(ctx, actor, args.case_number)
    digits = "arabic-indic" if args.arabic_indic else "western"
    # A print is recorded, so make sure it can be saved before making it.
    part = args.output.with_name(f".{args.output.name}.part")
    try:
        with part.open("wb") as out:
            pdf = _make_document(args, ctx, actor, case_id, what, digits)
            out.write(pdf)
        os.replace(part, args.output)
    finally:
        part.unlink(missing_ok=True)
    _out(f"{what} for {args.case_number} written to {args.output} ({len(pdf):,} bytes); "
         f"the print is recorded against {actor.username}")
    return 0


def _make_document(args, ctx, actor, case_id: int, what: str,  # type: ignore[no-untyped-def]
                   digits: str) -> bytes:
    from sulh.services import documents

    if what == "agreement":
        pdf = documents.print_agreement(ctx, actor, case_id, languages=args.languages,
                                        digits=digits, hijri=args.hijri)
    elif what == "referral letter":
        pdf = documents.print_referral_letter(ctx, actor, case_id, languages=args.languages,
                                              digits=digits)
    elif what == "invitation":
        pdf = documents.print_invitation(ctx, actor, case_id, party=args.party,
                                         session_date=args.date, place=args.place,
                                         time=args.time, languages=args.languages,
                                         digits=digits)
    else:
        pdf = documents.print_case_summary(ctx, actor, case_id, languages=args.languages,
                                           digits=digits)
    return pdf


def _cmd_agreement(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    return _print_document(args, ctx, "agreement")


def _cmd_referral_letter(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    return _print_document(args, ctx, "referral letter")


def _cmd_invitation(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    return _print_document(args, ctx, "invitation")


def _cmd_case_summary(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    return _print_document(args, ctx, "case summary")


# ---------------------------------------------------------------- forum work

def _fail(message: str) -> int:
    print(f"sulh: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def _forum_of(args, ctx):  # type: ignore[no-untyped-def]
    from sulh.services import forums

    return forums.forum_by_code(ctx, args.forum)


def _person(args, ctx):  # type: ignore[no-untyped-def]
    from sulh.services import users

    return users.actor_for(ctx, args.as_user) if args.as_user else None


NO_PERSON = ("this is recorded against a person: name the user with --as USERNAME "
             "(or set SULH_USER)")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"


def _cmd_survey(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.domain.forum_work import INDICATORS, MAPPED_FIELDS
    from sulh.services import surveys

    if args.survey_command == "list":
        forum = _forum_of(args, ctx)
        if forum is None:
            return _fail(f"no forum {args.forum}")
        _out(f"{'quarter':<10} {'respondents':>12}  " + "  ".join(
            f"{i:<22}" for i in INDICATORS))
        for r in surveys.list_rounds(ctx, actor, forum.id):
            people = f"{r.respondents['f']}f+{r.respondents['m']}m"
            cells = [f"{_percent(x.percent())} (f {_percent(x.percent('f'))}, "
                     f"m {_percent(x.percent('m'))})" for x in r.results]
            _out(f"{r.quarter + (' *' if r.baseline else ''):<10} {people:>12}  "
                 + "  ".join(f"{c:<22}" for c in cells))
        _out("* baseline")
        return 0
    forum, person = _forum_of(args, ctx), _person(args, ctx)
    if forum is None or person is None:
        return _fail(f"no forum {args.forum}" if forum is None else NO_PERSON)
    columns: dict[str, str] = {}
    for item in args.column:
        name, sep, header = item.partition("=")
        if not sep or name.strip() not in MAPPED_FIELDS:
            return _fail(f"--column {item!r}: write FIELD=HEADER, FIELD one of "
                         f"{', '.join(MAPPED_FIELDS)}")
        columns[name.strip()] = header.strip()
    try:
        if args.check:
            found = surveys.check_file(ctx, person, forum.id, args.file, mapping=args.mapping,
                                       columns=columns or None)
            if found.faults:
                raise surveys.SurveyFileRefused(found.faults)
            results, respondents = found.indicator_results(), found.respondents
        else:
            view = surveys.import_round(ctx, person, forum.id, args.file, quarter=args.quarter,
                                        mapping=args.mapping, columns=columns or None,
                                        baseline=args.baseline)
            results, respondents = view.results, view.respondents
    except surveys.SurveyFileRefused as e:
        for fault in e.faults:
            print(f"sulh: {fault}", file=sys.stderr)
        print(f"sulh: error: nothing imported: {len(e.faults)} problem(s)", file=sys.stderr)
        return EXIT_ERROR
    _out(("the file is good; it would record" if args.check else f"round {args.quarter} of "
          f"{forum.code} recorded") + f": {respondents['f']} women and {respondents['m']} men")
    for x in results:
        _out(f"  {x.indicator:<14} {_percent(x.percent()):>7}   women {_percent(x.percent('f')):>7}"
             f"   men {_percent(x.percent('m')):>7}")
    return 0


def _cmd_minutes(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.services import forum_work

    forum, person = _forum_of(args, ctx), _person(args, ctx)
    if forum is None or person is None:
        return _fail(f"no forum {args.forum}" if forum is None else NO_PERSON)
    meetings = [x for x in forum_work.list_meetings(ctx, person, forum.id)
                if x.held_on == args.date]
    if len(meetings) != 1:
        return _fail(f"{forum.code} has {len(meetings) or 'no'} meeting(s) on "
                     f"{args.date.isoformat()}")
    part = args.output.with_name(f".{args.output.name}.part")
    try:
        with part.open("wb") as out:
            pdf = forum_work.print_minutes(
                ctx, person, meetings[0].id, languages=args.languages,
                digits="arabic-indic" if args.arabic_indic else "western")
            out.write(pdf)
        os.replace(part, args.output)
    finally:
        part.unlink(missing_ok=True)
    _out(f"minutes of {forum.code} on {args.date.isoformat()} written to {args.output} "
         f"({len(pdf):,} bytes); the print is recorded against {person.username}")
    return 0


# ---------------------------------------------------------------- statistics report

def _report_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rep = sub.add_parser("report", help="the statistics report of a period, as PDF, XLSX or "
                                        "CSV (cases counted by intake date)")
    rep.add_argument("--period", required=True, metavar="PERIOD",
                     help="a quarter (2026Q3), a year (2026), a month (2026-07) or two dates "
                          "(2026-07-01..2026-09-30)")
    rep.add_argument("--forum", metavar="CODE", help="only this forum's cases")
    rep.add_argument("--governorate", metavar="CODE",
                     help="only the cases in this governorate, e.g. BGD")
    rep.add_argument("--lang", choices=["ar", "ckb"], default="ar",
                     help="Arabic or Kurdish, each with English (default: ar)")
    rep.add_argument("-o", "--output", required=True, type=Path,
                     metavar="FILE.{pdf,xlsx,csv}", help="the format follows the suffix")


def _cmd_report(args, ctx, actor, url) -> int:  # type: ignore[no-untyped-def]
    from sulh.domain.errors import NotFound
    from sulh.i18n import QT_TRANSLATE_NOOP, msg
    from sulh.services import forums, reports, statistics

    forum_id = None
    if args.forum:
        f = forums.forum_by_code(ctx, args.forum)
        if f is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Error", "No such forum: {id}."),
                               id=args.forum))
        forum_id = f.id
    filters = statistics.Filters(statistics.parse_period(args.period), forum_id,
                                 args.governorate.upper() if args.governorate else None)
    size = reports.save_report(ctx, actor, filters, args.output, lang=args.lang)
    _out(f"report for {filters.period.label if filters.period else 'all dates'} written to "
         f"{args.output} ({size:,} bytes)")
    return 0
