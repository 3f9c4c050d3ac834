// Find a value in a long facet group of the meeting list: a search box above each group whose values fold under
// "More", narrowing its values as the reader types (accents and case ignored) and opening the fold to show them.
// Without this script the fold still opens by itself and the longer groups link to their own lists, so nothing
// depends on it; it is loaded from the site's own files, as the Content-Security-Policy allows no inline script.
"use strict";

(function () {
    function fold(text) {
        return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
    }

    document.querySelectorAll(".facet").forEach(function (facet) {
        const more = facet.querySelector("details.facet-more");
        const heading = facet.querySelector("h3");
        if (!more || !heading) {
            return;
        }
        const items = Array.from(facet.querySelectorAll("li"));
        const id = heading.id + "-find";

        const box = document.createElement("div");
        box.className = "facet-finder";
        const label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = "Find a value";
        const hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = " of " + heading.textContent;
        label.appendChild(hidden);
        const input = document.createElement("input");
        input.type = "search";
        input.id = id;
        input.autocomplete = "off";
        input.setAttribute("aria-describedby", id + "-status");
        const status = document.createElement("p");
        status.id = id + "-status";
        status.className = "facet-finder-status meta";
        status.setAttribute("aria-live", "polite");
        box.append(label, input, status);
        heading.after(box);

        input.addEventListener("input", function () {
            const wanted = fold(input.value.trim());
            let found = 0;
            items.forEach(function (item) {
                const link = item.querySelector("a");
                const matches = !wanted || fold((link || item).textContent).includes(wanted);
                item.hidden = !matches;
                found += matches ? 1 : 0;
            });
            if (wanted) {
                more.open = true;
            }
            if (!wanted) {
                status.textContent = "";
            } else if (found) {
                status.textContent = found + " of " + items.length + " values match.";
            } else {
                status.textContent = "None of these " + items.length + " values matches.";
            }
        });
    });
})();
