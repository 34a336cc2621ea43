// Spoorwijzer home page: the first question opens the calculator with the case in the link.
//
// The form (markers.py, first_question_block) holds the first sick day in three fields. On
// "Bereken" this module joins them as typed with "-" ("31-nov.-2026"), URL-encodes the result
// and opens the calculator (the page's link marked data-sw-calculator) with it in the URL
// fragment, after the form's data-fragment ("v=1&ziek="). A "/" or "," typed inside a field
// becomes a space: in the link those separate periods. No date is read or checked here: the
// calculator's Python does that on its own page (calculator/fragment.py), keeps what was typed
// and shows its message on the field. This page loads no Python runtime. The fragment never
// reaches a server. Loaded on every page (mkdocs.yml, extra_javascript: content pages carry no scripts
// of their own); it does nothing where there is no such form.

function start(form) {
  const link = document.querySelector("a[data-sw-calculator]");
  if (!link) return;
  const fields = ["day", "month", "year"].map((part) => form.querySelector(`[data-part="${part}"]`));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const parts = fields.map((field) => field.value.replace(/[/,]/g, " ").trim());
    const target = new URL(link.href);
    if (parts.some((part) => part !== "")) {
      target.hash = form.dataset.fragment + encodeURIComponent(parts.join("-"));
    }
    window.location.assign(target.href);
  });
}

for (const form of document.querySelectorAll("form[data-sw-start]")) start(form);
