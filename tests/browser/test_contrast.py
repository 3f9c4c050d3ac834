"""The stylesheet's palette keeps text readable: WCAG 2.1 AA contrast, computed from the CSS variables themselves."""

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[2] / "static" / "kbase" / "site.css"

# (foreground, background, minimum ratio): 4.5 for body text, 3 for component outlines such as input borders.
PAIRS = [
    ("ink", "bg", 4.5),
    ("ink", "bg-soft", 4.5),
    ("muted", "bg", 4.5),
    ("muted", "bg-soft", 4.5),
    ("muted", "info-bg", 4.5),
    ("link", "bg", 4.5),
    ("link", "bg-soft", 4.5),
    ("link", "info-bg", 4.5),
    ("bg", "brand", 4.5),
    ("bg", "brand-dark", 4.5),
    ("brand", "bg-soft", 4.5),
    ("warn-ink", "warn-bg", 4.5),
    ("error", "error-bg", 4.5),
    ("ok", "ok-bg", 4.5),
    ("brand-dark", "info-bg", 4.5),
    ("neutral", "neutral-bg", 4.5),
    ("accent", "bg", 3),
    ("field-line", "bg", 3),
    ("focus", "brand", 3),
    ("ink", "bg", 3),  # the dark halo around the focus ring on white
]


def palette():
    root = re.search(r":root\s*\{(.*?)\}", CSS.read_text(), re.S).group(1)
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", root))


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("foreground", "background", "minimum"), PAIRS)
def test_palette_pair_meets_wcag_aa(foreground, background, minimum):
    colours = palette()
    ratio = contrast(colours[foreground], colours[background])
    assert ratio >= minimum, f"{foreground} on {background} is {ratio:.2f}:1, needs {minimum}:1"
