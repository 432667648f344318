"""Who may do what: three roles, checked on every action (45 CFR 164.312(a), access control)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    EMT = "emt"  # documents their own calls
    QA = "qa"  # reads and reviews finished reports; never edits clinical content
    ADMIN = "admin"  # roster, devices, scope tables; no access to patient content


class Action(StrEnum):
    REPORT_CREATE = "create a report"
    REPORT_EDIT = "edit a report"
    REPORT_LOCK = "lock a report"
    REPORT_ADDENDUM = "add an addendum"
    REPORT_VIEW = "view a report"
    REPORT_LIST = "list reports"
    REPORT_IMPORT = "import reports"
    REPORT_EXPORT = "export a report"
    REPORT_REVIEW = "review a report"
    ROSTER = "manage the crew roster"
    SCOPE = "install scope tables"
    AUDIT_VERIFY = "verify the audit trail"
    DEMO = "load demo reports"
    SYNC = "send finished reports to the station"
    ENROLL = "enroll this device with a station"
    DEVICE_UNIT = "set the unit this device rides in"


PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.EMT: frozenset(
        {
            Action.REPORT_CREATE,
            Action.REPORT_EDIT,
            Action.REPORT_LOCK,
            Action.REPORT_ADDENDUM,
            Action.REPORT_VIEW,
            Action.REPORT_LIST,
            Action.REPORT_EXPORT,
            Action.SYNC,
        }
    ),
    Role.QA: frozenset(
        {
            Action.REPORT_VIEW,
            Action.REPORT_LIST,
            Action.REPORT_EXPORT,
            Action.REPORT_REVIEW,
            Action.REPORT_IMPORT,
            Action.AUDIT_VERIFY,
            Action.SYNC,
        }
    ),
    Role.ADMIN: frozenset(
        {
            Action.ROSTER,
            Action.SCOPE,
            Action.AUDIT_VERIFY,
            Action.REPORT_IMPORT,
            Action.DEMO,
            Action.SYNC,
            Action.ENROLL,
            Action.DEVICE_UNIT,
        }
    ),
}
# An EMT's report actions reach only reports they wrote or were crew on ("own reports").
OWN_REPORTS_ONLY = frozenset({Role.EMT})


class NotPermitted(PermissionError):
    def __init__(self, who: str, role: Role, action: Action, why: str = "") -> None:
        reason = why or f"the {role.value.upper()} role does not allow it"
        super().__init__(f"{who} may not {action.value}: {reason}")
        self.who, self.role, self.action = who, role, action


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]
