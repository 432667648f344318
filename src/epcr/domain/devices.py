"""Medical device data (eDevice.DeviceGroup) the crew or an import documents on its own: a monitor's serial
number, its events, an ECG with its leads and interpretation, a waveform, shocks and pacing. Defibrillator
events of the CPR log are written as device groups too, at export, from the log itself (not held here)."""

from __future__ import annotations

from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field

from epcr.domain.fields import NemsisModel, el, group


class DeviceWaveform(NemsisModel):
    """eDevice.WaveformGroup: a waveform the device recorded, and the device's mode."""

    graphic_type: str | None = el("eDevice.04")  # e.g. image/png, the file's type
    graphic: str | None = el("eDevice.05")  # base64, at most 10 MiB (fields.MAX_BINARY_BYTES)
    mode: str | None = el("eDevice.06")  # 4106xxx: manual, AED, pacing, CO2, O2, 12-lead ...


class DeviceShock(NemsisModel):
    """eDevice.ShockGroup: a shock or pacing as the device delivered it."""

    shock_type: str | None = el("eDevice.09")  # 4109xxx: biphasic, monophasic
    energy: float | None = el("eDevice.10")  # joules (shock) or milliamps (pacing)
    shocks_delivered: int | None = el("eDevice.11")  # total shocks so far
    pacing_rate: int | None = el("eDevice.12")  # per minute


class Device(NemsisModel):
    """eDevice.DeviceGroup: one event of a medical device, with what the device recorded about it."""

    id: UUID = Field(default_factory=uuid4)  # the group's CorrelationID in an export
    serial_number: str | None = el("eDevice.01")
    at: AwareDatetime | None = el("eDevice.02")
    event_types: list[str] | None = el("eDevice.03")  # 4103xxx
    waveform: DeviceWaveform = group("eDevice.WaveformGroup", single=DeviceWaveform)
    ecg_leads: list[str] | None = el("eDevice.07")  # 4107xxx
    ecg_interpretation: str | None = el("eDevice.08")
    shock: DeviceShock = group("eDevice.ShockGroup", single=DeviceShock)
