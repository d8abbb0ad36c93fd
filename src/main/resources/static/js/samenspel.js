/*
 * Samenspel: the only script of the site besides htmx 2 (loaded with defer before
 * this file). The CSP allows script-src 'self' only, so nothing here relies on inline
 * handlers or eval. Everything is wired with delegated listeners on document, so it
 * also works for content that htmx swaps in later.
 *
 * Markup it understands:
 *   <body data-error-message="...">              text shown in #messages when an htmx request fails
 *   <div id="messages" role="status">            where that text goes
 *   <form data-progress hx-post hx-encoding="multipart/form-data">
 *       <progress max="100" value="0" hidden></progress> <span class="progress-text"></span>
 *   <button data-confirm="Weet je het zeker?">   (or <a>, or <input type="submit">)
 *   <div class="error-summary" tabindex="-1">    focused on page load and after an htmx swap
 *   <details class="nav-more">                    the main menu's "Meer": Escape or a click elsewhere closes it
 */
(function () {
	'use strict';

	var DEFAULT_ERROR = 'Er ging iets mis. Probeer het opnieuw.';
	/* the server's name for it: __Host-XSRF-TOKEN in production (samenspel.security.secure-cookies), else XSRF-TOKEN */
	var CSRF_COOKIES = ['__Host-XSRF-TOKEN', 'XSRF-TOKEN'];
	var CSRF_HEADER = 'X-XSRF-TOKEN';

	function readCookie(name) {
		var parts = document.cookie ? document.cookie.split(';') : [];
		for (var i = 0; i < parts.length; i++) {
			var part = parts[i].trim();
			if (part.indexOf(name + '=') === 0) {
				try {
					return decodeURIComponent(part.substring(name.length + 1));
				} catch (e) {
					return part.substring(name.length + 1);
				}
			}
		}
		return null;
	}

	function hasHeader(headers, name) {
		var wanted = name.toLowerCase();
		for (var key in headers) {
			if (Object.prototype.hasOwnProperty.call(headers, key) && key.toLowerCase() === wanted && headers[key]) {
				return true;
			}
		}
		return false;
	}

	/* (a) CSRF: hx-headers on <body> normally carries the token; this is the fallback. */
	document.addEventListener('htmx:configRequest', function (event) {
		var detail = event.detail;
		if (!detail || !detail.headers || hasHeader(detail.headers, CSRF_HEADER)) {
			return;
		}
		var token = readCookie(CSRF_COOKIES[0]) || readCookie(CSRF_COOKIES[1]);
		if (token) {
			detail.headers[CSRF_HEADER] = token;
		}
	});

	/* (b) Upload progress for forms marked with data-progress. */
	function progressForm(event) {
		var target = event.target;
		return target && target.closest ? target.closest('form[data-progress]') : null;
	}

	function progressParts(form) {
		return {
			bar: form.querySelector('progress'),
			text: form.querySelector('.progress-text')
		};
	}

	function showProgress(form, percent) {
		var parts = progressParts(form);
		if (parts.bar) {
			parts.bar.max = 100;
			parts.bar.value = percent;
			parts.bar.hidden = false;
		}
		if (parts.text) {
			parts.text.textContent = percent + '%';
			parts.text.hidden = false;
		}
	}

	document.addEventListener('htmx:beforeSend', function (event) {
		var form = progressForm(event);
		if (form) {
			form.setAttribute('data-progress-value', '0');
			form.setAttribute('aria-busy', 'true');
			showProgress(form, 0);
		}
	});

	/*
	 * htmx fires htmx:xhr:progress for the upload and for the download of the response.
	 * Only ever move forward, so the bar does not jump back when the response arrives.
	 */
	document.addEventListener('htmx:xhr:progress', function (event) {
		var form = progressForm(event);
		var detail = event.detail;
		if (!form || !detail || !detail.lengthComputable || !detail.total) {
			return;
		}
		var percent = Math.min(100, Math.floor(detail.loaded / detail.total * 100));
		var shown = parseInt(form.getAttribute('data-progress-value') || '0', 10);
		if (percent > shown) {
			form.setAttribute('data-progress-value', String(percent));
			showProgress(form, percent);
		}
	});

	document.addEventListener('htmx:afterRequest', function (event) {
		var form = progressForm(event);
		if (!form) {
			return;
		}
		form.removeAttribute('aria-busy');
		form.removeAttribute('data-progress-value');
		var parts = progressParts(form);
		if (event.detail && event.detail.successful) {
			showProgress(form, 100);
		} else {
			if (parts.bar) {
				parts.bar.hidden = true;
				parts.bar.value = 0;
			}
			if (parts.text) {
				parts.text.textContent = '';
			}
		}
	});

	/* (c) A failed htmx request: say so in the status region. */
	function showError() {
		var region = document.getElementById('messages');
		if (!region) {
			return;
		}
		var text = (document.body && document.body.getAttribute('data-error-message')) || DEFAULT_ERROR;
		var notice = document.createElement('p');
		notice.className = 'notice error';
		notice.setAttribute('data-client-error', '');
		notice.textContent = text;
		clearErrors(region);
		// Insert after a short pause so screen readers announce a repeated message again.
		window.setTimeout(function () {
			clearErrors(region);
			region.appendChild(notice);
		}, 50);
	}

	function clearErrors(region) {
		var old = region.querySelectorAll('[data-client-error]');
		for (var i = 0; i < old.length; i++) {
			old[i].parentNode.removeChild(old[i]);
		}
	}

	document.addEventListener('htmx:responseError', showError);
	document.addEventListener('htmx:sendError', showError);
	document.addEventListener('htmx:timeout', showError);

	document.addEventListener('htmx:beforeRequest', function () {
		var region = document.getElementById('messages');
		if (region) {
			clearErrors(region);
		}
	});

	/* (d) Move focus to the error summary, so keyboard and screen-reader users hear it first. */
	function focusErrorSummary(root) {
		var scope = root && root.querySelector ? root : document;
		var summary = scope.classList && scope.classList.contains('error-summary') ? scope : scope.querySelector('.error-summary');
		if (!summary) {
			return;
		}
		if (!summary.hasAttribute('tabindex')) {
			summary.setAttribute('tabindex', '-1');
		}
		summary.focus();
	}

	// htmx fires afterSettle on each element it swapped in.
	document.addEventListener('htmx:afterSettle', function (event) {
		var settled = event.target;
		if (settled && settled.querySelector) {
			focusErrorSummary(settled);
		}
	});

	/* (e) data-confirm on buttons and links: ask before submitting or navigating. */
	var CONFIRMABLE = 'button[data-confirm], a[data-confirm], input[type="submit"][data-confirm], input[type="image"][data-confirm]';

	// Capture phase on document runs before htmx's own listeners on the element.
	document.addEventListener('click', function (event) {
		var trigger = event.target && event.target.closest ? event.target.closest(CONFIRMABLE) : null;
		if (!trigger || trigger.disabled) {
			return;
		}
		var question = trigger.getAttribute('data-confirm');
		if (question && !window.confirm(question)) {
			event.preventDefault();
			event.stopImmediatePropagation();
		}
	}, true);

	// A form may carry data-confirm itself (asked once, whatever submits it).
	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (!form || !form.matches || !form.matches('form[data-confirm]')) {
			return;
		}
		if (event.submitter && event.submitter.hasAttribute('data-confirm')) {
			return; // already asked on click
		}
		if (!window.confirm(form.getAttribute('data-confirm'))) {
			event.preventDefault();
			event.stopImmediatePropagation();
		}
	}, true);

	/*
	 * (f) The main menu's "Meer" is a <details>, which opens and closes without this script. With it, Escape closes
	 * it (and gives the focus back to "Meer" when it was inside), and so does a click elsewhere on the page.
	 */
	function openMenu() {
		return document.querySelector('details.nav-more[open]');
	}

	document.addEventListener('keydown', function (event) {
		var more = event.key === 'Escape' ? openMenu() : null;
		if (!more) {
			return;
		}
		var inside = more.contains(document.activeElement);
		more.open = false;
		if (inside) {
			more.querySelector('summary').focus();
		}
	});

	document.addEventListener('click', function (event) {
		var more = openMenu();
		if (more && !more.contains(event.target)) {
			more.open = false;
		}
	});

	function onLoad() {
		focusErrorSummary(document);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', onLoad);
	} else {
		onLoad();
	}
}());

/* issue 19: availability, open shifts and the calendar feed. A button with data-copy="<id>" copies that field's
   value (a volunteer's calendar link) and says so on the button; without the clipboard API it selects the text. */
(function () {
	'use strict';

	document.addEventListener('click', function (event) {
		var button = event.target.closest ? event.target.closest('button[data-copy]') : null;
		if (!button) {
			return;
		}
		var field = document.getElementById(button.getAttribute('data-copy'));
		if (!field) {
			return;
		}
		field.focus();
		field.select();
		if (navigator.clipboard && navigator.clipboard.writeText) {
			navigator.clipboard.writeText(field.value).then(function () {
				button.textContent = button.getAttribute('data-copied') || button.textContent;
			}, function () {});
		}
	});
}());
