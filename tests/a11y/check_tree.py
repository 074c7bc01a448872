#!/usr/bin/python3
"""Reads the desktop window through the AT-SPI bus, as Orca does, and fails on
what a screen-reader user would miss:

  - an interactive widget (button, check box, combo box, entry, table, tree,
    list, menu item of the menu bar, spin button, ...) without a name;
  - a name that hides the visible text (WCAG 2.5.3 "label in name"): Qt's
    labels have no text interface, so a label with a name of its own hides
    what it shows; the record's progress and the Sign dialog's signing time,
    known from the database and the clock, must be in some name;
  - a table or tree that Tab or Shift+Tab cannot leave, one Ctrl+Tab moves
    about in, or one Tab never reaches (walked round the whole window);
  - choosing a record in the record list that moves the focus (or a focus
    event) away from the list, and Enter there that does not go into the record;
  - ticking an item (Space, then Ctrl+Z) that raises no checked or value
    event on the item, or a status cell that does not expose its checked state;
  - a note editor without a name, and a status-bar message nobody can read;
  - a sealed record's checklist still described as editable;
  - dialogs (Sign, New Record) with unnamed widgets or a mnemonic used twice.

Run by tests/a11y/run-a11y.sh inside its own X server and D-Bus session:
  check_tree.py --app build/bin/countersign --cli build/bin/countersign-cli --workdir DIR
Prints every finding and exits 1 when there is any. A11Y_TRACE=1 prints each key pressed.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import unicodedata

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

ADMIN_PASSWORD = "Adm1n-Harbour-Lantern"
SIGNER_PASSWORD = "Quill-Meadow-Copper7"
TEMPLATE = "Production Deployment Checklist"
ROLES = ["Deployment Manager", "QA Lead", "Development Lead", "Product Owner"]
SMALL_ROLES = ["QA Lead"]
SMALL_TEMPLATE = """# Hotfix Checklist

## Checks

| Item | Status | Notes |
|------|--------|-------|
| Smoke tests pass | ☐ | |
| Rollback plan agreed | ☐ | |

## Sign-off

