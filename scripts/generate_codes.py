#!/usr/bin/env python3
"""Generate the NEMSIS element table and code lists from the official v3.5.1 data dictionary.

Inputs (copies of the NEMSIS TAC files, see resources/nemsis/README.md):
  resources/nemsis/dictionary/EMSDataSet_ElementDetails_Full.txt
  resources/nemsis/dictionary/EMSDataSet_ElementEnumerations.txt, DEMDataSet_ElementEnumerations.txt
  resources/nemsis/xsd/commonTypes_v3.xsd, eVitals_v3.xsd   (NV, PN and attribute code lists)
Outputs:
  src/epcr/domain/nemsis/elements.py   every EMSDataSet element: usage, occurrence, NV/PN, facets
  src/epcr/domain/nemsis/codes.py      StrEnum code lists for the elements the report model uses

Run `python scripts/generate_codes.py` to regenerate, `--check` to fail when the committed files are stale.
"""

from __future__ import annotations

import argparse
import keyword
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT / "resources" / "nemsis" / "dictionary"
XSD = ROOT / "resources" / "nemsis" / "xsd"
OUT = ROOT / "src" / "epcr" / "domain" / "nemsis"
HEADER = (
    "# GENERATED FILE - do not edit. Produced by scripts/generate_codes.py from the NEMSIS v3.5.1\n"
    "# data dictionary (NEMSIS TAC, www.nemsis.org). Regenerate with: python scripts/generate_codes.py\n"
)

# Code lists the report model uses: class name -> the element whose enumeration defines it.
# Only the names are ours; every code and label comes from the dictionary.
ENUMS: dict[str, str] = {
    "TypeOfService": "eResponse.05",
    "UnitCapability": "eResponse.07",
    "DispatchDelay": "eResponse.08",
    "ResponseDelay": "eResponse.09",
    "SceneDelay": "eResponse.10",
    "TransportDelay": "eResponse.11",
    "TurnaroundDelay": "eResponse.12",
    "ResponseMode": "eResponse.23",
    "ResponseModeDescriptor": "eResponse.24",
    "DispatchReason": "eDispatch.01",
    "EmdPerformed": "eDispatch.02",
    "CrewLevel": "eCrew.02",
    "ResponseRole": "eCrew.03",
    "Race": "ePatient.14",
    "AgeUnits": "ePatient.16",
    "Sex": "ePatient.25",
    "PossibleInjury": "eSituation.02",
    "ComplaintType": "eSituation.03",
    "DurationUnits": "eSituation.06",
    "AnatomicLocation": "eSituation.07",
    "OrganSystem": "eSituation.08",
    "Acuity": "eSituation.13",
    "YesNo": "eVitals.02",
    "CardiacRhythm": "eVitals.03",
    "EcgType": "eVitals.04",
    "EcgInterpretation": "eVitals.05",
    "BloodPressureMethod": "eVitals.08",
    "HeartRateMethod": "eVitals.11",
    "RespiratoryEffort": "eVitals.15",
    "GcsQualifier": "eVitals.22",
    "TemperatureMethod": "eVitals.25",
    "Avpu": "eVitals.26",
    "PainScaleType": "eVitals.28",
    "StrokeScaleResult": "eVitals.29",
    "StrokeScaleType": "eVitals.30",
    "CardiacArrest": "eArrest.01",
    "ArrestEtiology": "eArrest.02",
    "ResuscitationAttempted": "eArrest.03",
    "ArrestWitnessedBy": "eArrest.04",
    "AedPriorToArrival": "eArrest.07",
    "CprType": "eArrest.09",
    "FirstMonitoredRhythm": "eArrest.11",
    "Rosc": "eArrest.12",
    "NeurologicalOutcome": "eArrest.13",
    "CprDiscontinuedReason": "eArrest.16",
    "EndOfArrestEvent": "eArrest.18",
    "WhoInitiatedCpr": "eArrest.20",
    "WhoAppliedAed": "eArrest.21",
    "WhoDefibrillated": "eArrest.22",
    "AirwayIndication": "eAirway.01",
    "AirwayDevice": "eAirway.03",
    "AirwayConfirmationMethod": "eAirway.04",
    "AirwayConfirmedBy": "eAirway.06",
    "AirwayComplication": "eAirway.08",
    "AirwayFailureReason": "eAirway.09",
    "ProcedureComplication": "eProcedures.07",
    "InterventionResponse": "eProcedures.08",
    "CaregiverLevel": "eProcedures.10",
    "Authorization": "eProcedures.11",
    "VascularAccessLocation": "eProcedures.13",
    "AirwayPlacementTechnique": "eProcedures.14",
    "MedicationRoute": "eMedications.04",
    "DoseUnit": "eMedications.06",
    "MedicationComplication": "eMedications.08",
    "TransportMethod": "eDisposition.16",
    "TransportMode": "eDisposition.17",
    "TransportModeDescriptor": "eDisposition.18",
    "AcuityOnRelease": "eDisposition.19",
    "DestinationReason": "eDisposition.20",
    "DestinationType": "eDisposition.21",
    "PreArrivalAlert": "eDisposition.24",
    "UnitDisposition": "eDisposition.27",
    "PatientEvaluationCare": "eDisposition.28",
    "CrewDisposition": "eDisposition.29",
    "TransportDisposition": "eDisposition.30",
    "RefusalReason": "eDisposition.31",
    "LevelOfCare": "eDisposition.32",
    "SignerType": "eOther.12",
    "SignatureReason": "eOther.13",
    "RepresentativeType": "eOther.14",
    "SignatureStatus": "eOther.15",
}

