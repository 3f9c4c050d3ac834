"""What the intake tests read from an analysis (meetings.intake.analyse): the slugs linked and the names proposed."""


def selected(result, kind):
    """The slugs of the links of kind pre-selected for the editor."""
    return {link["slug"] for link in result["links"] if link["kind"] == kind and link["selected"]}


def offered(result, kind):
    """The slugs of every link of kind, pre-selected or left for the editor to choose."""
    return {link["slug"] for link in result["links"] if link["kind"] == kind}


def new_names(result, kind):
    """The names of the new records of kind proposed."""
    return {item["name"] for item in result["new"] if item["kind"] == kind}
