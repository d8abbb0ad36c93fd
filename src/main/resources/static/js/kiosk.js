/*
 * The kiosk (participation): a page the browser shows again from its back-forward cache is loaded from the
 * server instead, so after locking the back button shows "this tablet is locked", never a child's screen.
 * The pages are sent with Cache-Control: no-store as well; this is the second line.
 */
(function () {
	'use strict';
	window.addEventListener('pageshow', function (event) {
		if (event.persisted) {
			window.location.reload();
		}
	});
}());
