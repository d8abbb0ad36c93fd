/*
 * The children's pages: read the page aloud with the browser's own speech synthesis.
 *
 *   <button data-read-aloud data-read-label="Lees voor" data-stop-label="Stop" hidden>
 *       <span class="child-read-label">Lees voor</span></button>
 *
 * The button stays hidden where the browser cannot speak. It reads the text of <main>
 * (and the open help), skipping what is marked data-no-read or aria-hidden, in the
 * page's language; a second tap stops it. No network, no recording: the text never
 * leaves the device.
 */
(function () {
	'use strict';

	var synth = window.speechSynthesis;

	function voiceLanguage() {
		var lang = document.documentElement.getAttribute('lang') || 'nl';
		return lang === 'en' ? 'en-GB' : 'nl-NL';
	}

	function textOf(element) {
		var parts = [];
		var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
			acceptNode: function (node) {
				var parent = node.parentElement;
				if (parent && parent.closest('[aria-hidden="true"], [data-no-read], script, style, [hidden]')) {
					return NodeFilter.FILTER_REJECT;
				}
				return node.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
			}
		});
		while (walker.nextNode()) {
			parts.push(walker.currentNode.textContent.trim());
		}
		return parts.join('. ').replace(/\.\s*\./g, '.');
	}

	function setLabel(button, speaking) {
		var label = button.querySelector('.child-read-label');
		if (label) {
			label.textContent = speaking ? button.getAttribute('data-stop-label') : button.getAttribute('data-read-label');
		}
		button.setAttribute('aria-pressed', speaking ? 'true' : 'false');
	}

	function read(button) {
		if (synth.speaking) {
			synth.cancel();
			setLabel(button, false);
			return;
		}
		var main = document.getElementById('main');
		var text = main ? textOf(main) : '';
		var help = document.querySelector('details.child-help[open]');
		if (help) {
			text += '. ' + textOf(help);
		}
		var utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = voiceLanguage();
		utterance.rate = 0.9;
		utterance.onend = function () { setLabel(button, false); };
		utterance.onerror = function () { setLabel(button, false); };
		setLabel(button, true);
		synth.speak(utterance);
	}

	document.addEventListener('DOMContentLoaded', function () {
		if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
			return;
		}
		var buttons = document.querySelectorAll('[data-read-aloud]');
		for (var i = 0; i < buttons.length; i++) {
			buttons[i].hidden = false;
			setLabel(buttons[i], false);
		}
	});

	document.addEventListener('click', function (event) {
		var button = event.target.closest ? event.target.closest('[data-read-aloud]') : null;
		if (button && synth) {
			read(button);
		}
	});

	/* Leaving the page (or the kiosk locking) stops the voice. */
	window.addEventListener('pagehide', function () {
		if (synth) {
			synth.cancel();
		}
	});
})();
