/*
 * Cockpit, read only for everyone but an administrator.
 *
 * Supervisors (a province's GSQB group) and the district and provincial units open Cockpit to
 * watch the work; the engine already refuses their changes, and this plugin stops Cockpit from
 * offering them. It asks the application who is logged in (GET /api/me, with the webapps'
 * session) and, unless the roles contain ADMIN, puts the class `antq-read-only` on <body>;
 * styles/user-styles.css hides every control that changes something under that class.
 *
 * It sits at the plugin point `cockpit.navigation` because the header is rendered on every page
 * once someone is logged in; it shows nothing there. Its header entry is rendered again at each
 * login and removed at logout, so a second login in the same tab is asked about afresh.
 *
 * Until the answer arrives, and if /api/me cannot be read, the page stays read only: nothing that
 * a supervisor may not use flashes up, and an administrator whose /api/me fails reloads the page.
 */

const READ_ONLY = 'antq-read-only';

// The application's API sits beside the webapps: the app root is <context path>/camunda
// (camunda.bpm.webapp.application-path), /api/me is <context path>/api/me.
function meUrl() {
  const base = document.querySelector('base[app-root]');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return `${appRoot.replace(/\/+$/, '').replace(/\/[^/]*$/, '')}/api/me`;
}

function readOnly(on) {
  document.body.classList.toggle(READ_ONLY, on);
}

let asked = 0; // the latest question; an older answer (a previous login) is ignored
let mounted = 0; // header entries on the page; the header may be rendered anew before the old one goes

export default {
  id: 'antq-read-only',
  pluginPoint: 'cockpit.navigation',
  priority: 0,
  render(node) {
    mounted++;
    const question = ++asked;
    readOnly(true);
    // The bridge appends the node to the header's <li> after render: hide that empty entry then.
    setTimeout(() => {
      const entry = node.parentElement && node.parentElement.closest('li');
      if (entry) entry.style.display = 'none';
    });
    fetch(meUrl(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((me) => {
        if (question !== asked) return;
        const admin = !!me && Array.isArray(me.roles) && me.roles.includes('ADMIN');
        readOnly(!admin);
      })
      .catch(() => {
        if (question === asked) readOnly(true);
      });
  },
  unmount() {
    mounted = Math.max(0, mounted - 1);
    if (mounted === 0) { // logged out: the login page offers nothing to hide
      asked++;
      readOnly(false);
    }
  },
};
