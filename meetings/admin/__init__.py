"""
The admin is the knowledge base's data-entry tool.

A staff member enters a whole meeting report on the event's page: who took part, who
attended, what came out of it, which agreements it touched, each row with the passage of
the report that states it. Every other fact has its own page with all of its citations.

One module per concern: base.py (what every knowledge-base admin shares), events.py and records.py (the admins,
registered when imported here), inlines.py (the rows entered on a record's page), forms.py (the meeting's page),
locking.py (no lost edits), history.py and restoring.py (the history pages and restoring a version), merging.py
(records entered twice), errors.py (bad addresses answer 400 or 404).
"""

from .base import KnowledgeAdmin
from .events import (
    AttendanceAdmin,
    EventAdmin,
    EventAgreementAdmin,
    ForumAdmin,
    OutcomeAdmin,
    ParticipationAdmin,
    StatementAdmin,
)
from .records import (
    AgreementAdmin,
    AgreementPartyAdmin,
    CountryAdmin,
    MembershipAdmin,
    OrganizationAdmin,
    PersonAdmin,
    PositionAdmin,
    SourceReportAdmin,
    TopicAdmin,
)

__all__ = [
    "AgreementAdmin",
    "AgreementPartyAdmin",
    "AttendanceAdmin",
    "CountryAdmin",
    "EventAdmin",
    "EventAgreementAdmin",
    "ForumAdmin",
    "KnowledgeAdmin",
    "MembershipAdmin",
    "OrganizationAdmin",
    "OutcomeAdmin",
    "ParticipationAdmin",
    "PersonAdmin",
    "PositionAdmin",
    "SourceReportAdmin",
    "StatementAdmin",
    "TopicAdmin",
]
