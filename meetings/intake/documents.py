"""Reading a report handed to the intake: pasted text, or a .txt, .html or .pdf file.

read_document() returns the report's text with the title, publisher, date and address the document states, or
raises DocumentError with a message for the editor. Libraries:

- pypdf reads a PDF's text layer (pure Python, no system library, and it tells an encrypted PDF from a damaged one);
- trafilatura finds an HTML page's article text, leaving out its navigation, scripts and styles, and reads the
  title, site name and date from the page's metadata (built on lxml, the page is never rendered or run).
"""

import datetime
import io
import re
from dataclasses import dataclass

from django.conf import settings
from django.template.defaultfilters import filesizeformat

from meetings.models import REPORT_LENGTH

TEXT, HTML, PDF = "text", "html", "pdf"
EXTENSIONS = {".txt": TEXT, ".text": TEXT, ".htm": HTML, ".html": HTML, ".pdf": PDF}
ACCEPTED = ".txt, .html or .pdf"
# Finding a page's article takes time that grows faster than its number of elements: some four seconds at 20,000,
# twenty at 50,000. A news page has a few thousand; more is a page of listings, or one made to stall the server.
MAX_HTML_ELEMENTS = 20_000
NOT_TEXT = f"This file is not text. The intake reads {ACCEPTED} files; paste the report's text instead."

# The header lines a case file may start with (meetings/intake/casefile.py reads the same), then a blank line.
HEADER = re.compile(r"^(Title|Publisher|Published|URL):[ \t]*(.*)$", re.IGNORECASE)

# Common English words: in an English news report they make up a quarter to a half of the words.
ENGLISH_WORDS = frozenset(
    "the of and to in a is was were for on with by that as at from it its be been has have had are this which "
    "will an their or not also said they he she his her who more than other".split()
)


class DocumentError(Exception):
    """A document the intake cannot read; the message says why and what to do instead."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class Document:
    """A report's text and what the document says about itself (empty where it says nothing)."""

    text: str
    title: str = ""
    publisher: str = ""
    published_on: datetime.date | None = None
    url: str = ""


def max_bytes():
    return settings.KBASE_INTAKE_MAX_BYTES


def read_document(data: bytes, filename: str, content_type: str | None = None) -> Document:
    """The report in data (a file's bytes, or pasted text encoded as UTF-8 with filename "")."""
    if len(data) > max_bytes():
        raise DocumentError(
            f"This file is {filesizeformat(len(data))}; the intake reads files of up to {filesizeformat(max_bytes())}."
            " Paste the report's text instead."
        )
    kind = kind_of(data, filename, content_type)
    if kind == PDF:
        document = read_pdf(data)
    elif kind == HTML:
        document = read_html(decode(data))
    else:
        document = read_text(decode(data))
    # A text far beyond the limit is refused before it is tidied, which takes a moment per megabyte.
    if len(document.text) > 2 * REPORT_LENGTH:
        raise too_long(len(document.text))
    document.text = tidy(document.text)
    if not document.text:
        raise DocumentError("There is no text to read: paste the report's text or choose a file that has some.")
    if len(document.text) > REPORT_LENGTH:
        raise too_long(len(document.text))
    return document


def too_long(length):
    return DocumentError(
        f"This report has {length:,} characters; a report may have up to {REPORT_LENGTH:,}."
        " Enter the part about the meeting."
    )


def kind_of(data, filename, content_type):
    """text, html or pdf, from the file's name, then its first bytes; a file that claims to be a PDF must be one."""
    name = (filename or "").lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    head = data[:1024].lstrip()
    if extension == ".pdf" or content_type == "application/pdf":
        if b"%PDF-" not in data[:1024]:
            raise DocumentError("This file is named .pdf but is not a PDF. Choose the report's PDF, or paste its text.")
        return PDF
    if filename and extension not in EXTENSIONS:
        if b"%PDF-" in data[:1024]:
            return PDF
        raise DocumentError(f"The intake reads {ACCEPTED} files; “{filename}” is none of these. Paste its text.")
    if b"%PDF-" in data[:1024]:
        return PDF
    if (
        extension in (".htm", ".html")
        or content_type == "text/html"
        or head[:15].lower().startswith((b"<!doctype html", b"<html"))
    ):
        return HTML
    return TEXT


