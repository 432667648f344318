"""The agency's DEMDataSet at the station: imported into the tables the station already serves, exported back.

`import_dem` reads a file all or nothing (XSD and national DEM Schematron first), then in one transaction
puts its members on the crew roster, its facilities, vehicles and stations in the directory, publishes a new
configuration (agency name and number, scope table from dConfiguration) and keeps the rest in
`agency_dataset`: the sections the station holds whole, and every group it could not place, each named.
`export_dem` builds the data set again from those same tables, so a change made at the station (a renamed
member, a newer scope table) is in the file it writes.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lxml import etree
from pydantic import ValidationError
from sqlalchemy import Connection, delete, insert, select

from epcr.domain.directory import Facility, Location, Vehicle
from epcr.domain.levels import Level
from epcr.exports.nemsis.agency.dem import DemDocument, read_dem, write_dem
from epcr.exports.nemsis.agency.dem_views import Location as DemLocation
from epcr.exports.nemsis.agency.dem_views import (
    PersonnelMember,
    agency_header,
    facilities,
    locations,
    medical_devices,
    personnel,
    scope_table_toml,
    vehicles,
)
from epcr.exports.nemsis.agency.element import Element, from_xml
from epcr.exports.nemsis.agency.files import DataSetRefused
from epcr.rules.scope.dconfiguration import export_xml
from epcr.rules.scope.loading import ScopeTableError, load
from epcr.security.accounts import Account
from epcr.security.roles import Role
from epcr.station import config, directory, roster
from epcr.station.schema import agency_config, agency_dataset
from epcr.station.store import StationError, StationStore
from epcr.sync.protocol import AgencySettings

# DemDocument fields the station keeps whole in agency_dataset (the rest live in crew and directory rows).
KEPT = ("custom_configuration", "agency", "contact", "configuration", "device", "custom_results")
PIN_COMMAND = "epcr-station crew update --id {id} --new-pin"


class DemRefused(StationError):
    """The file is not a DEMDataSet the station takes (XSD, national Schematron, one agency): nothing read."""


@dataclass(frozen=True)
class Unplaced:
    """A group no station table could hold: kept in agency_dataset and written back on export."""

    section: str  # dPersonnel, dVehicle, dFacility
    label: str  # what names the group for a person ("dPersonnel.PersonnelGroup 3")
    why: str
    tree: dict[str, Any]
    shell: int | None = None  # a facility: the position of the dFacilityGroup it sat in


@dataclass(frozen=True)
class ImportSummary:
    new: int
    changed: int
    waiting: list[str]  # members with no PIN yet
    facilities: int
    vehicles: int
    locations: int
    devices: int
    levels: list[str]  # the scope table's levels
    version: int  # the configuration version devices get
    published: bool  # False: the same configuration was published already
    unplaced: list[str]  # "label: why" of each group kept but not placed
    warnings: int  # national Schematron [WARNING]s

    def lines(self) -> list[str]:
        waiting = [f"  {PIN_COMMAND.format(id=member)}" for member in self.waiting]
        published = "published" if self.published else "unchanged, already published"
        return [
            f"crew: {self.new} new, {self.changed} changed, {len(self.waiting)} waiting for a PIN",
            *waiting,
            f"directory: {self.facilities} facilities, {self.vehicles} vehicles, {self.locations} stations;"
            f" {self.devices} medical devices kept",
            f"scope table levels: {', '.join(self.levels) or 'none'}",
            f"agency configuration version {self.version} ({published}); devices apply it at their next sync",
            *(
                [f"kept but not placed ({len(self.unplaced)}), written back on export:"]
                + [f"  {item}" for item in self.unplaced]
                if self.unplaced
                else []
            ),
            f"national Schematron warnings: {self.warnings}",
        ]


# ---- import ---------------------------------------------------------------------------------------------


def import_dem(store: StationStore, xml: bytes, by: str) -> ImportSummary:
    """The agency's file into the station, all or nothing: StationError lists every problem otherwise."""
    try:
        document = read_dem(xml)
    except DataSetRefused as error:
        raise DemRefused(str(error)) from None
    header = agency_header(document)
    unplaced: list[Unplaced] = []
    members, order = _members(document, header.state, unplaced)
    rows = _facilities(document, unplaced)
    units = _vehicles(document, unplaced)
    groups = _groups(document.location, "dLocation.LocationGroup")
    stations = [_location(g, view) for g, view in zip(groups, locations(document), strict=True)]
    scope, levels = _scope(document, header.number or header.state_id or "agency", header.state)
    layout = {"personnel": order, "facility_groups": _facility_shells(document, unplaced)}
    with store.engine.begin() as conn:
        new, changed = roster.import_personnel(conn, members)
        directory.replace_in(conn, rows, units, stations)
        settings = _settings(conn, header.name, header.number)
        version, published = _publish(conn, settings, scope)
        conn.execute(delete(agency_dataset))
        conn.execute(
            insert(agency_dataset).values(
                id=1,
                time_stamp=document.time_stamp,
                sections=json.dumps({key: _tree(getattr(document, key)) for key in KEPT}),
                unplaced=json.dumps([item.__dict__ for item in unplaced]),
                layout=json.dumps(layout),
                config_version=version,
                imported_at=datetime.now(UTC),
                imported_by=by[:100],
            )
        )
    return ImportSummary(
        new=new,
        changed=changed,
        waiting=sorted(roster.waiting_for_pin(store.engine)),
        facilities=len(rows),
        vehicles=len(units),
        locations=len(stations),
        devices=len(medical_devices(document)),
        levels=levels,
        version=version,
        published=published,
        unplaced=[f"{item.label}: {item.why}" for item in unplaced],
        warnings=len(document.warnings),
    )


