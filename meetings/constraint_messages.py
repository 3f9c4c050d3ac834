"""
What each named constraint means to the person entering a record: a sentence, on the field it concerns.

Without these, a form shows a constraint the model's clean() does not repeat as "Constraint
“participation_has_participant” is violated." above the row. Model.validate_constraints (overridden in
models.ConstraintMessages) places each violation on its field with the sentence below; a constraint left out
here falls back to Django's own message, which tests/test_admin_entry.py does not allow.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

PARTIAL_DATE_FIELDS = {
    "membership": ["start_date", "end_date"],
    "position": ["start_date", "end_date"],
    "event": ["start_date", "end_date"],
    "agreement": ["adopted_date", "signed_date", "in_force_date"],
    "agreementparty": ["date"],
}

CITATIONS = [
    "eventcitation",
    "participationcitation",
    "attendancecitation",
    "positioncitation",
    "membershipcitation",
    "eventagreementcitation",
    "outcomecitation",
    "agreementpartycitation",
]

# constraint name -> (field, sentence)
MESSAGES = {
    "country_code_upper_two_letters": ("code", "The code is two capital letters, as in ISO 3166-1 (VN, LA)."),
    "country_name_unique": ("name", "This country already has this other name."),
    "sourcereport_text_not_empty": ("text", "Paste the report's text."),
    "sourcereport_fingerprint_sha256": ("text", "The text's fingerprint could not be made; save the text again."),
    "organization_not_own_parent": ("parent", "An organization cannot be its own parent."),
    "organization_name_not_empty": ("name", "Give the organization's name."),
    "organization_name_unique": ("name", "This organization already has this other name."),
    "membership_one_member": ("member_country", "Choose the member country or the member organization, not both."),
    "membership_not_own_member": ("member_organization", "An organization cannot be a member of itself."),
    "membership_end_after_start": ("end_date", "The membership cannot end before it starts."),
    "membership_country_unique": ("member_country", "This country is already a member in this role."),
    "membership_organization_unique": ("member_organization", "This organization is already a member in this role."),
    "person_name_not_empty": ("name", "Give the person's name."),
    "person_name_unique": ("name", "This person already has this other name."),
    "position_end_after_start": ("end_date", "The post cannot end before it starts."),
    "position_title_or_rank": (
        "title",
        "Give the post's title or the person's rank (or both); the rank alone is enough when the report names no post.",
    ),
    "position_unique_dated": ("title", "This person already has this post in this organization from this date."),
    "position_unique_undated": ("title", "This person already has this post in this organization."),
    "event_end_after_start": ("end_date", "The meeting cannot end before it starts."),
    "event_end_needs_start": ("start_date", "Give the start date too, or leave both dates empty."),
    "event_inferred_date_explained": ("date_note", "Say why this part of the date is inferred, and from what."),
    "event_inferred_needs_date": ("date_inferred", "There is no date to mark as inferred."),
    "event_date_inferred_valid": ("date_inferred", "Choose which part of the date is inferred from the list."),
    "event_format_valid": ("format", "Choose the format from the list."),
    "event_status_valid": ("status", "Choose the status from the list."),
    "event_held_has_date": (
        "start_date",
        "A meeting that was held needs a date; the year alone is enough (type 2025 or November 2025).",
    ),
    "event_number_positive": ("number", "The number in the series starts at 1."),
    "event_number_needs_forum": ("number", "A number in a series needs the forum it belongs to."),
    "event_not_own_parent": ("parent", "A meeting cannot be a session of itself."),
    "event_title_not_empty": ("title", "Give the meeting's title."),
    "event_forum_number_unique": ("number", "Another meeting of this forum already has this number."),
    "participation_has_participant": (
        "country",
        "Choose the organization, or the country or countries whose delegations took part.",
    ),
    "participation_role_valid": ("role", "Choose the role from the list."),
    "participation_organization_unique": ("organization", "This organization is already listed in this role."),
    "participation_delegation_unique": ("country", "This country's delegation is already listed in this role."),
    "attendance_unique": ("person", "This person is already listed in this role at this meeting."),
    "attendance_role_valid": ("role", "Choose the role from the list."),
    "statement_text_not_empty": ("text", "Give what was said."),
    "agreement_name_not_empty": ("name", "Give the agreement's name."),
    "agreement_in_force_after_signed": ("in_force_date", "An agreement cannot enter into force before it is signed."),
    "agreement_name_unique": ("name", "This agreement already has this other name."),
    "agreementparty_one_party": ("country", "Choose the country or the organization, not both."),
    "agreementparty_country_unique": ("country", "This country's act is already recorded."),
    "agreementparty_organization_unique": ("organization", "This organization's act is already recorded."),
    "eventagreement_unique": ("agreement", "This agreement is already listed with this relation."),
    "eventagreement_relation_valid": ("relation", "Choose the relation from the list."),
    "outcome_text_not_empty": ("text", "Give the outcome in the report's words or a close summary."),
    "outcome_kind_valid": ("kind", "Choose the kind from the list."),
    "outcome_status_valid": ("status", "Choose the status from the list."),
    "outcome_not_referred_to_own_event": ("referred_to_event", "An outcome cannot be referred to its own meeting."),
    "knowledge_version_single_row": (NON_FIELD_ERRORS, "There is only one knowledge version row."),
    "slug_redirect_unique_old_slug": ("old_slug", "This old address already leads to a record."),
    "intakedraft_status_valid": ("status", "Choose the status from the list."),
}

for _model, _fields in PARTIAL_DATE_FIELDS.items():
    for _field in _fields:
        MESSAGES[f"{_model}_{_field}_precision_valid"] = (f"{_field}_precision", "Choose day, month or year.")
        MESSAGES[f"{_model}_{_field}_month_first_day"] = (
            _field,
            "A month is stored as its first day: type the month alone (November 2025).",
        )
        MESSAGES[f"{_model}_{_field}_year_first_january"] = (
            _field,
            "A year is stored as 1 January: type the year alone (2025).",
        )

for _citation in CITATIONS:
    MESSAGES[f"{_citation}_passage_not_empty"] = ("passage", "Copy the passage of the report that states this.")
    MESSAGES[f"{_citation}_unique"] = ("passage", "This row already cites this passage of this report.")


def placed(constraint, error, exclude=None):
    """error (a constraint's violation) as the sentence of MESSAGES, on its field; unchanged when not listed."""
    if constraint.name not in MESSAGES:
        return error
    field, message = MESSAGES[constraint.name]
    if exclude and field in exclude:
        field = NON_FIELD_ERRORS
    return ValidationError({field: ValidationError(message, code=getattr(error, "code", None) or "constraint")})
