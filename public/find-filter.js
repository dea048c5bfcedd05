// Progressive enhancement for /find/: a box that narrows the A–Z as you type. The page works
// fully without it (letter links and plain lists); nothing here is needed to reach a council.
(function () {
	var slot = document.getElementById('find-filter-slot');
	if (!slot) return;
	var fold = function (s) {
		return s
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	};
	var label = document.createElement('label');
	label.htmlFor = 'find-filter';
	label.textContent = 'Type a council, district, borough or city';
	var input = document.createElement('input');
	input.type = 'search';
	input.id = 'find-filter';
	input.autocomplete = 'off';
	input.spellcheck = false;
	var status = document.createElement('p');
	status.setAttribute('role', 'status');
	status.className = 'meta';
	slot.className = 'find-filter';
	slot.append(label, input, status);
	var sections = Array.prototype.slice.call(document.querySelectorAll('.find-letter'));
	var items = sections.map(function (section) {
		return Array.prototype.map.call(section.querySelectorAll('li'), function (li) {
			return { li: li, text: fold(li.textContent || '') };
		});
	});
	var timer;
	input.addEventListener('input', function () {
		clearTimeout(timer);
		var q = fold(input.value);
		var shown = 0;
		sections.forEach(function (section, i) {
			var any = false;
			items[i].forEach(function (item) {
				var hit = q === '' || item.text.indexOf(q) !== -1;
				item.li.hidden = !hit;
				if (hit) any = true;
				if (hit) shown++;
			});
			section.hidden = !any;
		});
		// Announced after a pause, so a screen reader is not interrupted on every key.
		timer = setTimeout(function () {
			status.textContent = q === '' ? '' : shown === 1 ? '1 match' : shown + ' matches';
		}, 400);
	});
})();