def _groups(section: Element | None, name: str) -> list[Element]:
    return section.all(name) if section is not None else []


def _tree(element: Element | None) -> dict[str, Any] | None:
    return None if element is None else element.to_dict()


def _problems(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in error.errors())


def _members(
    document: DemDocument, state: str | None, unplaced: list[Unplaced]
) -> tuple[list[roster.Imported], list[str | None]]:
    """Each PersonnelGroup as a roster member, in the file's order; one without a usable id is unplaced."""
    found: list[roster.Imported] = []
    order: list[str | None] = []  # None: an unplaced group's place in the file
    groups = _groups(document.personnel, "dPersonnel.PersonnelGroup")
    for number, (group, member) in enumerate(zip(groups, personnel(document), strict=True), start=1):
        label = f"dPersonnel.PersonnelGroup {number} ({_full_name(member) or 'no name'})"
        crew_id = member.crew_member_id(state)
        why = None
        if crew_id is None:
            why = f"no dPersonnel.23 licensure id for the agency's state {state} (the crew member id)"
        elif crew_id in order:
            why = f"crew member id {crew_id} (dPersonnel.23) given twice"
        account = None
        if why is None:
            try:
                account = _account(member, crew_id, state)
            except ValidationError as error:
                why = _problems(error)
        if account is None or why is not None:
            unplaced.append(Unplaced("dPersonnel", label, why or "not placed", group.to_dict()))
            order.append(None)
            continue
        order.append(account.id)
        found.append(roster.Imported(account, group.to_json()))
    return found, order


def _full_name(member: PersonnelMember) -> str:
    return " ".join(part for part in (member.first_name, member.middle_name, member.last_name) if part)


def _account(member: PersonnelMember, crew_id: str | None, state: str | None) -> Account:
    code = member.level(state)
    licensure = member.licensure(state)
    return Account.model_validate(
        {
            "id": crew_id,
            "name": _full_name(member),
            "role": Role.EMT,
            "level": Level.from_crew_code(code) if code else None,
            "certification_number": licensure.licensure_id if licensure else None,
            "certification_expires": licensure.expires if licensure else None,
        }
    )


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _facilities(document: DemDocument, unplaced: list[Unplaced]) -> list[Facility]:
    rows: list[Facility] = []
    views = iter(facilities(document))
    for shell, by_type in enumerate(_groups(document.facility, "dFacilityGroup")):
        kind = by_type.value("dFacility.01")
        for group in by_type.all("dFacility.FacilityGroup"):
            view = next(views)
            label = f"dFacility.FacilityGroup {view.code or view.uuid or len(rows) + len(unplaced) + 1}"
            if view.name is None:
                why = "no dFacility.02 name: a destination nobody can pick"
                unplaced.append(Unplaced("dFacility", label, why, group.to_dict(), shell))
                continue
            try:
                rows.append(
                    Facility(
                        facility_type=kind,
                        name=view.name,
                        code=view.code,
                        designations=[d.code for d in view.designations],
                        npi=list(view.npis),
                        room=group.value("dFacility.06"),
                        street=view.street,
                        city=_int(view.city),
                        state=view.state,
                        zip=view.zip_code,
                        county=view.county,
                        country=view.country,
                        gps=view.gps,
                        usng=group.value("dFacility.14"),
                        phones=[phone.number for phone in view.phones],
                        source=group.to_dict(),
                    )
                )
            except ValidationError as error:
                raise StationError(f"{label} ({view.name}): {_problems(error)}") from None
    return rows


