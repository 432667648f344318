"""The station's HTTP routes, one module per concern: devices (health, enrollment, audit anchors), reports
(push, held), roster (the crew roster and agency configuration devices pull) and QA (the reviewers' API).
Their request and response types are the wire contract in `epcr.sync.protocol`."""
