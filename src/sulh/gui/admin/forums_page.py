"""The forum register page: forums with their stations; adding and editing forums,
adding stations (ui/admin_forums.ui, ui/admin_forum_dialog.ui, ui/admin_station_dialog.ui)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeWidgetItem, QVBoxLayout, QWidget

from sulh.domain.errors import ValidationError
from sulh.domain.reference import ReferenceData, is_active
from sulh.gui import feedback
from sulh.gui.admin.common import AdminDialog, name_in, place_name, select_data, yes_no
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import forums
from sulh.services.records import ForumView, StationView
from sulh.services.reference_data import reference_data

FORUM_ROLE = Qt.ItemDataRole.UserRole
STATION_ROLE = Qt.ItemDataRole.UserRole + 1


def _fill_districts(combo: QComboBox, governorate: str | None, language: str,
                    blank: str, ref: ReferenceData) -> None:
    keep = combo.currentData()
    combo.clear()
    combo.addItem(blank, None)
    place = ref.governorates.get(governorate or "")
    for d in sorted(place.children if place else (), key=lambda p: p.name(language)):
        if is_active(d) or d.code == keep:
            combo.addItem(d.name(language), d.code)
    select_data(combo, keep)


class ForumDialog(AdminDialog):
    """A new forum (forum None) or changes to one."""

    form_name = "admin_forum_dialog"

    def __init__(self, session: AppSession, forum: ForumView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.forum = forum
        # What the form was filled with: only fields changed from these are saved, so a
        # save after someone else's change (stale, reloaded) keeps their other changes.
        self.loaded = forum
        ui, lang = self.dialog, session.language
        ui.setWindowTitle(translate("ForumDialog", "New forum") if forum is None
                          else translate("ForumDialog", "Forum {code}").format(code=forum.code))
        ui.governorate.addItem("", None)
        for code, g in sorted(reference_data(session.ctx).governorates.items(),
                              key=lambda kv: kv[1].name(lang)):
            ui.governorate.addItem(g.name(lang), code)
        ui.governorate.currentIndexChanged.connect(self._governorate_changed)
        self._governorate_changed()
        if forum is None:
            ui.form.setRowVisible(ui.active, False)
        else:
            ui.code.setText(forum.code)
            ui.code.setReadOnly(True)
            ui.code.setToolTip(translate("ForumDialog", "A forum's code stays the same: it is "
                                                        "part of its case numbers."))
            for lang_ in ("ar", "ckb", "en"):
                getattr(ui, f"name_{lang_}").setText(getattr(forum, f"name_{lang_}"))
            select_data(ui.governorate, forum.governorate)
            select_data(ui.district, forum.district)
            ui.active.setChecked(forum.active)
            ui.name_ar.setFocus()

    def _governorate_changed(self) -> None:
        _fill_districts(self.dialog.district, self.dialog.governorate.currentData(),
                        self.session.language, translate("ForumDialog", "(whole governorate)"),
                        reference_data(self.session.ctx))

    def _values(self) -> dict[str, object]:
        ui = self.dialog
        return {"name_ar": ui.name_ar.text(), "name_ckb": ui.name_ckb.text(),
                "name_en": ui.name_en.text(),
                "governorate": ui.governorate.currentData() or "",
                "district": ui.district.currentData()}

    def save(self) -> None:
        s = self.session
        if self.forum is None:
            def create() -> ForumView:
                if not self.dialog.governorate.currentData():
                    raise ValidationError(msg(QT_TRANSLATE_NOOP(
                        "ForumDialog", "Choose the governorate the forum is in.")),
                        field="governorate")
                return forums.create_forum(s.ctx, s.actor, code=self.dialog.code.text(),
                                           **self._values())
            ok, view = self.run(create)
        else:
            assert self.loaded is not None
            changes = {k: v for k, v in self._values().items()
                       if v != getattr(self.loaded, k)}
            if self.dialog.active.isChecked() != self.loaded.active:
                changes["active"] = self.dialog.active.isChecked()
            if not changes:
                self.done(self.forum)
                return
            ok, view = self.run(forums.update_forum, s.ctx, s.actor, self.forum.id,
                                version=self.forum.version, **changes)
        if ok:
            self.done(view)

    def reload(self) -> None:
        assert self.forum is not None
        fresh = [f for f in forums.list_forums(self.session.ctx, self.session.actor)
                 if f.id == self.forum.id]
        if fresh:
            self.forum = fresh[0]

    def stale_record(self) -> object:
        return self.forum


class StationDialog(AdminDialog):
    """A new police station of one forum (station None), or changes to one: its names,
    district and whether it is still active.  A station stays with its forum."""

    form_name = "admin_station_dialog"

    def __init__(self, session: AppSession, forum: ForumView,
                 station: StationView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.forum = forum
        self.station = station
        # What the form was filled with: only the fields changed from these are saved, so
        # a save after someone else's change (stale, reloaded) keeps their other changes.
        self.loaded = station
        ui = self.dialog
        ui.intro.setText(translate("StationDialog", "A police station of the forum {forum}.")
                         .format(forum=f"{forum.code} — {name_in(forum, session.language)}"))
        if station is not None:
            # Its own district stays in the list, even a withdrawn one.
            ui.district.addItem("", station.district)
            ui.district.setCurrentIndex(0)
        _fill_districts(ui.district, forum.governorate, session.language,
                        translate("StationDialog", "(not given)"), reference_data(session.ctx))
        if station is None:
            ui.setWindowTitle(translate("StationDialog", "New police station"))
            ui.form.setRowVisible(ui.active, False)
        else:
            ui.setWindowTitle(translate("StationDialog", "Police station {name}").format(
                name=name_in(station, session.language)))
            for lang in ("ar", "ckb", "en"):
                getattr(ui, f"name_{lang}").setText(getattr(station, f"name_{lang}"))
            select_data(ui.district, station.district)
            ui.active.setChecked(station.active)
        ui.name_ar.setFocus()

    def _values(self) -> dict[str, object]:
        ui = self.dialog
        return {"name_ar": ui.name_ar.text(), "name_ckb": ui.name_ckb.text(),
                "name_en": ui.name_en.text(), "district": ui.district.currentData(),
                "active": ui.active.isChecked()}

    def save(self) -> None:
        s = self.session
        if self.station is None:
            values = self._values()
            values.pop("active")
            ok, view = self.run(forums.add_station, s.ctx, s.actor, self.forum.id, **values)
        else:
            assert self.loaded is not None
            changes = {k: v for k, v in self._values().items()
                       if v != getattr(self.loaded, k)}
            if not changes:
                self.done(self.station)
                return
            ok, view = self.run(forums.update_station, s.ctx, s.actor, self.station.id,
                                version=self.station.version, **changes)
        if ok:
            self.done(view)

    def reload(self) -> None:
        assert self.station is not None
        fresh = [st for f in forums.list_forums(self.session.ctx, self.session.actor)
                 for st in f.stations if st.id == self.station.id]
        if fresh:
            self.station = fresh[0]

    def stale_record(self) -> object:
        return self.station


class ForumsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: AdminDialog | None = None
        self.ui = load_form("admin_forums", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        tree = self.ui.forumTree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        tree.itemActivated.connect(lambda item, _col: self._activated(item))
        self.ui.addForum.clicked.connect(self.add_forum)
        self.ui.editForum.clicked.connect(self.edit_forum)
        self.ui.addStation.clicked.connect(self.add_station)
        self.ui.editStation.clicked.connect(self.edit_station)
        self.ui.refresh.clicked.connect(lambda: self.refresh())
        self.forums: list[ForumView] = []
        self.refresh()

    def refresh(self, select_forum: int | None = None, select_station: int | None = None
                ) -> None:
        tree, lang = self.ui.forumTree, self.session.language
        ref = reference_data(self.session.ctx)
        current = self.selected_forum()
        if select_forum is None and current is not None:
            select_forum = current.id
        try:
            self.forums = forums.list_forums(self.session.ctx, self.session.actor)
        except Exception as e:  # noqa: BLE001 - shown; the page stays usable
            feedback.show_error(self, e)
            return
        tree.clear()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        chosen: QTreeWidgetItem | None = None
        for f in self.forums:
            item = QTreeWidgetItem([f.code, name_in(f, lang),
                                    place_name(f.governorate, lang, ref),
                                    place_name(f.district, lang, ref), yes_no(f.active)])
            item.setData(0, FORUM_ROLE, f.id)
            if not f.active:
                for col in range(tree.columnCount()):
                    item.setForeground(col, grey)
            for st in f.stations:
                child = QTreeWidgetItem(["", name_in(st, lang), "",
                                         place_name(st.district, lang, ref), yes_no(st.active)])
                if not st.active:
                    for col in range(tree.columnCount()):
                        child.setForeground(col, grey)
                child.setData(0, FORUM_ROLE, f.id)
                child.setData(0, STATION_ROLE, st.id)
                child.setToolTip(1, " · ".join(n for n in (st.name_ar, st.name_ckb, st.name_en)
                                               if n))
                item.addChild(child)
                if st.id == select_station:
                    chosen = child
            tree.addTopLevelItem(item)
            if f.id == select_forum and chosen is None:
                chosen = item
        tree.expandAll()
        if chosen is not None:
            tree.setCurrentItem(chosen)
        self._update_buttons()

    def selected_forum(self) -> ForumView | None:
        item = self.ui.forumTree.currentItem()
        if item is None:
            return None
        forum_id = item.data(0, FORUM_ROLE)
        return next((f for f in self.forums if f.id == forum_id), None)

    def _selected_is_station(self) -> bool:
        item = self.ui.forumTree.currentItem()
        return item is not None and item.data(0, STATION_ROLE) is not None

    def selected_station(self) -> StationView | None:
        item = self.ui.forumTree.currentItem()
        forum = self.selected_forum()
        if item is None or forum is None:
            return None
        station_id = item.data(0, STATION_ROLE)
        return next((st for st in forum.stations if st.id == station_id), None)

    def _update_buttons(self) -> None:
        forum = self.selected_forum()
        self.ui.editForum.setEnabled(forum is not None and not self._selected_is_station())
        self.ui.addStation.setEnabled(forum is not None)
        self.ui.editStation.setEnabled(self.selected_station() is not None)

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, STATION_ROLE) is None:
            self.edit_forum()
        else:
            self.edit_station()

    def _open(self, dialog: AdminDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def add_forum(self) -> None:
        dialog = ForumDialog(self.session, None, self)
        dialog.saved.connect(lambda view: self.refresh(select_forum=view.id))
        self._open(dialog)

    def edit_forum(self) -> None:
        forum = self.selected_forum()
        if forum is None or self._selected_is_station():
            return
        dialog = ForumDialog(self.session, forum, self)
        dialog.saved.connect(lambda view: self.refresh(select_forum=view.id))
        self._open(dialog)

    def add_station(self) -> None:
        forum = self.selected_forum()
        if forum is None:
            return
        dialog = StationDialog(self.session, forum, None, self)
        dialog.saved.connect(self._station_added)
        self._open(dialog)

    def edit_station(self) -> None:
        forum, station = self.selected_forum(), self.selected_station()
        if forum is None or station is None:
            return
        dialog = StationDialog(self.session, forum, station, self)
        dialog.saved.connect(self._station_added)
        self._open(dialog)

    def _station_added(self, view: StationView) -> None:
        self.refresh(select_forum=view.forum_id, select_station=view.id)
