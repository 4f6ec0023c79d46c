// Moderator page behaviour: keyboard shortcuts, the current item, the remembered moderator name.
// Everything else is htmx on server-rendered fragments. No comment text is ever put into the page
// from here: the server renders it, escaped.
(function () {
  "use strict";
  const list = () => document.getElementById("queue-list");
  const items = () => Array.from(list().querySelectorAll("li.item"));
  const moderator = document.getElementById("moderator");
  let current = -1;

  moderator.value = localStorage.getItem("parley.moderator") || "";
  moderator.addEventListener("change", () => localStorage.setItem("parley.moderator", moderator.value.trim()));

  function open(index) {
    const all = items();
    if (all.length === 0) return;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((li, i) => li.classList.toggle("current", i === current));
    const li = all[current];
    li.scrollIntoView({ block: "nearest" });
    htmx.trigger(li, "parley-open");
  }

  function press(id) {
    const button = document.querySelector("#detail article #" + id);
    if (button && !button.disabled) button.click();
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, select, textarea")) return;
    switch (event.key) {
      case "j": case "ArrowDown": open(current + 1); break;
      case "k": case "ArrowUp": open(current - 1); break;
      case "a": press("approve"); break;
      case "r": press("reject"); break;
      case "u": press("undo"); break;
      case "e": press("escalate"); break;
      case "x": {
        const li = items()[current];
        if (li) li.querySelector("input.select").click();
        break;
      }
      default: return;
    }
    event.preventDefault();
  });

  document.addEventListener("click", (event) => {
    // A click on a check box selects for bulk decisions; it does not open the item.
    if (event.target.matches("li.item input.select")) { event.stopPropagation(); return; }
    const li = event.target.closest("li.item");
    if (li) {
      current = items().indexOf(li);
      items().forEach((other) => other.classList.toggle("current", other === li));
    }
  }, true);

  document.body.addEventListener("htmx:afterSettle", (event) => {
    if (event.detail.target === list() && current < 0) open(0);
    // After a decision the detail shows the comment's new state: keep the list row in step, so a
    // bulk selection sends the version the moderator now sees.
    const article = document.querySelector("#detail article.review");
    if (!article) return;
    const row = list().querySelector('li.item[data-comment="' + CSS.escape(article.dataset.comment) + '"]');
    if (!row) return;
    row.dataset.version = article.dataset.version;
    row.className = row.className.replace(/status-\S+/, "status-" + article.dataset.status);
    row.querySelector(".status").textContent = article.querySelector(".badge").textContent;
    row.querySelector("input.select").value = article.dataset.comment + "@" + article.dataset.version;
  });
})();
