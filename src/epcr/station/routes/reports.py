"""Reports: a device pushes its locked reports and addenda, and asks which of them the station holds."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from epcr.station.routes.deps import Device, Store
from epcr.sync.protocol import API, HeldResponse, PushRequest, PushResponse

router = APIRouter(prefix=API, tags=["reports"], responses={401: {"description": "bad token"}})


def inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """A JSON schema with its $defs put in place of their $refs (PushRequest's have no cycle)."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(defs[node["$ref"].rsplit("/", 1)[1]])
            return {key: walk(value) for key, value in node.items()}
        return [walk(value) for value in node] if isinstance(node, list) else node

    return dict(walk(schema))


# The body is read as bytes (epcr.station.receiving parses and validates it in one pass); its schema is
# still PushRequest's, for the API's documentation.
PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": inlined(PushRequest.model_json_schema())}},
    }
}


@router.post("/push", response_model=PushResponse, openapi_extra=PUSH_BODY)
async def push(request: Request, device_id: Device, store: Store) -> PushResponse:
    body = await request.body()
    try:
        receipts = await run_in_threadpool(store.receive_body, device_id, body)
    except ValidationError as error:  # not a push at all: 422, one line per problem like every route
        raise RequestValidationError(
            error.errors(include_url=False, include_context=False, include_input=False)
        ) from None
    return PushResponse(receipts=receipts, station_time=datetime.now(UTC).isoformat())


@router.get("/held", response_model=HeldResponse)
def held(device_id: Device, store: Store) -> HeldResponse:
    return HeldResponse(items=store.held(device_id))
