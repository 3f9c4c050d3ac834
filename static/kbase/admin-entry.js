"use strict";
// Select2 draws its own box for each autocomplete select of the admin and names it after the choice shown, so an
// empty box has no name for a screen reader. Name each box after its select: its label, or the aria-label a
// tabular row gives it (meetings/admin/forms.py). Runs after the admin's autocomplete.js has drawn the boxes.
(function() {
    function nameOf(select) {
        if (select.getAttribute("aria-label")) {
            return select.getAttribute("aria-label");
        }
        const label = select.id && document.querySelector(`label[for="${select.id}"]`);
        return label ? label.textContent.replace(/:\s*$/, "").trim() : "";
    }

    function nameBoxes(root) {
        root.querySelectorAll("select.admin-autocomplete").forEach(function(select) {
            const container = select.nextElementSibling;
            const name = nameOf(select);
            if (!name || !container || !container.classList.contains("select2")) {
                return;
            }
            container.querySelectorAll(".select2-selection").forEach(function(box) {
                if (box.getAttribute("aria-label") !== name) {
                    box.removeAttribute("aria-labelledby");
                    box.setAttribute("aria-label", name);
                }
            });
            container.querySelectorAll(".select2-selection__rendered[role=textbox]").forEach(function(shown) {
                if (!shown.hasAttribute("aria-label")) {
                    shown.setAttribute("aria-label", `${name}: chosen`);
                }
            });
            // select2 puts its "Remove all items" cross straight into the list of chosen items, where only list
            // items belong: give it that role, so a screen reader counts the list right (axe: "list").
            container.querySelectorAll("ul.select2-selection__rendered > .select2-selection__clear").forEach(function(clear) {
                clear.setAttribute("role", "listitem");
            });
            container.querySelectorAll("input.select2-search__field").forEach(function(search) {
                if (!search.hasAttribute("aria-label")) {
                    search.setAttribute("aria-label", name);
                }
            });
        });
    }

    // A row added with "Add another" in a table of rows: name each box after its column's header.
    function nameAddedRow(row) {
        const table = row.closest("table");
        if (!table) {
            return;
        }
        const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
        const number = [...row.parentElement.children].filter((r) => r.classList.contains("form-row")).indexOf(row) + 1;
        [...row.children].forEach(function(cell, column) {
            const header = headers[column];
            if (!header) {
                return;
            }
            const name = header.charAt(0) + header.slice(1).toLowerCase();
            cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function(box) {
                if (!box.hasAttribute("aria-label")) {
                    box.setAttribute("aria-label", `${name}, row ${number}`);
                }
            });
        });
    }

    document.addEventListener("formset:added", function(event) {
        if (event.target.matches && event.target.matches("tr")) {
            nameAddedRow(event.target);
        }
    });

    // autocomplete.js draws the boxes when the page is ready and when a row is added; name them once drawn.
    let scheduled = false;
    const observer = new MutationObserver(function() {
        if (!scheduled) {
            scheduled = true;
            window.requestAnimationFrame(function() {
                scheduled = false;
                nameBoxes(document);
            });
        }
    });
    observer.observe(document.documentElement, {childList: true, subtree: true});
})();
