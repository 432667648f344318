"""Bad input to the last elements that found their place (a current medication's dose, device data,
attachments, custom element definitions) is refused when entered, the message naming the field; nothing is
written."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from pydantic import ValidationError

from epcr.domain.assessment import CurrentMedication
from epcr.domain.custom_elements import CustomDefinition
from epcr.domain.devices import Device, DeviceShock, DeviceWaveform
from epcr.domain.errors import InvalidInput
from epcr.domain.fields import MAX_BINARY_BYTES
from epcr.domain.other import Attachment
from epcr.store.database import Database


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"dose": -5}, r"dose cannot be negative.*eHistory\.13"),
        ({"dose": 1.2345}, r"at most 3 decimal place.*eHistory\.13 Current Medication Dose"),
        ({"dose": 1234567890}, r"at most 9 digits.*eHistory\.13"),
        ({"dose_unit": "mg"}, r"'mg' is not a code of eHistory\.14 Current Medication Dosage Unit"),
        ({"route": "3114029"}, r"not a code of eHistory\.15 Current Medication Administration Route"),
        ({"frequency": "daily"}, r"not a code of eHistory\.20 Current Medication Frequency"),
        ({"drug": "1"}, r"at least 2 characters \(eHistory\.12 Current Medications\)"),
        ({"drug": {"pertinent_negative": "8801005"}}, r"8801005 is not allowed for eHistory\.12"),
    ],
)
def test_a_current_medication_refuses_what_the_xsd_refuses(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        CurrentMedication.model_validate({"drug": "1191", **data})


def test_a_current_medication_takes_the_none_reported_blank_and_a_full_group() -> None:
    assert CurrentMedication.model_validate({"drug": {"pertinent_negative": "8801015"}}).drug is not None
    full = {"drug": "6809", "dose": 500, "dose_unit": "3114029", "route": "9927035", "frequency": "3120017"}
    assert CurrentMedication.model_validate(full).dose == 500


@pytest.mark.parametrize(
    ("model", "data", "message"),
    [
        (Device, {"serial_number": "X"}, r"at least 2 characters \(eDevice\.01"),
        (Device, {"event_types": ["4103009", "defib"]}, r"'defib' is not a code of eDevice\.03"),
        (Device, {"ecg_leads": ["V7x"]}, r"not a code of eDevice\.07 Medical Device ECG Lead"),
        (DeviceShock, {"energy": 9001}, r"between 1 and 9000.*eDevice\.10"),
        (DeviceShock, {"shocks_delivered": 0}, r"between 1 and 100.*eDevice\.11"),
        (DeviceShock, {"pacing_rate": 1001}, r"eDevice\.12 Pacing Rate"),
        (DeviceWaveform, {"graphic": "not base64!"}, r"must be base64.*eDevice\.05"),
        (DeviceWaveform, {"mode": "manual"}, r"not a code of eDevice\.06"),
        (Attachment, {"data": "%%%"}, r"must be base64.*eOther\.11 File Attachment Image"),
        (Attachment, {"document_type": "pdf"}, r"not a code of eOther\.09 External Electronic Document"),
        (Attachment, {"file_name": "x" * 256}, r"at most 255 characters \(eOther\.22 File Attachment Name"),
    ],
)
def test_device_data_and_attachments_refuse_what_the_xsd_refuses(
    model: type[Device | DeviceShock | DeviceWaveform | Attachment], data: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        model.model_validate(data)


def test_an_attachment_is_bounded_and_the_bound_is_named() -> None:
    too_large = base64.b64encode(b"\0" * (MAX_BINARY_BYTES + 3)).decode("ascii")
    with pytest.raises(
        ValidationError, match=r"a file may be at most 10 MiB; got about 10\.0 MiB \(eOther\.11"
    ):
        Attachment(data=too_large)
    fits = base64.b64encode(b"\0" * 1024).decode("ascii")
    assert Attachment(data=fits, file_type="image/png").data == fits


def test_a_custom_definition_refuses_what_the_xsd_refuses() -> None:
    good = {
        "element_id": "lot",
        "title": "Lot number",
        "definition": "The lot number of the medication.",
        "data_type": "9902009",
        "recurrence": "9923001",
        "usage": "9903007",
    }
    assert CustomDefinition.model_validate(good).title == "Lot number"
    with pytest.raises(ValidationError, match=r"not a code of eCustomConfiguration\.03 Custom Data Type"):
        CustomDefinition.model_validate({**good, "data_type": "text"})
    with pytest.raises(ValidationError, match=r"title\n  Field required"):
        CustomDefinition.model_validate({k: v for k, v in good.items() if k != "title"})


def test_an_edit_with_a_bad_dose_is_refused_naming_the_field_and_nothing_is_written(tmp_path: Path) -> None:
    with Database(tmp_path / "device.sqlite3") as db:
        rid = db.create_report("C-0815").uuid
        path = "assessment.sample.current_medications"
        with pytest.raises(InvalidInput) as refused:
            db.save_field(rid, path, [{"drug": "1191", "dose": -81}], "C-0815")
        assert "assessment.sample.current_medications" in str(refused.value)
        assert "eHistory.13" in str(refused.value)
        assert db.open_report(rid).assessment.sample.current_medications is None
        db.save_field(rid, path, [{"drug": "1191", "dose": 81, "dose_unit": "3114029"}], "C-0815")
        (aspirin,) = db.open_report(rid).assessment.sample.current_medications or []
        assert (aspirin.drug, aspirin.dose, aspirin.dose_unit) == ("1191", 81.0, "3114029")