| Role | Name | Signature | Date |
|------|------|-----------|------|
| QA Lead | | | |
"""
# Enough for any widget that is not a trap: one press leaves it.
TAB_PRESSES = 4

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_PAGE_TAB,
}
ITEM_VIEWS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX}
MENU_ITEMS = {pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_MENU}
TEXT_SHOWN = {pyatspi.ROLE_LABEL, pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON}

findings = []
# The record page's scroll area, once the window is up.
PAGE = []


def find(kind, message):
    findings.append(f"{kind}: {message}")
    print(f"FINDING {kind}: {message}", flush=True)


def note(message):
    print(f"check_tree: {message}", flush=True)


# ---- The database: two records from the built-in template, one of them sealed.
def cli(args, cli_path, db, stdin=""):
    run = subprocess.run([cli_path, "--db", db] + args, input=stdin,
                         capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        sys.exit(f"check_tree: countersign-cli {' '.join(args)} failed: {run.stderr.strip()}")
    return run.stdout


def make_database(cli_path, db):
    cli(["admin", "init", "--login", "admin", "--name", "Ada Admin", "--password-stdin"], cli_path, db,
        ADMIN_PASSWORD + "\n")
    cli(["signer", "add", "--login", "quinn", "--name", "Quinn Lead", "--roles", ",".join(ROLES), "--admin",
         "admin", "--password-stdin"], cli_path, db, f"{ADMIN_PASSWORD}\n{SIGNER_PASSWORD}\n")
    # The sealed record comes from a two-item template: ticking the built-in one's 32 items takes too long.
    small = os.path.join(os.path.dirname(db), "hotfix.md")
    with open(small, "w", encoding="utf-8") as file:
        file.write(SMALL_TEMPLATE)
    template = cli(["import-template", small], cli_path, db).strip().splitlines()[-1]
    sealed = cli(["new", "--template", template, "--title", "Hotfix 2.3.9"], cli_path, db).strip().splitlines()[-1]
    for item in ("Smoke tests pass", "Rollback plan agreed"):
        cli(["set", sealed, item, "--status", "done"], cli_path, db)
    # Ready to sign: the Sign dialog's fields are live only for a role that can sign.
    ready = cli(["new", "--template", template, "--title", "Patch 2.3.10"], cli_path, db).strip().splitlines()[-1]
    for item in ("Smoke tests pass", "Rollback plan agreed"):
        cli(["set", ready, item, "--status", "done"], cli_path, db)
    for role in SMALL_ROLES:
        cli(["sign", sealed, "--role", role, "--login", "quinn", "--meaning", "Approved", "--password-stdin"],
            cli_path, db, SIGNER_PASSWORD + "\n")
    release = cli(["new", "--template", TEMPLATE, "--title", "Release 2.4.0", "--version", "2.4.0",
                   "--environment", "production"], cli_path, db).strip().splitlines()[-1]
    return json.loads(cli(["show", release, "--json"], cli_path, db))["progress"]["total"]


# ---- Events and keys.
class Events:
    def __init__(self):
        self.seen = []
        self.focused = None
        self.arrived = 0.0
        pyatspi.Registry.registerEventListener(self.on_event, "object:state-changed:focused",
                                               "object:state-changed:checked", "object:property-change",
                                               "object:value-changed", "object:text-changed")

    def on_event(self, event):
        self.arrived = time.monotonic()
        self.seen.append((event.type, event.source, event.detail1))
        if event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
            self.focused = event.source

    def pump(self, seconds=0.25):
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if not context.iteration(False):
                time.sleep(0.01)

    def settle(self, quiet=0.15, longest=2.0):
        """Pumps until no event came for `quiet` seconds: a loaded machine delivers late."""
        end = time.monotonic() + longest
        self.pump(quiet)
        while time.monotonic() < end and time.monotonic() - self.arrived < quiet:
            self.pump(0.05)

    def clear(self):
        self.pump(0.05)
        self.seen.clear()


def key(display, *keys):
    if os.environ.get("A11Y_TRACE"):
        note(f"{time.monotonic():.1f} key {keys}")
    subprocess.run(["xdotool", "key", "--delay", "30"] + list(keys), check=True,
                   env=dict(os.environ, DISPLAY=display))


def focus_window(display, pid):
    """Gives the window X's input focus: there is no window manager to do it."""
    env = dict(os.environ, DISPLAY=display)
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env,
                         capture_output=True, text=True, timeout=10).stdout.split()
    for window in ids:
        subprocess.run(["xdotool", "windowfocus", window], env=env, timeout=10)


# ---- The tree.
def state(obj, which):
    try:
        return obj.getState().contains(which)
    except Exception:
        return False


def children(obj):
    try:
        return [c for c in obj if c is not None]
    except Exception:
        return []


def walk(obj, skip_item_views=True):
    yield obj
    if skip_item_views and obj.getRole() in ITEM_VIEWS:
        return
    for child in children(obj):
        yield from walk(child, skip_item_views)


def describe(obj):
    path = []
    node = obj
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION and len(path) < 4:
        path.append(f"{node.getRoleName()} '{node.name}'")
        node = node.parent
    return " in ".join(path)


def under_menu_bar(obj):
    node = obj.parent
    while node is not None:
        if node.getRole() == pyatspi.ROLE_MENU_BAR:
            return True
        node = node.parent
    return False


def visible_text(obj):
    try:
        text = obj.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""


def check_shown_text(root, shown, where):
    """Text known to be on screen must be in some label's accessible name, not hidden behind a caption."""
    names = [o.name for o in walk(root) if o.getRole() in TEXT_SHOWN | {pyatspi.ROLE_PROGRESS_BAR}
             and state(o, pyatspi.STATE_SHOWING)]
    if not any(shown in name for name in names):
        captions = [n for n in names if len(n) < 20]
        find("name hides text", f"'{shown}', shown in {where}, is in no accessible name "
             f"(short names there: {', '.join(captions)})")


