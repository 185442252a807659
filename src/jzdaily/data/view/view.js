// jzdaily view: clicking a card marks its input lines, clicking a line marks its card.
"use strict";
(function () {
  var marked = [];

  function mark(owner, from) {
    marked.forEach(function (el) { el.classList.remove("on"); });
    marked = Array.prototype.slice.call(document.querySelectorAll('[data-owner="' + owner + '"]'));
    marked.forEach(function (el) { el.classList.add("on"); });
    var target = from.classList.contains("card")
      ? document.querySelector('.line[data-owner="' + owner + '"]')
      : document.getElementById("card-" + owner);
    if (target) { reveal(target); }
  }

  // scroll the pane, not the window, so that the element stands in its upper third
  function reveal(el) {
    var pane = el.closest(".pane");
    if (!pane) { return; }
    var top = el.offsetTop, bottom = top + el.offsetHeight;
    if (top < pane.scrollTop || bottom > pane.scrollTop + pane.clientHeight) {
      pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
    }
  }

  document.addEventListener("click", function (event) {
    if (String(window.getSelection()) !== "") { return; }  // selecting text, not choosing
    if (event.target.closest("summary")) { return; }
    var el = event.target.closest("[data-owner]");
    if (el) { mark(el.getAttribute("data-owner"), el); }
  });

  document.addEventListener("keydown", function (event) {
    var el = event.target;
    if ((event.key === "Enter" || event.key === " ") && el.classList && el.classList.contains("card")) {
      event.preventDefault();
      mark(el.getAttribute("data-owner"), el);
    }
  });

  // print every card's full text, then close again what was closed
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
  });
})();
