"""Demo data: a crew roster and realistic calls (chest pain, cardiac arrest, hemorrhage, overdose), for
trying the app, for screenshots and for benchmarks. Every code is looked up in the NEMSIS lists."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from epcr.demo.calls import SCENARIOS, cardiac_arrest
from epcr.demo.scene import MOUNTAIN, ROSTER, vital_sets
from epcr.domain.arrest import CprEventKind
from epcr.domain.report import Lifecycle, Report

__all__ = ["ROSTER", "demo_report", "large_report"]


def demo_report(
    number: int, start: datetime | None = None, seed: int = 0, created_by: str = "P-1042"
) -> Report:
    rng = random.Random(seed * 100_003 + number)
    start = start or datetime(2026, 11, 1, 6, 0, tzinfo=MOUNTAIN) + timedelta(
        hours=7 * number + rng.randint(0, 5)
    )
    data = SCENARIOS[number % len(SCENARIOS)](start, number, rng)
    uuid = UUID(int=rng.getrandbits(128), version=4)
    return Report.model_validate(
        {
            "uuid": uuid,
            "lifecycle": Lifecycle(created_at=start.astimezone(UTC), created_by=created_by),
            **data,
        }
    )


def large_report(seed: int = 0) -> Report:
    """100 vital sets, 100 procedures, 100 medications, 200 CPR events: a long critical-care transfer."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 2, 1, 0, tzinfo=MOUNTAIN)
    data = cardiac_arrest(start, 1, rng)
    data["vitals"] = vital_sets(start, list(range(19, 119)), rng, 140, 120)
    base_proc, base_med = data["procedures"][0], data["medications"][0]
    data["procedures"] = [
        {**base_proc, "id": str(uuid4()), "at": (start + timedelta(minutes=14 + i // 2)).isoformat()}
        for i in range(100)
    ]
    data["medications"] = [
        {**base_med, "id": str(uuid4()), "at": (start + timedelta(minutes=17 + i // 2)).isoformat()}
        for i in range(100)
    ]
    kinds = list(CprEventKind)
    data["cpr_events"] = [
        {"at": (start + timedelta(minutes=13, seconds=15 * i)).isoformat(), "kind": kinds[i % len(kinds)]}
        for i in range(200)
    ]
    data["airway"]["confirmations"][0]["procedure_id"] = data["procedures"][2]["id"]
    return Report.model_validate(
        {"lifecycle": Lifecycle(created_at=start.astimezone(UTC), created_by="C-0815"), **data}
    )