def normalized(text):
    text = unicodedata.normalize("NFC", text).replace("&", "").replace("…", "").replace("...", "")
    return " ".join(text.split()).strip(" :").casefold()


def check_names(root, where):
    """Every interactive widget named; no name that hides the visible text."""
    for obj in walk(root):
        role = obj.getRole()
        showing = state(obj, pyatspi.STATE_SHOWING)
        is_menu_item = role in MENU_ITEMS and under_menu_bar(obj)
        if role in INTERACTIVE and showing or is_menu_item:
            if role == pyatspi.ROLE_MENU and not is_menu_item:
                continue
            if not obj.name.strip():
                find("unnamed", f"{describe(obj)} ({where}) has no accessible name")
        if role in TEXT_SHOWN and showing and obj.name.strip():
            # Qt's labels have no text interface: where a label carries a name
            # of its own, its visible text is out of a screen reader's reach.
            # What must be reachable is checked against what is known to show
            # (check_shown_text); where a text interface exists, compare here.
            shown = visible_text(obj)
            if shown.strip() and normalized(shown) not in normalized(obj.name):
                find("name hides text",
                     f"{describe(obj)} ({where}) is named '{obj.name}' but shows '{shown.strip()}'")


def check_mnemonics(dialog, where):
    """No two widgets of a dialog answer the same Alt+key."""
    owners = {}
    for obj in walk(dialog):
        try:
            action = obj.queryAction()
        except NotImplementedError:
            continue
        for index in range(action.nActions):
            binding = action.getKeyBinding(index)
            for part in binding.split(";"):
                part = part.strip().lower()
                if part.startswith("<alt>") or part.startswith("alt+"):
                    owners.setdefault(part, []).append(describe(obj).split(" in ")[0])
    for binding, widgets in owners.items():
        if len(set(widgets)) > 1:
            find("mnemonic", f"{binding} in {where} belongs to {', '.join(sorted(set(widgets)))}")
    return owners


def find_one(root, role, predicate=lambda o: True, skip_item_views=True):
    for obj in walk(root, skip_item_views):
        if obj.getRole() == role and predicate(obj):
            return obj
    return None


