"""Code lists find what a crew types: best match first, abbreviations as data, fast enough per keystroke."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from epcr.domain import code_search as cs
from epcr.domain.code_search import (
    ABBREVIATION,
    EXACT,
    INSIDE,
    OTHER_NAME,
    PREFIX,
    WORD,
    AbbreviationError,
    CodeIndex,
    load_abbreviations,
)
from epcr.domain.defined_lists import code_for, impressions, medications
from epcr.domain.nemsis import codes as c


@pytest.fixture(scope="module")
def shipped() -> cs.Abbreviations:
    return load_abbreviations()


def labels(index: CodeIndex, text: str, limit: int | None = None) -> list[str]:
    return [match.label for match in index.search(text, limit)]


def test_male_finds_male_before_female() -> None:
    sex = CodeIndex((code.value, code.label) for code in c.Sex)
    assert labels(sex, "male") == ["Male", "Female"]
    assert [m.tier for m in sex.search("male")] == [EXACT, INSIDE]
    assert sex.search("MALE")[0].code == c.Sex.MALE.value
    assert labels(sex, "fe") == ["Female"]


def test_exact_then_prefix_then_word_then_inside() -> None:
    index = CodeIndex(
        [
            ("1", "Chronic pain"),  # "pain" starts a word
            ("2", "Painful breathing"),  # the label starts with it
            ("3", "Spain travel"),  # found inside a word
            ("4", "Pain"),  # exact
        ]
    )
    found = index.search("pain")
    assert [m.code for m in found] == ["4", "2", "1", "3"]
    assert [m.tier for m in found] == [EXACT, PREFIX, WORD, INSIDE]


def test_all_typed_words_must_match_in_any_order() -> None:
    index = CodeIndex([("a", "Heart failure"), ("b", "Heart rate"), ("c", "Kidney failure, NOS")])
    assert labels(index, "fail heart") == ["Heart failure"]
    assert labels(index, "heart") == ["Heart rate", "Heart failure"]  # a tie: the shorter label first
    assert labels(index, "heart xyz") == []


def test_ties_keep_the_list_order_for_labels_of_one_length() -> None:
    index = CodeIndex([("1", "Zeta injury"), ("2", "Alfa injury"), ("3", "Hip injury")])
    assert labels(index, "injury") == ["Hip injury", "Zeta injury", "Alfa injury"]


def test_case_accents_and_punctuation_do_not_matter() -> None:
    index = CodeIndex([("1", "Müller's sign"), ("2", "Non-STEMI"), ("3", "Ménière disease")])
    assert labels(index, "muller") == ["Müller's sign"]
    assert labels(index, "MÜLLER S") == ["Müller's sign"]
    assert labels(index, "meniere") == ["Ménière disease"]
    assert labels(index, "non stemi") == ["Non-STEMI"]
    assert labels(index, "nonstemi") == []  # words stay words


def test_nothing_typed_lists_everything_in_order() -> None:
    index = CodeIndex([("1", "B"), ("2", "A")])
    assert labels(index, "") == ["B", "A"]
    assert labels(index, "  ") == ["B", "A"]
    assert len(index.search("", limit=1)) == 1


def test_a_code_finds_its_entry(shipped: cs.Abbreviations) -> None:
    found = shipped.index("Impression").search("I21")
    assert found[0].code == "I21" and found[0].tier == EXACT
    assert {m.code for m in found[1:3]} == {"I21.3", "I21.4"}  # the code starts with the text


@pytest.mark.parametrize("typed", ["ACS", "acs", "coronary", "acute coronary syndrome", "heart attack", "MI"])
def test_coronary_words_find_the_acute_coronary_syndrome_impressions(
    shipped: cs.Abbreviations, typed: str
) -> None:
    found = shipped.index("Impression").search(typed)
    infarctions = {"I21", "I21.3", "I21.4"}  # read from the list by name below, never trusted blindly
    assert infarctions <= set(impressions())
    assert infarctions <= {m.code for m in found if m.tier == ABBREVIATION}
    assert found[0].tier == ABBREVIATION


def test_today_no_impression_label_says_coronary() -> None:
    """Why "coronary" found nothing: the labels name the diseases (infarction, STEMI, angina)."""
    plain = CodeIndex((code, entry.label) for code, entry in impressions().items())
    assert plain.search("coronary") == [] and plain.search("ACS") == []


def test_partly_typed_abbreviation_still_finds(shipped: cs.Abbreviations) -> None:
    found = shipped.index("Impression").search("coron")
    assert "STEMI" in [m.label for m in found] and found[0].tier == OTHER_NAME


def test_official_names_find_the_entry(shipped: cs.Abbreviations) -> None:
    index = shipped.index("Impression")
    assert index.search("syncope")[0].label == "Fainting/collapse"
    assert index.search("epistaxis")[0].label == "Nosebleed"
    assert index.search("dyspnea")[0].label in {"Difficulty breathing", "Shortness of breath"}


@pytest.mark.parametrize(
    ("name", "typed", "first"),
    [
        ("MedicationRoute", "IV", "Intravenous (IV)"),  # before "IV Pump", which starts with the text
        ("MedicationRoute", "SL", "Sublingual"),
        ("MedicationRoute", "PO", "Oral"),
        ("MedicationRoute", "IN", "Intranasal"),
        ("MedicationRoute", "neb", "Nebulizer"),
        ("DoseUnit", "mg", "Milligrams (mg)"),
        ("DoseUnit", "mg/kg", "Milligrams per Kilogram (mg/kg)"),
        ("DoseUnit", "cc", "Milliliters (ml)"),
        ("UnitCapability", "ALS", "Ground Transport (ALS Equipped)"),
        ("UnitCapability", "BLS", "Ground Transport (BLS Equipped)"),
        ("Medication", "ASA", "Aspirin"),
        ("Medication", "NTG", "Nitroglycerin"),
        ("Medication", "benadryl", "Diphenhydramine (Bendadryl)"),
        ("Impression", "CVA", "Stroke"),
        ("Impression", "SOB", "Shortness of breath"),
        ("Impression", "AMS", "Altered mental status"),
        ("Impression", "HTN", "Hypertension"),
        ("Impression", "CHF", "Heart failure"),
        ("DispatchReason", "MVC", "Traffic/Transportation Incident"),
        ("DispatchReason", "GSW", "Stab/Gunshot Wound/Penetrating Trauma"),
        ("CrewLevel", "medic", "Paramedic"),
    ],
)
def test_abbreviations_put_what_crews_mean_first(
    shipped: cs.Abbreviations, name: str, typed: str, first: str
) -> None:
    assert labels(shipped.index(name), typed)[0] == first


def test_the_shipped_file_loads_and_every_meaning_finds_an_entry_of_its_list() -> None:
    path = cs.shipped_file()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert {"Impression", "MedicationRoute", "DoseUnit", "UnitCapability", "Medication"} <= set(data)
    checked = 0
    for name, table in data.items():
        entries = cs.list_entries(name)
        assert entries, name
        for key, meanings in table.items():
            assert meanings, f"[{name}] {key} means nothing"
            for meaning in meanings:
                codes = cs.resolve(name, meaning)
                assert codes, f"[{name}] {key} = {meaning!r} matches no entry"
                assert codes <= {code for code, _ in entries}
                checked += 1
    assert checked > 400
    assert cs.parse_file(path)  # and the loader accepts it as a whole


def test_issue_abbreviations_are_all_there(shipped: cs.Abbreviations) -> None:
    impression = shipped.meanings["Impression"]
    for typed in [
        "ACS",
        "MI",
        "STEMI",
        "NSTEMI",
        "CVA",
        "SOB",
        "AMS",
        "LOC",
        "OD",
        "MVC",
        "GSW",
        "CP",
        "CHF",
        "DKA",
        "HTN",
        "ETOH",
        "SZ",
        "FX",
        "LAC",
        "N/V",
        "ALOC",
        "PE",
        "DVT",
    ]:
        assert cs.normalize(typed) in impression or shipped.index("Impression").exact(typed), typed
    routes = shipped.meanings["MedicationRoute"]
    assert {"iv", "io", "im", "in", "sl", "po", "neb"} <= set(routes)
    assert {"als", "bls"} <= set(shipped.meanings["UnitCapability"])


def test_exact_is_a_label_a_code_or_an_abbreviation_that_means_one_thing(shipped: cs.Abbreviations) -> None:
    routes = shipped.index("MedicationRoute")
    assert routes.exact("sublingual") is not None and routes.exact("sublingual").label == "Sublingual"
    assert routes.exact("9927047") is not None
    assert routes.exact("sl").label == "Sublingual"
    assert routes.exact("sub") is None
    assert shipped.index("Impression").exact("ACS") is None  # it means four impressions: pick one


def test_guess_list_names_the_list_the_codes_come_from() -> None:
    assert cs.guess_list([r.value for r in c.MedicationRoute]) == "MedicationRoute"
    assert cs.guess_list([code_for(medications(), "aspirin")]) == "Medication"
    assert cs.guess_list(["", "no such code"]) is None


def write(home: Path, text: str) -> Path:
    path = home / cs.AGENCY_FILE
    path.write_text(text, encoding="utf-8")
    return path


def test_an_agency_adds_replaces_and_removes(tmp_path: Path) -> None:
    write(
        tmp_path,
        '[Impression]\n"chest hurts" = ["Chest pain, NOS"]\nACS = ["Angina"]\nCVA = []\n'
        '[MedicationRoute]\n"under tongue" = ["Sublingual"]\n',
    )
    mine = load_abbreviations(tmp_path)
    assert mine.problems == ()
    impression = mine.index("Impression")
    assert labels(impression, "chest hurts")[0] == "Chest pain, NOS"
    assert [m.label for m in impression.search("ACS") if m.tier == ABBREVIATION] == [
        "Angina (pain related to heart)"
    ]
    assert "cva" not in mine.meanings["Impression"]
    assert labels(mine.index("MedicationRoute"), "under tongue")[0] == "Sublingual"
    assert "sob" in mine.meanings["Impression"]  # the rest of the shipped file stays


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("[Impression]\nACS = STEMI\n", 2, "not valid TOML"),
        ('[Impression]\nSOB = ["Shortness of breath"]\nXYZ = ["no such impression"]\n', 3, "matches nothing"),
        ('# ours\n[Impresion]\nACS = ["STEMI"]\n', 2, "no code list"),
        ('[MedicationRoute]\nSL = "Sublingual"\n', 2, "must be a list"),
        ('[DoseUnit]\n"//" = ["Milligrams (mg)"]\n', 2, "no letters or digits"),
    ],
)
def test_a_bad_agency_file_is_refused_with_file_and_line(
    tmp_path: Path, text: str, line: int, says: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(AbbreviationError) as refused:
        cs.parse_file(path)
    assert refused.value.line == line and says in refused.value.reason
    assert str(refused.value).startswith(f"{path}:{line}: ")
    kept = load_abbreviations(tmp_path)
    assert len(kept.problems) == 1 and f"{path}:{line}" in kept.problems[0]
    assert kept.meanings == load_abbreviations().meanings  # the shipped ones stay


def test_no_agency_file_is_no_problem(tmp_path: Path) -> None:
    assert load_abbreviations(tmp_path).problems == ()


def test_a_two_thousand_entry_list_answers_every_keystroke(shipped: cs.Abbreviations) -> None:
    """The list `make bench` times (code_search_2000_*): every keystroke of a crew's words gets an answer,
    best match first. How fast is a benchmark figure, not a timed test."""
    entries = two_thousand_entries()
    aliases = shipped.aliases("Impression")
    index = CodeIndex(entries, {code: aliases.get(code.split(".")[0], []) for code, _ in entries})
    for word in ("chest pain", "coronary", "heart failure", "i21"):
        for end in range(1, len(word) + 1):  # every keystroke of the word
            assert index.search(word[:end], limit=50), word[:end]
    assert not index.search("xyzzy", limit=50)
    assert "chest" in entries[index.search("chest pain", limit=1)[0].index][1].lower()


def two_thousand_entries() -> list[tuple[str, str]]:
    """2,000 impression-like entries: the suggested list, each label with a qualifier, many times over."""
    base = [(code, entry.label) for code, entry in impressions().items()]
    qualifiers = ["left", "right", "acute", "chronic", "recurrent", "initial", "subsequent"] * 30
    entries = [
        (f"{code}.{n}", f"{label} {word}")
        for n in range(17)
        for (code, label), word in zip(base, qualifiers, strict=False)
    ]
    assert len(entries) >= 2000
    return entries[:2000]
