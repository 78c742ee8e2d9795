/*
 * Vietnamese names, family name first: "Nguyễn Văn An", never "An Nguyễn Văn".
 *
 * The identity service keeps a name as Camunda does (firstName = the given name "An", lastName =
 * the family and middle names "Nguyễn Văn"), and the webapps compose it as first + " " + last in
 * some forty places of their bundles (the header, task cards, assignees, candidate lists, Cockpit's
 * user tasks). Tasklist and Cockpit only ever show names, never edit them, so their reads of users,
 * profiles, tasks and a filter's task lists (whose assignees and candidates come embedded) get the two parts in Vietnamese
 * order, and every one of those places reads right. A form's variables are never touched.
 * Admin and Welcome, where a profile is edited, see the names as stored.
 *
 * Loaded by scripts/config.js of Tasklist and Cockpit (customScripts); it renders nothing.
 */

const USERS = /\/engine\/[^/]+\/(?:user|task)(?:\/[^/?]+(?:\/(?:profile|identity-links))?)?(?:\?|$)/;
/** A Tasklist filter's tasks, asked for with POST, carry their assignees embedded. */
const FILTER_LIST = /\/engine\/[^/]+\/filter\/[^/?]+\/list(?:\?|$)/;

/** Every user in the answer (an object with a first and a last name), wherever it is embedded. */
function vietnameseOrder(value) {
  if (Array.isArray(value)) return value.map(vietnameseOrder);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = vietnameseOrder(v);
  if ('firstName' in value && 'lastName' in value) {
    out.firstName = value.lastName || '';
    out.lastName = value.firstName || '';
  }
  return out;
}

function reorder(text) {
  try {
    return JSON.stringify(vietnameseOrder(JSON.parse(text)));
  } catch (notJson) {
    return text;
  }
}

if (!window.antqVietnameseNames) {
  window.antqVietnameseNames = true;
  const open = XMLHttpRequest.prototype.open;
  const text = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'responseText');
  const response = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'response');
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const verb = String(method).toUpperCase();
    if ((verb === 'GET' && USERS.test(String(url))) || (verb === 'POST' && FILTER_LIST.test(String(url)))) {
      Object.defineProperty(this, 'responseText', { configurable: true, get() { return reorder(text.get.call(this)); } });
      Object.defineProperty(this, 'response', {
        configurable: true,
        get() {
          const r = response.get.call(this);
          return typeof r === 'string' ? reorder(r) : vietnameseOrder(r);
        },
      });
    }
    return open.call(this, method, url, ...rest);
  };
}

export default [];