# Code lists of the demographic (DEM) data set: the agency's configuration, where scope tables live.
DEM_ENUMS: dict[str, str] = {
    "ScopeLevel": "dConfiguration.06",
    "FacilityType": "dFacility.01",  # the agency's destinations (epcr.station.directory)
    "HospitalDesignation": "dFacility.04",
}

# Code lists that live in the XSDs as simple types (attribute values), not in the element enumerations.
XSD_ENUMS: dict[str, tuple[str, str]] = {
    "NotValue": ("commonTypes_v3.xsd", "NV"),
    "PertinentNegative": ("commonTypes_v3.xsd", "PN"),
    "MedicationCodeType": ("commonTypes_v3.xsd", "CodeType"),
    "Etco2Unit": ("eVitals_v3.xsd", "ETCO2Type"),
}

PN_NAMES = {
    "PN.ContraindicationNoted": "8801001",
    "PN.DeniedByOrder": "8801003",
    "PN.ExamFindingNotPresent": "8801005",
    "PN.MedicationAllergy": "8801007",
    "PN.MedicationAlreadyTaken": "8801009",
    "PN.NoKnownDrugAllergy": "8801013",
    "PN.NoneReported": "8801015",
    "PN.NotPerformedbyEMS": "8801017",
    "PN.Refused": "8801019",
    "PN.Unresponsive": "8801021",
    "PN.UnableToComplete": "8801023",
    "PN.NotImmunized": "8801025",
    "PN.OrderCriteriaNotMet": "8801027",
    "PN.Approximate": "8801029",
    "PN.SymptomNotPresent": "8801031",
}
NV_NAMES = {"NV.NotApplicable": "7701001", "NV.NotRecorded": "7701003", "NV.NotReporting": "7701005"}


def read_pipe_table(path: Path) -> list[dict[str, str]]:
    """The dictionary's files are pipe-delimited with single-quoted fields: 'a'|'b'|...|"""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    header = _split(lines[0])
    return [dict(zip(header, _split(line), strict=False)) for line in lines[1:] if line.strip()]


def _split(line: str) -> list[str]:
    line = line.strip()
    if line.endswith("|"):
        line = line[:-1]
    if line.startswith("'") and line.endswith("'"):
        line = line[1:-1]
    # Apostrophes inside values are not escaped, so split on the quote-pipe-quote separator only.
    return line.split("'|'")


def _codes_list(raw: str, names: dict[str, str]) -> tuple[str, ...]:
    found = [part.strip() for part in raw.split(";") if part.strip()]
    unknown = [f for f in found if f not in names]
    if unknown:
        raise SystemExit(f"unknown NOT-value/pertinent-negative name in dictionary: {unknown}")
    return tuple(sorted(names[f] for f in found))


def _opt_int(raw: str) -> int | None:
    return int(raw) if raw.strip() else None


def _opt_str(raw: str) -> str | None:
    return raw if raw.strip() else None


def build_elements() -> list[dict[str, object]]:
    rows = read_pipe_table(DICTIONARY / "EMSDataSet_ElementDetails_Full.txt")
    out = []
    for row in rows:
        if row["DatasetType"] != "element" or not row["ElementNumber"].startswith("e"):
            continue
        out.append(
            {
                "id": row["ElementNumber"],
                "name": row["ElementName"],
                "usage": row["Usage"],
                "min_occurs": int(row["MinOccurs"]),
                "max_occurs": None if row["MaxOccurs"] == "M" else int(row["MaxOccurs"]),
                "nillable": row["IsNillable"] == "Nillable",
                "national": row["National"] == "National",
                "data_type": row["DataType"],
                "not_values": _codes_list(row["NVList"], NV_NAMES),
                "pertinent_negatives": _codes_list(row["PNList"], PN_NAMES),
                "pn_on_nil_only": row["PNNill"] == "PNNill",
                "min_length": _opt_int(row["minLength"] or row["length"]),
                "max_length": _opt_int(row["maxLength"] or row["length"]),
                "min_inclusive": _opt_str(row["minInclusive"]),
                "max_inclusive": _opt_str(row["maxInclusive"]),
                "total_digits": _opt_int(row["totalDigits"]),
                "fraction_digits": _opt_int(row["fractionDigits"]),
                "pattern": _opt_str(row["pattern"]),
            }
        )
    return out