def _facility_shells(document: DemDocument, unplaced: list[Unplaced]) -> list[dict[str, Any]]:
    """Each dFacilityGroup without its facilities (its type, UUID ...) and how many of the directory's
    rows, in order, go back under it."""
    shells = []
    for position, by_type in enumerate(_groups(document.facility, "dFacilityGroup")):
        bare = [child for child in by_type.children if child.name != "dFacility.FacilityGroup"]
        away = sum(1 for item in unplaced if item.section == "dFacility" and item.shell == position)
        placed = len(by_type.all("dFacility.FacilityGroup")) - away
        shells.append({"shell": replace(by_type, children=bare).to_dict(), "placed": placed})
    return shells


def _vehicles(document: DemDocument, unplaced: list[Unplaced]) -> list[Vehicle]:
    rows: list[Vehicle] = []
    groups = _groups(document.vehicle, "dVehicle.VehicleGroup")
    for number, (group, view) in enumerate(zip(groups, vehicles(document), strict=True), start=1):
        label = f"dVehicle.VehicleGroup {number}"
        if view.number is None:
            unplaced.append(Unplaced("dVehicle", label, "no dVehicle.01 unit number", group.to_dict()))
            continue
        try:
            rows.append(
                Vehicle(
                    number=view.number,
                    vin=view.vin,
                    call_sign=view.call_sign,
                    vehicle_type=view.kind,
                    model_year=view.model_year,
                    source=group.to_dict(),
                )
            )
        except ValidationError as error:
            raise StationError(f"{label} ({view.number}): {_problems(error)}") from None
    return rows


def _location(group: Element, view: DemLocation) -> Location:
    """A directory row from the reader's view of a dLocation.LocationGroup, the group kept as its source."""
    try:
        return Location(
            location_type=view.kind,
            name=view.name,
            station_number=view.number,
            gps=view.gps,
            usng=view.usng,
            street=view.street,
            city=_int(view.city),
            state=view.state,
            zip=view.zip_code,
            county=view.county,
            country=view.country,
            phones=[phone.number for phone in view.phones],
            source=group.to_dict(),
        )
    except ValidationError as error:
        raise StationError(f"dLocation.LocationGroup {view.name}: {_problems(error)}") from None


def _scope(document: DemDocument, agency: str, state: str | None) -> tuple[str | None, list[str]]:
    """The scope table of dConfiguration.06-.09, with its levels; None when it lists no EMS level."""
    try:
        toml = scope_table_toml(document, f"dem-{agency}", f"{agency} (agency DEM data set)", state or "")
    except ScopeTableError:
        return None, []  # dConfiguration without an EMS level: devices keep the table they have
    levels = []
    for group in document.configuration.walk():
        code = group.value("dConfiguration.06") or group.value("dConfiguration.08")
        level = Level.from_scope_code(code) if code else None
        if level is not None and level.value not in levels:
            levels.append(level.value)
    return toml, levels


def _settings(conn: Connection, name: str | None, number: str | None) -> AgencySettings:
    """The latest published settings (or the defaults) with dAgency.03 and .02."""
    latest = config.latest(conn)
    base = latest.settings.model_dump() if latest else {}
    try:
        return AgencySettings.model_validate(base | {"agency_name": name, "agency_number": number})
    except ValidationError as error:
        raise StationError(f"dAgency.03/.02 as settings: {_problems(error)}") from None


def _publish(conn: Connection, settings: AgencySettings, scope: str | None) -> tuple[int, bool]:
    """A new version unless the newest already carries these settings, this table and this directory;
    (its number, whether it is new)."""
    latest = config.latest(conn)
    if scope is None and latest is not None:  # no EMS level in dConfiguration: the table in force stays
        scope = latest.scope_toml
    if latest is not None and latest.settings == settings and latest.scope_toml == scope:
        # Devices compare what they were sent: the published rows carry no source trees.
        now = [_bare(directory.facilities(conn)), _bare(directory.vehicles(conn))]
        if [_bare(latest.facilities or []), _bare(latest.vehicles or [])] == now:
            return latest.version, False
    return config.publish_in(conn, settings, scope), True


