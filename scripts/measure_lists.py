"""Measure the lists as issue 13 measured them, on a running kbase: scripts/measure_lists.py [http://127.0.0.1:8000].

Prints the header's height and where the first result of a filtered meeting list starts on a 390-pixel phone, the
height of the facet column against the results' at 1,366 pixels, and how many Tab presses reach the first facet.
"""

import argparse

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def height(page, selector):
    return round(page.evaluate(f"document.querySelector('{selector}').getBoundingClientRect().height"))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site", nargs="?", default="http://127.0.0.1:8000")
    site = parser.parse_args().site.rstrip("/")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)

        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{site}/events/?country=la")
        first = phone.locator(".card-list > li").first.bounding_box()["y"]
        header = height(phone, ".site-header")
        print(f"390 px: header {header} px; first result of /events/?country=la at y={first:.0f}")
        phone.goto(f"{site}/events/")
        phone.locator("section[aria-labelledby=facet-country]").get_by_role("link", name="Lao PDR", exact=True).click()
        phone.wait_for_url("**#results")
        first = phone.locator(".card-list > li").first.bounding_box()["y"]
        print(f"390 px: after choosing Lao PDR in the facets, the first result is at y={first:.0f} of 844")

        wide = browser.new_page(viewport={"width": 1366, "height": 900})
        wide.goto(f"{site}/events/")
        print(
            f"1366 px: facets {height(wide, '#facets .facets-toggle')} px tall beside results "
            f"{height(wide, '.layout-main .card-list')} px on /events/"
        )
        for tabs in range(1, 200):
            wide.keyboard.press("Tab")
            if wide.evaluate("!!document.activeElement.closest('#facets, .jump-to-facets')"):
                where = wide.evaluate("document.activeElement.textContent.trim()")
                print(f"1366 px: {tabs} Tab presses reach the facets (first stop: “{where}”)")
                break
        browser.close()


if __name__ == "__main__":
    main()