def decode(data):
    """Text from bytes: UTF-8 (with or without a byte-order mark), else Windows-1252; binary data is refused."""
    if b"\x00" in data[:8192]:
        raise DocumentError(NOT_TEXT)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text) / 100:
        raise DocumentError(NOT_TEXT)
    return text


def tidy(text):
    """Unix line ends, no trailing spaces, at most one blank line in a row, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = "".join(ch for ch in text if ch >= " " or ch in "\t\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_text(text):
    """Plain text, with the optional Title/Publisher/Published/URL header lines of a case file taken off."""
    document = Document(text=text)
    lines = text.lstrip("\ufeff").split("\n")
    found = 0
    for line in lines:
        match = HEADER.match(line.strip())
        if not match:
            break
        field, value = match.group(1).lower(), match.group(2).strip()
        if field == "title":
            document.title = value
        elif field == "publisher":
            document.publisher = value
        elif field == "published":
            document.published_on = parse_date(value)
        else:
            document.url = value
        found += 1
    # Header lines count only when a blank line ends them, as in a case file.
    if found and found < len(lines) and not lines[found].strip():
        document.text = "\n".join(lines[found + 1 :])
    elif found:
        document = Document(text=text)
    return document


def read_html(html):
    """The article's main text and the page's metadata; navigation, scripts and styles are dropped."""
    import lxml.html
    import trafilatura

    try:
        elements = sum(1 for _ in lxml.html.document_fromstring(html).iter())
    except Exception:  # lxml refuses an empty or wholly broken document
        elements = 0
    if elements > MAX_HTML_ELEMENTS:
        raise DocumentError(
            f"This page has {elements:,} parts, too many to find its article in: a news page has a few thousand."
            " Paste the report's text instead."
        )
    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, include_images=False
        )
    except Exception:  # a parser error on a malformed page is the page's fault, not the editor's
        extracted = None
    text = getattr(extracted, "text", None) or ""
    if not text.strip():
        # A short page may fall below what the article finder counts as an article; read its body text instead.
        try:
            _tree, text, _length = trafilatura.baseline(html)
        except Exception:
            text = ""
    if not text.strip():
        raise DocumentError("This page has no article text to read. Paste the report's text instead.")
    return Document(
        text=text,
        title=(getattr(extracted, "title", None) or "")[:300],
        publisher=(getattr(extracted, "sitename", None) or "")[:300],
        published_on=parse_date(getattr(extracted, "date", None) or ""),
        url=(getattr(extracted, "url", None) or "")[:500],
    )


def read_pdf(data):
    """The PDF's text layer, page after page, and the title of its metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AssertionError, RecursionError):
        raise DocumentError("This PDF is damaged and cannot be read. Paste the report's text instead.") from None
    if encrypted:
        # Many PDFs are encrypted only to restrict printing or copying, with an empty password to open them.
        try:
            opened = reader.decrypt("")
        except Exception:  # pypdf raises several kinds, including a missing-dependency error for AES
            opened = 0
        if not opened:
            raise DocumentError(
                "This PDF is protected by a password, so its text cannot be read. Paste the report's text instead."
            )
    try:
        pages, length = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            length += len(pages[-1])
            # The rest of a long PDF need not be read to know that it is too long.
            if length > 2 * REPORT_LENGTH:
                break
        title = (reader.metadata.title if reader.metadata else "") or ""
    except Exception:  # a damaged page or object stream; the editor can still paste the text
        raise DocumentError("This PDF is damaged and cannot be read. Paste the report's text instead.") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text.strip():
        raise DocumentError("This PDF has no text to read; paste the text instead.")
    return Document(text=text, title=str(title).strip()[:300])


def parse_date(value):
    """An ISO date ("2020-12-16" or the date part of "2020-12-16T10:00:00+07:00"), else None."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def language_warning(text):
    """A warning when the text seems not to be English (the analysis reads English only), else ""."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 80:
        return ""
    latin = sum(1 for ch in letters if ch.isascii())
    words = re.findall(r"[a-z]+", text.lower())
    common = sum(1 for word in words if word in ENGLISH_WORDS)
    if latin / len(letters) < 0.6 or not words or common / len(words) < 0.08:
        return (
            "This report seems not to be in English. The suggestions are made for English reports: "
            "check each of them, or enter the meeting with the add form."
        )
    return ""
