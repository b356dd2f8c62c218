/*
 * Passkeys (issue 18): talks to Spring Security's WebAuthn endpoints for the sign-in page, the
 * second-factor and step-up page, and the account's passkey page. Messages come from the page
 * (data-msg-*), in the reader's language; the server's refusals carry their own message.
 */
(function () {
  'use strict';
  if (window.sujaritPasskeys) {
    return;
  }
  window.sujaritPasskeys = true;

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(box, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[box.dataset.csrfHeader] = box.dataset.csrfToken;
    return fetch(url, {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = {};
        try { json = text ? JSON.parse(text) : {}; } catch (e) { json = {}; }
        if (!response.ok) {
          var failure = new Error('HTTP ' + response.status);
          failure.serverMessage = json.message;
          throw failure;
        }
        return json;
      });
    });
  }

  /** A local path only: a page must not send anyone to another site after a passkey. */
  function local(path) {
    return typeof path === 'string' && path.charAt(0) === '/' && path.charAt(1) !== '/' && path.charAt(1) !== '\\';
  }

  function show(box, problem, status, message, isProblem) {
    if (isProblem) {
      status.textContent = '';
      problem.textContent = message;
      problem.hidden = false;
    } else {
      problem.hidden = true;
      problem.textContent = '';
      status.textContent = message;
    }
  }

  function explain(box, error) {
    if (error && error.serverMessage) {
      return error.serverMessage;
    }
    if (error && (error.name === 'NotAllowedError' || error.name === 'AbortError')) {
      return box.dataset.msgCancelled;
    }
    return box.dataset.msgFailed;
  }

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials);
  }

  /** Asks the authenticator for an assertion and posts it to /login/webauthn; resolves to the server's answer. */
  function assert(box) {
    return post(box, '/webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return { type: c.type, id: decode(c.id), transports: c.transports };
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(box, '/login/webauthn', {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    });
  }

  function setUpAssertion(box, button, problem, status, next) {
    if (!supported()) {
      button.disabled = true;
      show(box, problem, status, box.dataset.msgUnsupported, true);
      return;
    }
    button.addEventListener('click', function () {
      button.disabled = true;
      show(box, problem, status, box.dataset.msgWorking, false);
      assert(box).then(function (answer) {
        var target = next(answer);
        window.location.assign(local(target) ? target : '/');
      }).catch(function (error) {
        button.disabled = false;
        show(box, problem, status, explain(box, error), true);
      });
    });
  }

  function setUpRegistration(form) {
    var input = form.querySelector('input[name=label]');
    var button = form.querySelector('button[type=submit]');
    var problem = document.getElementById('passkey-register-problem');
    var status = document.getElementById('passkey-register-status');
    if (!supported()) {
      button.disabled = true;
      show(form, problem, status, form.dataset.msgUnsupported, true);
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var label = input.value.trim();
      if (!label) {
        show(form, problem, status, form.dataset.msgRequired, true);
        input.focus();
        return;
      }
      button.disabled = true;
      show(form, problem, status, form.dataset.msgWorking, false);
      post(form, '/webauthn/register/options').then(function (options) {
        options.challenge = decode(options.challenge);
        options.user = { id: decode(options.user.id), name: options.user.name, displayName: options.user.displayName };
        options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
          return { type: c.type, id: decode(c.id), transports: c.transports };
        });
        return navigator.credentials.create({ publicKey: options });
      }).then(function (credential) {
        var response = credential.response;
        return post(form, '/webauthn/register', {
          publicKey: {
            credential: {
              id: credential.id,
              rawId: encode(credential.rawId),
              response: {
                attestationObject: encode(response.attestationObject),
                clientDataJSON: encode(response.clientDataJSON),
                transports: response.getTransports ? response.getTransports() : []
              },
              type: credential.type,
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment
            },
            label: label
          }
        });
      }).then(function () {
        window.location.assign('/account/passkeys?added');
      }).catch(function (error) {
        button.disabled = false;
        show(form, problem, status, explain(form, error), true);
      });
    });
  }

  function start() {
    var signIn = document.querySelector('.passkey-sign-in');
    if (signIn) {
      setUpAssertion(signIn, document.getElementById('passkey-sign-in'),
        document.getElementById('passkey-sign-in-problem'), document.getElementById('passkey-sign-in-status'),
        function (answer) { return answer.redirectUrl; });
    }
    var confirm = document.querySelector('.passkey-confirm');
    if (confirm) {
      setUpAssertion(confirm, document.getElementById('passkey-confirm'),
        document.getElementById('passkey-confirm-problem'), document.getElementById('passkey-confirm-status'),
        function () { return confirm.dataset.continue; });
    }
    var register = document.getElementById('passkey-register');
    if (register) {
      setUpRegistration(register);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
