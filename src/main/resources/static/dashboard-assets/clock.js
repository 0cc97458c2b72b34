// Freeze, advance and release forms of the clock page: each calls the JSON control, then reloads.
(function () {
    const page = document.getElementById('clock');
    const base = '/_emulator/projects/' + encodeURIComponent(page.dataset.appId) + '/clock';
    const error = document.getElementById('clock-error');

    async function call(method, path, body) {
        const response = await fetch(base + path, {
            method: method,
            headers: body === undefined ? {} : {'Content-Type': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (response.ok) {
            window.location.reload();
            return;
        }
        const answer = await response.json().catch(() => ({}));
        error.textContent = answer.details || answer.message || ('HTTP ' + response.status);
    }

    document.getElementById('freeze').addEventListener('submit', event => {
        event.preventDefault();
        const at = event.target.elements.frozen_time.value.trim();
        call('PUT', '', at ? {frozen_time: at} : {});
    });
    document.getElementById('advance').addEventListener('submit', event => {
        event.preventDefault();
        call('POST', '/advance', {by: event.target.elements.by.value.trim()});
    });
    document.getElementById('release').addEventListener('submit', event => {
        event.preventDefault();
        call('DELETE', '');
    });
})();