def build_enumerations(dataset: str = "EMSDataSet") -> dict[str, list[tuple[str, str]]]:
    rows = read_pipe_table(DICTIONARY / f"{dataset}_ElementEnumerations.txt")
    by_element: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_element.setdefault(row["ElementNumber"], []).append((row["Code"], row["CodeDescription"].strip()))
    return by_element


def xsd_enumeration(filename: str, type_name: str) -> list[tuple[str, str]]:
    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    tree = ET.parse(XSD / filename)
    for simple in tree.getroot().iter("{http://www.w3.org/2001/XMLSchema}simpleType"):
        if simple.get("name") == type_name:
            result = []
            for enum in simple.iterfind(".//xs:enumeration", ns):
                doc = enum.find(".//xs:documentation", ns)
                label = (doc.text or "").strip() if doc is not None else enum.get("value", "")
                result.append((enum.get("value", ""), label))
            return result
    raise SystemExit(f"{type_name} not found in {filename}")


def member_name(label: str, code: str) -> str:
    words = re.sub(r"[^0-9A-Za-z]+", "_", label).strip("_").upper()
    name = re.sub(r"_+", "_", words) or f"CODE_{code}"
    if name[0].isdigit():
        name = f"_{name}"
    if keyword.iskeyword(name.lower()) and name.lower() == name:
        name += "_"
    return name


def render_codes(enums: dict[str, list[tuple[str, str]]], dem: dict[str, list[tuple[str, str]]]) -> str:
    lines = [HEADER, '"""NEMSIS v3.5.1 code lists used by the report model (generated)."""', ""]
    lines += ["from epcr.domain.nemsis.element import NemsisCode", ""]
    labels: dict[str, dict[str, str]] = {}
    for class_name, (source, codes) in _all_enums(enums, dem).items():
        lines += ["", f"class {class_name}(NemsisCode):", f'    """{source}"""', ""]
        seen: dict[str, int] = {}
        labels[class_name] = {}
        for code, label in codes:
            name = member_name(label, code)
            if name in seen:  # two labels that differ only in punctuation
                seen[name] += 1
                name = f"{name}_{code}"
            else:
                seen[name] = 1
            lines.append(f"    {name} = {code!r}")
            labels[class_name][code] = label
        lines.append("")
    lines += [
        "",
        "# Official description of every code, by class name.",
        "LABELS: dict[str, dict[str, str]] = {",
    ]
    for class_name, mapping in labels.items():
        lines.append(f"    {class_name!r}: {{")
        lines += [f"        {code!r}: {label!r}," for code, label in mapping.items()]
        lines.append("    },")
    lines.append("}")
    lines.append("")
    lines.append("# Which element defines each code list (for messages and exports).")
    lines.append("SOURCE_ELEMENT: dict[str, str] = {")
    lines += [f"    {name!r}: {element!r}," for name, element in (ENUMS | DEM_ENUMS).items()]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _all_enums(
    enums: dict[str, list[tuple[str, str]]], dem: dict[str, list[tuple[str, str]]]
) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    result: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for name, (filename, type_name) in XSD_ENUMS.items():
        result[name] = (f"XSD simple type {type_name} ({filename})", xsd_enumeration(filename, type_name))
    for name, element in ENUMS.items():
        if element not in enums:
            raise SystemExit(f"{element} has no enumeration in the dictionary")
        result[name] = (f"{element} code list", enums[element])
    for name, element in DEM_ENUMS.items():
        result[name] = (f"{element} code list (DEMDataSet)", dem[element])
    return result


def render_elements(elements: list[dict[str, object]], enums: dict[str, list[tuple[str, str]]]) -> str:
    lines = [
        HEADER,
        '"""Every NEMSIS v3.5.1 EMSDataSet element with its usage, blanks and facets (generated)."""',
        "",
    ]
    lines += ["from epcr.domain.nemsis.element import Element", ""]
    lines.append("ELEMENTS: dict[str, Element] = {")
    for el in elements:
        args = ", ".join(f"{key}={value!r}" for key, value in el.items())
        lines.append(f"    {el['id']!r}: Element({args}),")
    lines.append("}")
    lines.append("")
    lines.append("# Allowed codes of every enumerated element: element -> code -> description.")
    lines.append("ENUMERATIONS: dict[str, dict[str, str]] = {")
    for element, codes in enums.items():
        lines.append(f"    {element!r}: {{")
        lines += [f"        {code!r}: {label!r}," for code, label in codes]
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_all() -> dict[Path, str]:
    enums = build_enumerations()
    return {
        OUT / "elements.py": render_elements(build_elements(), enums),
        OUT / "codes.py": render_codes(enums, build_enumerations("DEMDataSet")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed output is stale")
    args = parser.parse_args(argv)
    stale = []
    for path, text in render_all().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(path.relative_to(ROOT))
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("stale generated files (run python scripts/generate_codes.py): " + ", ".join(map(str, stale)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
