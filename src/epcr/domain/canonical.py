"""The canonical form of a report and its content hash: the one definition the device, the station and the
exports share. Everything a locked report's legal standing rests on is in this module.

The form is versioned. `schema_version` is inside what is hashed, and the shape each version covers is frozen
in `resources/canonical/report-v<N>.json` (every key of the report as that version knew it). A report locked
under version N is hashed over exactly that shape, so a wider model later (new fields, with their defaults)
still verifies every report locked before: the new keys are left out of the old form, and a report claiming
an old version while carrying data in a newer field is refused rather than half-hashed. The current model's
shape must equal the newest frozen one (tests/unit/test_canonical.py): adding a field means a new version,
never a silent change of an old one.

A field whose type a version changed (v3: a current medication became a group with its dose, was a bare
eHistory.12 code) is put back in the form each older version stored, by `OLD_FORMS`, before it is hashed:
a report locked under v1 or v2 hashes over exactly the bytes it was locked with.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from epcr.resources import resources_dir

# Not covered by the content hash: where the report is in its lifecycle (the hash is one of its fields) and
# the addenda, each hash-chained on its own.
OUTSIDE_CONTENT = frozenset({"lifecycle", "addenda"})

# A key tree: a dict for an object (key -> subtree), a one-element list for a list of objects, None for a
# value kept as it is (a scalar, a code, a list of codes).
KeyTree = dict[str, Any] | list[Any] | None


class CanonicalFormError(ValueError):
    """The document cannot be put in a canonical form: unknown version, or data its version did not have."""


def canonical_bytes(data: Any) -> bytes:
    # Sorted keys and fixed separators make the bytes, and so the hash, independent of dict order.
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def canonical_with(content: dict[str, Any], key: str, value: Any) -> tuple[bytes, bytes]:
    """(canonical_bytes(content), canonical_bytes(content | {key: value})) from one pass over `content`: its
    members sorted before `key` and after it are serialised once each and joined both ways, exactly as
    json.dumps(sort_keys=True) joins a dict's members."""
    if key in content:
        raise ValueError(f"{key}: already in the content")
    before = canonical_bytes({k: v for k, v in content.items() if k < key})[1:-1]
    after = canonical_bytes({k: v for k, v in content.items() if k > key})[1:-1]
    member = canonical_bytes({key: value})[1:-1]
    return (
        b"{" + b",".join(part for part in (before, after) if part) + b"}",
        b"{" + b",".join(part for part in (before, member, after) if part) + b"}",
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hashed_content(document: dict[str, Any]) -> dict[str, Any]:
    """What the lock hash covers, from a report's JSON document (`Report.model_dump(mode="json")`)."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CanonicalFormError(f"schema_version: an integer is required, not {version!r}")
    tree = frozen_tree(version)
    content = {k: v for k, v in document.items() if k not in OUTSIDE_CONTENT}
    for path, last_version, old_form in OLD_FORMS:
        if version <= last_version:
            content = _replaced(content, path, old_form, "")
    return _prune(tree, content, "")  # type: ignore[no-any-return]


def _medications_as_codes(value: Any, where: str) -> Any:
    """v1-v2 form of the current medications: eHistory.12 codes, or the one blank, not CurrentMedsGroups.
    A document already in that form (as stored before v3) is left as it is."""
    if not isinstance(value, list):
        return value  # None (not documented), or the blank itself
    if len(value) == 1 and isinstance(value[0], dict) and isinstance(value[0].get("drug"), dict):
        if not _empty({k: v for k, v in value[0].items() if k != "drug"}):
            raise CanonicalFormError(f"{where}[0]: a blank with a dose is not part of this version; refused")
        return value[0]["drug"]  # the blank ("None Reported") the field held itself
    codes = []
    for index, group in enumerate(value):
        drug = group.get("drug") if isinstance(group, dict) else group
        rest = {k: v for k, v in group.items() if k != "drug"} if isinstance(group, dict) else {}
        if not isinstance(drug, str) or not _empty(rest):
            raise CanonicalFormError(
                f"{where}[{index}]: a current medication's dose, unit, route or frequency is not part of "
                "this report's schema version; refused"
            )
        codes.append(drug)
    return codes


def _one_technique(value: Any, where: str) -> Any:
    """v1-v4 form of eProcedures.14: one airway technique (or the blank), not a list of them."""
    if not isinstance(value, list):
        return value  # None, or the blank itself
    if len(value) > 1:
        raise CanonicalFormError(f"{where}: more than one airway technique is not in this version; refused")
    return value[0] if value else None


# Values whose type a later version changed: (path, the last version with the old form, new -> old form).
# "[]" in a path stands for every entry of a list (each procedure).
OLD_FORMS: tuple[tuple[tuple[str, ...], int, Callable[[Any, str], Any]], ...] = (
    (("assessment", "sample", "current_medications"), 2, _medications_as_codes),
    (("procedures", "[]", "airway_technique"), 4, _one_technique),
)


def _replaced(
    content: dict[str, Any], path: tuple[str, ...], old_form: Callable[[Any, str], Any], where: str
) -> Any:
    """A copy of `content` with the value at `path` in its old form (the document itself is not changed)."""
    head, rest = path[0], path[1:]
    if head not in content:
        return content
    value, here = content[head], f"{where}.{head}" if where else head
    if rest and rest[0] == "[]" and isinstance(value, list):  # each entry of the list, by its index
        changed: Any = [
            _replaced(item, rest[1:], old_form, f"{here}[{i}]") if isinstance(item, dict) else item
            for i, item in enumerate(value)
        ]
    elif rest:
        changed = _replaced(value, rest, old_form, here) if isinstance(value, dict) else value
    else:
        changed = old_form(value, here)
    return {**content, head: changed}


def content_hash(document: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical bytes of the report's hashed content, in its own version's form."""
    return sha256_hex(canonical_bytes(hashed_content(document)))


def known_versions() -> list[int]:
    folder = resources_dir() / "canonical"
    return sorted(int(p.stem.removeprefix("report-v")) for p in folder.glob("report-v*.json"))


@cache
def frozen_tree(version: int) -> dict[str, Any]:
    path = resources_dir() / "canonical" / f"report-v{version}.json"
    if not path.is_file():
        known = ", ".join(map(str, known_versions()))
        raise CanonicalFormError(f"schema_version: {version} is not a version this release knows ({known})")
    tree = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(tree, dict):
        raise CanonicalFormError(f"{path.name}: not a key tree")
    return tree


def key_tree(model: type[BaseModel]) -> dict[str, Any]:
    """The shape of a model as a key tree (what `resources/canonical/report-v<N>.json` freezes)."""
    tree = _tree_of(model)
    assert isinstance(tree, dict)
    return {k: v for k, v in tree.items() if k not in OUTSIDE_CONTENT}


def _tree_of(annotation: Any) -> KeyTree:
    origin = get_origin(annotation)
    if origin is Union or (origin is not None and origin.__name__ == "UnionType"):
        arguments = [a for a in get_args(annotation) if a is not type(None)]
        if len(arguments) > 1:  # a blank beside a list of entries: the entries give the shape
            arguments = [a for a in arguments if getattr(a, "__name__", "") != "Blank"] or arguments
        subtrees = [_tree_of(a) for a in arguments]
        shaped = [t for t in subtrees if t is not None]
        if len(shaped) > 1:
            raise TypeError(f"{annotation}: a union of two shapes has no single key tree")
        return shaped[0] if shaped else None
    if origin in (list, tuple, set, frozenset):
        item = _tree_of(get_args(annotation)[0])
        return None if item is None else [item]
    if origin is dict:
        raise TypeError(f"{annotation}: free-form mappings cannot be versioned; use a model")
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: _tree_of(field.annotation) for name, field in annotation.model_fields.items()}
    return None


def _prune(tree: KeyTree, value: Any, where: str) -> Any:
    if isinstance(tree, dict) and isinstance(value, dict):
        kept = {}
        for key, item in value.items():
            path = f"{where}.{key}" if where else key
            if key in tree:
                kept[key] = _prune(tree[key], item, path)
            elif not _empty(item):
                raise CanonicalFormError(f"{path}: not part of this report's schema version; refused")
        return kept
    if isinstance(tree, list) and isinstance(value, list):
        return [_prune(tree[0], item, f"{where}[{index}]") for index, item in enumerate(value)]
    return value  # a leaf, or the scalar side of a union (a value instead of a blank with its reason)


def _empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    return value is None or value == [] or value == ""
