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

// --- Proof of work on the anonymous complaint forms (issue 6, abuse resistance) -------------------
// The server's challenge asks for a counter such that SHA-256(challenge + counter in decimal) starts
// with N zero bits. It is solved while the person reads the form, in slices that keep the page
// responsive; a live region says what happens; sending early waits for the proof, never blocks.
(function () {
  "use strict";
  var K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  var IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var W = new Int32Array(64);

  // One SHA-256 compression of the 64 bytes of `block` from `at` into the state `h` (8 ints).
  function compress(h, block, at) {
    var i, t1, t2;
    for (i = 0; i < 16; i++) {
      W[i] = (block[at + 4 * i] << 24) | (block[at + 4 * i + 1] << 16) | (block[at + 4 * i + 2] << 8) | block[at + 4 * i + 3];
    }
    for (i = 16; i < 64; i++) {
      var w15 = W[i - 15], w2 = W[i - 2];
      W[i] = (((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3))
          + W[i - 7] + (((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)) + W[i - 16] | 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (i = 0; i < 64; i++) {
      t1 = k + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)))
          + ((e & f) ^ (~e & g)) + K[i] + W[i] | 0;
      t2 = (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10)))
          + ((a & b) ^ (a & c) ^ (b & c)) | 0;
      k = g; g = f; f = e; e = d + t1 | 0; d = c; c = b; b = a; a = t1 + t2 | 0;
    }
    h[0] = h[0] + a | 0; h[1] = h[1] + b | 0; h[2] = h[2] + c | 0; h[3] = h[3] + d | 0;
    h[4] = h[4] + e | 0; h[5] = h[5] + f | 0; h[6] = h[6] + g | 0; h[7] = h[7] + k | 0;
  }

  // A solver for one challenge: the full blocks of the challenge are hashed once (the midstate).
  function solver(challenge) {
    var bytes = [], i;
    for (i = 0; i < challenge.length; i++) { bytes.push(challenge.charCodeAt(i) & 0x7f); }
    var full = Math.floor(bytes.length / 64);
    var mid = IV.slice();
    var prefix = new Uint8Array(bytes);
    for (i = 0; i < full; i++) { compress(mid, prefix, 64 * i); }
    var rest = bytes.slice(64 * full);
    var tail = new Uint8Array(128);
    var h = new Int32Array(8);
    return function zeroBits(counter) {
      var digits = String(counter), n = rest.length, j;
      for (j = 0; j < n; j++) { tail[j] = rest[j]; }
      for (j = 0; j < digits.length; j++) { tail[n++] = digits.charCodeAt(j); }
      var length = n, blocks = length + 9 > 64 ? 2 : 1;
      tail[n++] = 0x80;
      while (n < 64 * blocks - 8) { tail[n++] = 0; }
      var bits = (prefix.length + digits.length) * 8;
      tail[n++] = 0; tail[n++] = 0; tail[n++] = 0; tail[n++] = 0;
      tail[n++] = (bits >>> 24) & 0xff; tail[n++] = (bits >>> 16) & 0xff; tail[n++] = (bits >>> 8) & 0xff; tail[n++] = bits & 0xff;
      for (j = 0; j < 8; j++) { h[j] = mid[j]; }
      compress(h, tail, 0);
      if (blocks === 2) { compress(h, tail, 64); }
      return h[0] === 0 ? 32 + Math.clz32(h[1]) : Math.clz32(h[0]);
    };
  }

  function solve(challenge, bits, done) {
    var zeroBits = solver(challenge), counter = 0;
    (function slice() {
      var until = Date.now() + 40;
      while (Date.now() < until) {
        for (var end = counter + 2000; counter < end; counter++) {
          if (zeroBits(counter) >= bits) { done(counter); return; }
        }
      }
      setTimeout(slice, 0);
    })();
  }

  document.querySelectorAll("input[data-pow]").forEach(function (challenge) {
    var form = challenge.form;
    var counter = form.querySelector("input[name=powCounter]");
    var status = form.querySelector("[data-pow-status]");
    var ready = false, wanted = false, submitter = null;
    status.textContent = challenge.getAttribute("data-pow-preparing");
    form.addEventListener("submit", function (event) {
      if (ready) { return; }
      event.preventDefault();
      wanted = true;
      submitter = event.submitter || null;
      status.textContent = challenge.getAttribute("data-pow-waiting");
    });
    solve(challenge.value, Number(challenge.getAttribute("data-pow-bits")), function (found) {
      counter.value = String(found);
      ready = true;
      status.textContent = challenge.getAttribute("data-pow-ready");
      if (wanted) {
        if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
      }
    });
  });
})();