def wait_for(condition, events, seconds=8.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        events.pump(0.1)
    return None


def is_within(obj, container, depth=3):
    node = obj
    for _ in range(depth):
        if node is None:
            return False
        if node == container:
            return True
        node = node.parent
    return False


def focus_in(events, view):
    return events.focused is not None and is_within(events.focused, view)


def click(obj):
    x, y, width, height = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(x + width // 2), str(y + height // 2), "click", "1"],
                   check=True)


def scroll_into_view(obj, page):
    """Turns the mouse wheel over the record page until obj is on it."""
    px, py, pw, ph = page.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    for _ in range(40):
        x, y, width, height = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        if y >= py and y + height <= py + ph:
            return
        wheel = "4" if y < py else "5"
        subprocess.run(["xdotool", "mousemove", str(px + pw // 2), str(py + ph // 2), "click", wheel],
                       check=True)
        time.sleep(0.05)


def give_focus(events, view, cell=None):
    """Focus the view as a screen reader's "focus this" does, or else with a click on a cell
    (Qt's item views do not take AT-SPI's GrabFocus). True when the focus arrived."""
    events.focused = None
    view.queryComponent().grabFocus()
    if wait_for(lambda: focus_in(events, view), events, 0.3):
        return True
    cell = cell if cell is not None else view.queryTable().getAccessibleAt(0, 0)
    if PAGE and is_within(view, PAGE[0], 12):
        scroll_into_view(cell, PAGE[0])
    click(cell)
    events.pump(0.1)
    return wait_for(lambda: focus_in(events, view), events, 2)


# ---- The checks.
def view_of(obj, views):
    for view in views:
        if obj is not None and is_within(obj, view):
            return view
    return None


def walk_tab_chain(events, display, views, start, keys):
    """Presses Tab (or Shift+Tab) from the start view round the window; fails on a view
    the keys cannot leave, and on one Ctrl+Tab moves about in. Returns the views reached."""
    reached = []
    previous, stuck = start, 0
    for _ in range(60):
        key(display, keys)
        events.settle()
        here = view_of(events.focused, views)
        stuck = stuck + 1 if here is not None and here == previous else 0
        if stuck >= TAB_PRESSES:
            find("tab trap", f"{keys} pressed {TAB_PRESSES + 1} times does not leave "
                 f"{here.getRoleName()} '{here.name}'")
            return reached
        if here is not None and here != previous:
            reached.append(here)
            cell = events.focused
            key(display, "ctrl+Tab")
            events.settle()
            after = view_of(events.focused, views)
            if after == here and events.focused != cell:
                find("tab trap", f"ctrl+Tab moves between the cells of {here.getRoleName()} '{here.name}'")
            elif after is not None and after != here:
                # Ctrl+Tab left the view as Tab does (a record's grids): go on from there.
                if after not in reached:
                    reached.append(after)
                here = after
        if here == start and reached:
            break
        previous = here
    return reached


def check_tab_order(events, display, frame):
    views = [o for o in walk(frame) if o.getRole() in ITEM_VIEWS and state(o, pyatspi.STATE_FOCUSABLE)
             and state(o, pyatspi.STATE_VISIBLE)]
    start = record_grids(frame)[0]
    for keys in ("Tab", "shift+Tab"):
        if not focus_first_grid(events, display, frame):
            find("focus", f"'{start.name}' does not take the focus")
            return
        reached = walk_tab_chain(events, display, views, start, keys)
        if keys == "Tab":
            for view in views:
                if view not in reached:
                    find("tab order", f"Tab never reaches {view.getRoleName()} '{view.name}'")


def status_column(table):
    for column in range(table.nColumns):
        header = table.getColumnHeader(column)
        if header is not None and header.name == "Status":
            return column
    return 1


def focus_first_grid(events, display, frame):
    """Into the open record as a keyboard user goes: Enter on its row in the record list."""
    records = find_one(frame, pyatspi.ROLE_TREE, lambda o: o.name == "Records")
    table = records.queryTable()
    row = next((r for r in range(table.nRows) if table.getAccessibleAt(r, 0).name == frame.name), 0)
    give_focus(events, records, table.getAccessibleAt(row, 0))
    key(display, "Return")
    grid = record_grids(frame)[0]
    if wait_for(lambda: focus_in(events, grid), events, 2):
        return True
    find("focus", f"Enter in the record list does not take the focus into '{grid.name}'")
    return give_focus(events, grid)


def check_ticking(events, display, frame):
    grid = record_grids(frame)[0]
    table = grid.queryTable()
    column = status_column(table)
    cell = table.getAccessibleAt(0, column)
    if cell is None:
        find("ticking", f"{describe(grid)} has no status cell in its first row")
        return
    for keys, want_checked in ((["space"], True), (["ctrl+z"], False)):
        if not focus_in(events, grid) and not focus_first_grid(events, display, frame):
            find("focus", f"'{grid.name}' does not take the focus")
            return
        events.clear()
        key(display, *keys)
        events.pump(0.6)
        raised = [(kind, source) for kind, source, _ in events.seen
                  if kind.startswith(("object:state-changed:checked", "object:property-change:accessible-value",
                                      "object:value-changed"))
                  and source is not None and source.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_CHECK_BOX)]
        if not raised:
            find("ticking", f"{'+'.join(keys)} on '{grid.name}' changes the item but raises no checked or value "
                 f"event on it (seen: {sorted(set(k for k, _, _ in events.seen)) or 'nothing'})")
        cell = table.getAccessibleAt(0, column)
        checked = state(cell, pyatspi.STATE_CHECKED)
        if checked != want_checked:
            find("ticking", f"after {'+'.join(keys)} the status cell '{cell.name}' of '{grid.name}' "
                 f"{'is not' if want_checked else 'is still'} exposed as checked")


def status_bar_text(frame):
    bar = find_one(frame, pyatspi.ROLE_STATUS_BAR)
    if bar is None:
        return ""
    texts = [bar.name, bar.description] + [c.name + " " + c.description for c in children(bar)]
    return " | ".join(texts)


def record_grids(frame):
    return [o for o in walk(frame) if o.getRole() == pyatspi.ROLE_TABLE and o.name.endswith(" checklist")]


def open_record_from_list(events, display, frame, records, title):
    """Selects the record with the arrow keys, as a keyboard user does; the focus must stay in the list."""
    table = records.queryTable()

    def open_row():  # the open record's row, where a click changes nothing
        return table.getAccessibleAt(next((r for r in range(table.nRows)
                                           if table.getAccessibleAt(r, 0).name == frame.name), 0), 0)

    give_focus(events, records, open_row())
    for move in ["Home"] + ["Down"] * table.nRows:
        key(display, move)
        events.pump(0.3)
        events.settle()
        if events.focused is not None and not is_within(events.focused, records):
            find("focus", f"choosing a record in the record list ({move}) moves the focus to "
                 f"{describe(events.focused)}")
            give_focus(events, records, open_row())
        if frame.name.startswith(title):
            break
    if not frame.name.startswith(title):
        sys.exit(f"check_tree: the record '{title}' did not open (window title '{frame.name}')")
    # Enter takes the user into the record they chose.
    key(display, "Return")
    events.pump(0.4)
    grids = record_grids(frame)
    if not grids or not any(focus_in(events, g) for g in grids):
        find("focus", "Enter in the record list does not take the focus into the record")


def check_label_mnemonics(events, display, dialog, where, button_keys):
    """A label's Alt+key (its buddy's shortcut) is not on AT-SPI: press each letter
    of the labels that label a field, twice; two different widgets answering one
    key means the key is used twice (Qt then alternates between them)."""
    letters = set()
    for obj in walk(dialog):
        if obj.getRole() == pyatspi.ROLE_LABEL and any(
                r.getRelationType() == pyatspi.RELATION_LABEL_FOR for r in obj.getRelationSet()):
            letters |= {c for c in obj.name.lower() if "a" <= c <= "z"}
    letters -= {binding[-1] for binding in button_keys}
    answered = []
    for letter in sorted(letters):
        events.focused = None
        key(display, f"alt+{letter}")
        events.pump(0.12)
        first = events.focused
        if first is None:
            continue
        answered.append(letter)
        key(display, f"alt+{letter}")
        events.pump(0.12)
        second = events.focused
        if second is not None and second != first:
            find("mnemonic", f"alt+{letter} in {where} belongs to both {describe(first).split(' in ')[0]} "
                 f"and {describe(second).split(' in ')[0]}")
    note(f"{where}: Alt+ {', '.join(sorted(button_keys))} on buttons; {', '.join(answered)} on labelled fields")


def check_dialog(events, display, app, keys, where):
    before = set(children(app))
    key(display, *keys)
    dialog = wait_for(lambda: next((w for w in children(app) if w not in before and
                                    state(w, pyatspi.STATE_SHOWING)), None), events)
    if dialog is None:
        find("dialog", f"{'+'.join(keys)} opens no {where} dialog")
        return None
    events.pump(0.5)
    check_names(dialog, where)
    owners = check_mnemonics(dialog, where)
    check_label_mnemonics(events, display, dialog, where, owners.keys())
    return dialog


def check_editor_named(events, display, frame):
    grid = record_grids(frame)[0]
    if not focus_in(events, grid):
        focus_first_grid(events, display, frame)
    events.focused = None
    key(display, "F2")
    editor = wait_for(lambda: events.focused if events.focused is not None and
                      events.focused.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) else None, events, 3)
    if editor is None:
        find("note editor", f"F2 in '{grid.name}' opens no note editor that takes the focus")
    elif not editor.name.strip():
        find("unnamed", f"the note editor of '{grid.name}' has no accessible name")
    key(display, "Escape")
    events.pump(0.3)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workdir", required=True)
    options = parser.parse_args()
    display = os.environ["DISPLAY"]
    started = time.monotonic()
    db = os.path.join(options.workdir, "a11y.sqlite")
    total = make_database(options.cli, db)
    note(f"database ready in {time.monotonic() - started:.1f} s")

    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               XDG_CONFIG_HOME=os.path.join(options.workdir, "config"),
               XDG_DATA_HOME=os.path.join(options.workdir, "data"))
    app_process = subprocess.Popen([options.app, "--db", db], env=env)
    try:
        events = Events()
        app = wait_for(lambda: next((a for a in pyatspi.Registry.getDesktop(0)
                                     if a is not None and a.name == "countersign" and a.childCount > 0), None),
                       events, 30)
        if app is None:
            sys.exit("check_tree: the window never appeared on the accessibility bus; "
                     "is Qt's xcb platform with its AT-SPI bridge installed (qt6-qpa-plugins)?")
        # Read names and states afresh each time: the window changes under the test.
        Atspi.Accessible.set_cache_mask(app, Atspi.Cache.NONE)
        frame = wait_for(lambda: next((w for w in children(app) if w.getRole() == pyatspi.ROLE_FRAME), None),
                         events)
        focus_window(display, app_process.pid)
        events.pump(0.5)
        PAGE.append(find_one(frame, pyatspi.ROLE_FILLER, lambda o: o.name == "Record"))
        records = find_one(frame, pyatspi.ROLE_TREE, lambda o: o.name == "Records")
        if records is None:
            sys.exit("check_tree: no record list named 'Records'")

        open_record_from_list(events, display, frame, records, "Release 2.4.0")
        wait_for(lambda: len(record_grids(frame)) > 1, events)
        note(f"record open at {time.monotonic() - started:.1f} s")
        check_names(frame, "main window, record open")
        check_shown_text(frame, f"0/{total}", "the record header's progress")
        note(f"names checked at {time.monotonic() - started:.1f} s")

        check_tab_order(events, display, frame)
        note(f"tab order checked at {time.monotonic() - started:.1f} s")

        check_ticking(events, display, frame)
        check_editor_named(events, display, frame)

        note(f"ticking checked at {time.monotonic() - started:.1f} s")
        check_dialog(events, display, app, ["ctrl+n"], "New Record dialog")
        key(display, "Escape")
        events.pump(0.4)
        focus_window(display, app_process.pid)

        # A record ready to sign: the Sign dialog with its fields live.
        open_record_from_list(events, display, frame, records, "Patch 2.3.10")
        sign = check_dialog(events, display, app, ["ctrl+shift+s"], "Sign dialog")
        if sign is not None:
            check_shown_text(sign, time.strftime("%Y-%m-%d"), "the Sign dialog's signing time")
        key(display, "Escape")
        events.pump(0.4)
        focus_window(display, app_process.pid)

        note(f"dialogs checked at {time.monotonic() - started:.1f} s")
        # The sealed record: described as read-only, and a refused tick is said aloud.
        open_record_from_list(events, display, frame, records, "Hotfix 2.3.9")
        wait_for(lambda: record_grids(frame), events)
        sealed = record_grids(frame)
        for g in sealed:
            if "Space toggles" in g.description or "read-only" not in g.description.lower():
                find("read-only", f"'{g.name}' of a sealed record is described as '{g.description}'")
        give_focus(events, sealed[0])
        key(display, "space")
        events.pump(0.5)
        said = status_bar_text(frame)
        if "sealed" not in said.lower():
            find("status bar", f"a refused tick's message is not exposed by the status bar (it reads: '{said}')")
        check_names(frame, "main window, sealed record")
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()

    note(f"{len(findings)} findings in {time.monotonic() - started:.1f} s")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