def _bare(rows: list[Facility] | list[Vehicle]) -> list[dict[str, Any]]:
    return [row.model_dump(mode="json", exclude={"source"}) for row in rows]


# ---- export ---------------------------------------------------------------------------------------------


def export_dem(store: StationStore) -> bytes:
    """The agency's DEMDataSet from the station's tables; StationError when nothing was imported, or when
    the result would not pass the XSD and the national Schematron (nothing is written then)."""
    with store.engine.connect() as conn:
        row = conn.execute(select(agency_dataset).where(agency_dataset.c.id == 1)).first()
        if row is None:
            raise StationError("no agency DEM data set yet: `epcr-station agency import FILE.xml` first")
        members = roster.personnel_groups(conn)
        rows = directory.facilities(conn), directory.vehicles(conn), directory.locations(conn)
        latest = config.latest(conn)
        imported_scope = conn.execute(
            select(agency_config.c.scope_toml).where(agency_config.c.version == row.config_version)
        ).scalar()
    sections = {key: Element.from_dict(tree) for key, tree in json.loads(row.sections).items() if tree}
    unplaced = [Unplaced(**item) for item in json.loads(row.unplaced)]
    layout = json.loads(row.layout)
    agency = sections["agency"]
    state = agency.value("dAgency.04")
    # A scope table published after the import (other than the import's own) is the one in force.
    if latest is not None and latest.scope_toml and latest.scope_toml != imported_scope:
        sections["configuration"] = _rescoped(sections["configuration"], latest.scope_toml, state)
    facility_rows, vehicle_rows, location_rows = rows
    document = DemDocument(
        time_stamp=row.time_stamp,
        agency=agency,
        configuration=sections["configuration"],
        custom_configuration=sections.get("custom_configuration"),
        contact=sections.get("contact"),
        device=sections.get("device"),
        custom_results=sections.get("custom_results"),
        personnel=_section("dPersonnel", _personnel(members, layout["personnel"], state, unplaced)),
        vehicle=_section("dVehicle", [*_sources(vehicle_rows), *_kept(unplaced, "dVehicle")]),
        location=_section("dLocation", _sources(location_rows)),
        facility=_section("dFacility", _facility_groups(facility_rows, unplaced, layout["facility_groups"])),
    )
    try:
        return write_dem(document)
    except DataSetRefused as error:
        raise StationError(str(error)) from None


def _section(name: str, groups: list[Element]) -> Element | None:
    return Element(name, children=groups) if groups else None


def _sources(rows: list[Vehicle] | list[Location]) -> list[Element]:
    return [Element.from_dict(row.source) for row in rows if row.source is not None]


def _kept(unplaced: list[Unplaced], section: str) -> list[Element]:
    return [Element.from_dict(item.tree) for item in unplaced if item.section == section]


def _facility_groups(
    rows: list[Facility], unplaced: list[Unplaced], shells: list[dict[str, Any]]
) -> list[Element]:
    """Each facility back under its dFacilityGroup, in the file's order; a row beyond the file's (none
    today: the directory changes only by import) goes under a new group of its type."""
    left = [(f.facility_type, Element.from_dict(f.source)) for f in rows if f.source is not None]
    groups: list[Element] = []
    for position, kept in enumerate(shells):
        shell = Element.from_dict(kept["shell"])
        mine, left = [tree for _, tree in left[: kept["placed"]]], left[kept["placed"] :]
        away = [
            Element.from_dict(i.tree) for i in unplaced if i.section == "dFacility" and i.shell == position
        ]
        groups.append(replace(shell, children=[*shell.children, *mine, *away]))
    for kind, tree in left:
        children = [Element("dFacility.01", text=kind.value if kind else None), tree]
        groups.append(Element("dFacilityGroup", attrs={"UUID": str(uuid.uuid4())}, children=children))
    return groups


def _personnel(
    members: list[tuple[Account, str | None]],
    order: list[str | None],
    state: str | None,
    unplaced: list[Unplaced],
) -> list[Element]:
    """The file's groups in its order (members and unplaced groups), then members added at the station;
    each member with the roster's name, level and licensure written over the kept group's."""
    by_id = {account.id: (account, kept) for account, kept in members}
    away = iter(_kept(unplaced, "dPersonnel"))
    groups = []
    for crew_id in order:
        if crew_id is None:
            groups.append(next(away))
        elif crew_id in by_id:
            groups.append(_member_group(*by_id.pop(crew_id), state))
    groups += [_member_group(*by_id[crew_id], state) for crew_id in sorted(by_id)]
    return groups + list(away)


