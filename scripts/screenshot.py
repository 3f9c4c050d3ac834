"""Take headless screenshots of pages of a running kbase: scripts/screenshot.py URL OUT.png [--width 1280] [--full]."""

import argparse

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

WIDE_ELEMENTS = """() => [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(-5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)"""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full", action="store_true", help="capture the whole page, not only the viewport")
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        response = page.goto(args.url)
        print(response.status if response else "no response", args.url)
        # A page wider than the window scrolls sideways: name the elements that stick out.
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > args.width:
            culprits = page.evaluate(WIDE_ELEMENTS)
            print(f"too wide: {width}px in a {args.width}px window; widest elements: {culprits}")
        page.screenshot(path=args.out, full_page=args.full)
        browser.close()


if __name__ == "__main__":
    main()
