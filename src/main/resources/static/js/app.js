// Sujarit's only script of its own: CSRF for htmx requests, confirmation of destructive buttons, and
// the complaint form's help (personal data found in the text, location, file checks, printing).
// Everything works without it; it is loaded from this origin only (the CSP forbids inline scripts).
(function () {
  "use strict";
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });

  // The complaint form: point out ID numbers, phone numbers and e-mail addresses typed into the
  // free text before it is sent (the server checks again), as PersonalData does.
  function isNationalId(d) {
    if (!/^[1-9][0-9]{12}$/.test(d)) { return false; }
    var sum = 0;
    for (var i = 0; i < 12; i++) { sum += Number(d.charAt(i)) * (13 - i); }
    return (11 - sum % 11) % 10 === Number(d.charAt(12));
  }
  function arabic(text) {
    return text.replace(/[\u0E50-\u0E59]/g, function (c) { return String(c.charCodeAt(0) - 0x0E50); });
  }
  function personalData(text) {
    var found = [];
    var t = arabic(text);
    (t.match(/[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}/g) || []).forEach(function (m) { found.push(["email", m]); });
    (t.match(/(\+66[\s\-.]?)?\d(?:[\s\-.]?\d){7,16}/g) || []).forEach(function (m) {
      var digits = m.replace(/\D/g, "");
      if (m.indexOf("+66") !== 0 && digits.length === 13 && isNationalId(digits)) {
        found.push(["national-id", m.trim()]);
      } else if (m.indexOf("+66") === 0 ? (digits.length === 10 || digits.length === 11)
          : (digits.charAt(0) === "0" && (digits.length === 9 || digits.length === 10))) {
        found.push(["phone", m.trim()]);
      }
    });
    return found;
  }
  function scan(form) {
    var live = form.querySelector("#personal-data-live");
    if (!live) { return; }
    var text = ["subject", "description", "place", "occurredText", "involved"].map(function (name) {
      var field = form.querySelector("[name='" + name + "']");
      return field ? field.value : "";
    }).join("\n");
    var found = personalData(text);
    live.textContent = "";
    live.hidden = found.length === 0;
    if (found.length) {
      var intro = document.createElement("p");
      intro.textContent = live.getAttribute("data-intro");
      var list = document.createElement("ul");
      found.forEach(function (f) {
        var item = document.createElement("li");
        item.textContent = live.getAttribute("data-label-" + f[0]) + ": " + f[1];
        list.appendChild(item);
      });
      live.appendChild(intro);
      live.appendChild(list);
    }
  }
  function contactFields(form) {
    var anonymous = form.querySelector("[data-anonymous]");
    var fields = form.querySelector("[data-contact-fields]");
    if (anonymous && fields) { fields.hidden = anonymous.checked; }
  }
  document.querySelectorAll("[data-personal-data-form]").forEach(function (form) {
    form.addEventListener("input", function () { scan(form); });
    form.addEventListener("change", function (event) {
      contactFields(form);
      var input = event.target;
      if (input.type === "file") {
        var max = Number(form.getAttribute("data-max-bytes"));
        var tooLarge = Array.prototype.some.call(input.files, function (f) { return f.size > max; });
        var tooMany = input.files.length > Number(form.getAttribute("data-max-files"));
        input.setCustomValidity(tooLarge ? input.getAttribute("data-too-large")
            : tooMany ? input.getAttribute("data-too-many") : "");
        input.reportValidity();
      }
    });
    scan(form);
    contactFields(form);
  });
  document.querySelectorAll("[data-locate]").forEach(function (button) {
    if (!navigator.geolocation) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        document.getElementById("latitude").value = position.coords.latitude.toFixed(6);
        document.getElementById("longitude").value = position.coords.longitude.toFixed(6);
      }, function () {
        window.alert(button.getAttribute("data-failed"));
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) { window.print(); }
  });
})();
