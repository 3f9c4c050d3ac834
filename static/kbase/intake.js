// The intake's review screen: keeps the draft on the server as the editor goes, and shows the focused row's words
// in the report's text. The form works without this script; this only saves clicks and scrolling.
"use strict";

(function () {
    const form = document.getElementById("intake-review");
    if (!form) {
        return;
    }
    const status = document.getElementById("autosave-status");
    const textBody = document.querySelector(".intake-text-body");
    const url = form.dataset.autosaveUrl;
    let timer = null;
    let dirty = false;

    function formData() {
        // FormData carries the CSRF token field, which Django checks along with its cookie.
        return new FormData(form);
    }

    function keep() {
        timer = null;
        if (!dirty) {
            return;
        }
        dirty = false;
        status.textContent = "Keeping the draft…";
        fetch(url, { method: "POST", body: formData(), credentials: "same-origin" })
            .then((response) => response.json().then((body) => ({ ok: response.ok, body })))
            .then(({ ok, body }) => {
                status.textContent = ok ? `Draft kept at ${body.saved_at}` : body.error || "The draft could not be kept.";
            })
            .catch(() => {
                dirty = true;
                status.textContent = "Not kept: no connection. Your changes stay on this page.";
            });
    }

    function changed(event) {
        const row = event.target.closest(".intake-row");
        const accept = row && row.querySelector("input[name$='-accept']");
        if (accept && event.target === accept) {
            row.classList.toggle("intake-rejected", !accept.checked);
        }
        dirty = true;
        if (timer) {
            clearTimeout(timer);
        }
        timer = setTimeout(keep, 1200);
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", () => {
        dirty = false;
        if (timer) {
            clearTimeout(timer);
        }
    });
    // A tab closed within the delay after the last change still keeps it.
    document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "hidden" && dirty) {
            dirty = false;
            navigator.sendBeacon(url, formData());
        }
    });

    function show(rowId, scroll) {
        for (const mark of textBody.querySelectorAll("mark.current")) {
            mark.classList.remove("current");
        }
        for (const row of form.querySelectorAll(".intake-row.intake-current")) {
            row.classList.remove("intake-current");
        }
        if (!rowId) {
            return;
        }
        const marks = [...textBody.querySelectorAll("mark[data-rows]")].filter((mark) =>
            mark.dataset.rows.split(" ").includes(rowId),
        );
        for (const mark of marks) {
            mark.classList.add("current");
        }
        const row = form.querySelector(`.intake-row[data-row="${CSS.escape(rowId)}"]`);
        if (row) {
            row.classList.add("intake-current");
        }
        if (scroll && marks.length) {
            // Scroll the text pane only, not the page, so the focused control stays where it is.
            const pane = textBody.getBoundingClientRect();
            const first = marks[0].getBoundingClientRect();
            if (first.top < pane.top || first.bottom > pane.bottom) {
                textBody.scrollTop += first.top - pane.top - pane.height / 3;
            }
        }
    }

    form.addEventListener("focusin", (event) => {
        const row = event.target.closest(".intake-row");
        if (row && !textBody.contains(event.target)) {
            show(row.dataset.row, true);
        }
    });
    // "Show in text" moves the focus to the words in the text, for a keyboard user to read on from there.
    form.addEventListener("click", (event) => {
        const link = event.target.closest("a.intake-show");
        if (!link) {
            return;
        }
        const rowId = link.closest(".intake-row").dataset.row;
        const target = document.getElementById(`text-${rowId}`);
        if (target) {
            event.preventDefault();
            show(rowId, false);
            target.setAttribute("tabindex", "-1");
            target.scrollIntoView({ block: "center" });
            target.focus({ preventScroll: true });
        }
    });
    const errors = document.getElementById("save-errors");
    if (errors) {
        errors.focus();
    }
})();