// --- Surveys (issue 14) ----------------------------------------------------------------------------
// A conditional question is hidden until the earlier answer it waits for is given (the server drops
// its answer when it was not asked, so nothing depends on this); the progress line counts the
// questions answered; what was typed is kept in this tab (sessionStorage, never sent anywhere) so a
// reload does not lose it, and forgotten once the answers are saved.
(function () {
  var KEY = "sujarit-survey-";
  document.querySelectorAll("[data-survey-done]").forEach(function (done) {
    Object.keys(sessionStorage).forEach(function (k) {
      if (k.indexOf(KEY + done.getAttribute("data-survey-done")) === 0) { sessionStorage.removeItem(k); }
    });
  });
  document.querySelectorAll("form[data-survey]").forEach(function (form) {
    var store = KEY + form.getAttribute("data-survey");
    var questions = Array.prototype.slice.call(form.querySelectorAll("[data-question]"));
    // The page's own numerals: Thai digits where the server wrote them so (one style per page).
    var counter = form.querySelector("[data-survey-progress]");
    var thai = counter !== null && /[\u0E50-\u0E59]/.test(counter.textContent);
    function digits(n) {
      return thai ? String(n).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0E50 + Number(d)); }) : String(n);
    }
    function values(name) {
      return Array.prototype.filter.call(form.elements, function (e) { return e.name === name; })
        .filter(function (e) { return (e.type !== "radio" && e.type !== "checkbox") || e.checked; })
        .map(function (e) { return e.value.trim(); }).filter(function (v) { return v !== ""; });
    }
    function update() {
      var answered = 0, asked = 0;
      questions.forEach(function (q) {
        var condition = q.getAttribute("data-shown-if");
        if (condition) {
          var parts = condition.split(":"), wanted = parts[1].split(",");
          var earlier = form.querySelector("[data-question='" + parts[0] + "']");
          var shown = !(earlier && earlier.hidden) && values("a." + parts[0]).some(function (v) { return wanted.indexOf(v) >= 0; });
          q.hidden = !shown;
        }
        if (!q.hidden) {
          asked++;
          if (values("a." + q.getAttribute("data-question")).length) { answered++; }
        }
      });
      var progress = form.querySelector("[data-survey-progress]");
      if (progress) {
        progress.textContent = progress.getAttribute("data-label").replace("{answered}", digits(answered))
          .replace("{asked}", digits(asked));
      }
    }
    function save() {
      var kept = {};
      Array.prototype.forEach.call(form.elements, function (e) {
        if (e.name && e.name.indexOf("a.") === 0) {
          if ((e.type === "radio" || e.type === "checkbox")) {
            if (e.checked) { (kept[e.name] = kept[e.name] || []).push(e.value); }
          } else if (e.value !== "") { kept[e.name] = [e.value]; }
        }
      });
      try { sessionStorage.setItem(store, JSON.stringify(kept)); } catch (ignored) { /* storage full or off */ }
    }
    var returned = form.querySelector("[aria-invalid='true']") !== null;
    var saved = sessionStorage.getItem(store);
    if (saved && !returned) {
      var kept = JSON.parse(saved);
      Array.prototype.forEach.call(form.elements, function (e) {
        var v = kept[e.name];
        if (!v) { return; }
        if (e.type === "radio" || e.type === "checkbox") { e.checked = v.indexOf(e.value) >= 0; } else { e.value = v[0]; }
      });
    }
    form.addEventListener("input", function () { update(); save(); });
    form.addEventListener("change", function () { update(); save(); });
    update();
  });
})();