def _member_group(account: Account, kept: str | None, state: str | None) -> Element:
    group = Element.from_json(kept) if kept else Element("dPersonnel.PersonnelGroup", _uuid(account.id))
    view = _view(group)
    if _full_name(view) != account.name:
        # "First Middle Last" back into its parts: one word is a last name (dPersonnel.01 is the one needed).
        parts = account.name.split()
        first, middle, last = (
            (parts[0], " ".join(parts[1:-1]), parts[-1]) if len(parts) > 1 else ("", "", parts[0])
        )
        names = [("dPersonnel.01", last), ("dPersonnel.02", first), ("dPersonnel.03", middle)]
        group = _set(group, "dPersonnel.NameGroup", names, {})
    if account.level is not None and Level.from_crew_code(view.level(state) or "") != account.level:
        level = [("dPersonnel.38", account.level.crew_code.value)]
        group = _set(group, "dPersonnel.CertificationLevelGroup", level, _uuid(account.id, "level"))
    licensure = view.licensure(state)
    expires = account.certification_expires
    if (
        licensure is None
        or licensure.licensure_id != account.certification_number
        or licensure.expires != expires
    ):
        values = [
            ("dPersonnel.22", state),
            ("dPersonnel.23", account.certification_number or account.id),
            ("dPersonnel.27", expires.isoformat() if isinstance(expires, date) else None),
        ]
        group = _set(group, "dPersonnel.LicensureGroup", values, _uuid(account.id, "licensure"), state)
    return group


def _view(group: Element) -> PersonnelMember:
    """The typed view of one PersonnelGroup (the views read a whole document)."""
    holder = Element("dPersonnel", children=[group])
    return personnel(DemDocument("", Element("dAgency"), Element("dConfiguration"), personnel=holder))[0]


def _uuid(account_id: str, part: str = "member") -> dict[str, str]:
    """The UUID attribute of a group made here: the same one at every export of the same member."""
    return {"UUID": str(uuid.uuid5(uuid.NAMESPACE_URL, f"epcr:dPersonnel:{account_id}:{part}"))}


def _set(
    group: Element,
    holder: str,
    values: Sequence[tuple[str, str | None]],
    attrs: dict[str, str],
    state: str | None = None,
) -> Element:
    """`group` with the elements `values` set inside its `holder` (the agency state's licensure when a
    state is given), made with `attrs` when missing; a None or empty value removes the element."""
    holders = group.all(holder)
    target = next((h for h in holders if state is None or h.value("dPersonnel.22") == state), None)
    inner = target or Element(holder, dict(attrs))
    children = list(inner.children)
    for name, value in values:
        at = next((i for i, child in enumerate(children) if child.name == name), None)
        fresh = Element(name, text=value) if value else None
        if at is None and fresh is not None:
            children.append(fresh)
        elif at is not None:
            children[at : at + 1] = [fresh] if fresh is not None else []
    updated = replace(inner, children=children)
    if target is None:
        return replace(group, children=[*group.children, updated])
    return replace(group, children=[updated if child is target else child for child in group.children])


def _rescoped(configuration: Element, scope_toml: str, state: str | None) -> Element:
    """dConfiguration with the agency state's Procedure/MedicationGroups made from the newer scope table."""
    with tempfile.TemporaryDirectory() as folder:
        staged = Path(folder) / "agency.toml"
        staged.write_text(scope_toml, encoding="utf-8")
        try:
            table = load(staged)
        except ScopeTableError as error:
            raise StationError(f"scope: the published table does not load: {error}") from None
    made = from_xml(etree.fromstring(export_xml(table, date.today(), state or "").encode("utf-8")))
    fresh = [
        child
        for group in made.all("dConfiguration.ConfigurationGroup")
        for child in group.children
        if child.name in ("dConfiguration.ProcedureGroup", "dConfiguration.MedicationGroup")
    ]
    groups = configuration.all("dConfiguration.ConfigurationGroup")
    target = next((g for g in groups if g.value("dConfiguration.01") == state), groups[0] if groups else None)
    if target is None:
        return configuration
    old = ("dConfiguration.ProcedureGroup", "dConfiguration.MedicationGroup")
    kept = [child for child in target.children if child.name not in old]
    updated = replace(target, children=kept + fresh)
    return replace(
        configuration, children=[updated if child is target else child for child in configuration.children]
    )
