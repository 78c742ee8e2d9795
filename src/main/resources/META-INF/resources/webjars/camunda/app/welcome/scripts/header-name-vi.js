/*
 * The logged-in official's name in the header of Welcome and Admin, family name first
 * ("Hoàng Minh Đức"), as the application writes it (GET /api/me, field name). These two webapps
 * edit profiles, so their user data stays as stored (Tasklist and Cockpit get it reordered by
 * tasklist/scripts/names-vi.js); only the header's text is rewritten. Loaded by scripts/config.js
 * of Welcome and Admin (customScripts); it renders nothing.
 */

// The application's API sits beside the webapps: <context path>/camunda is the app root.
const ME = `${location.pathname.split('/camunda/')[0]}/api/me`;
let shown = null; // the header's own text the name was read for
let name = null;

function account() {
  return document.querySelector('[cam-widget-header] .account .dropdown-toggle, [cam-widget-header] .account > a');
}

function apply() {
  const link = account();
  if (!link) return;
  const text = [...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue.trim());
  if (!text) return;
  const own = text.nodeValue.trim();
  if (own === name) return;
  if (own !== shown) {
    // a new login (or the first): ask who it is
    shown = own;
    name = null;
    fetch(ME, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((me) => {
        if (me && me.name && shown === own) {
          name = me.name;
          apply();
        }
      })
      .catch(() => {});
    return;
  }
  if (name) text.nodeValue = ` ${name}`;
}

new MutationObserver(apply).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
