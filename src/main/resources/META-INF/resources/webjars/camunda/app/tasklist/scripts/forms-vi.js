/*
 * The forms' own words in Vietnamese, and a refused form as a person would write it.
 *
 * form-js (the Camunda Forms renderer inside Tasklist 7.24) writes its validation messages, its
 * "Select" / "Search" / "No results" and its date picker's month and day names in English, from
 * strings compiled into lib/deps.js with no translation hook; they are rewritten here as they
 * appear. The date picker's week still starts on Sunday: its first weekday is fixed when form-js
 * creates it, out of reach of a script outside the bundle.
 *
 * The server refuses a start or a task form with one Vietnamese sentence that names its field:
 * "Ngày thành lập (foundedOn): không được sau ngày hôm nay." (EngineErrorAnswers strips the
 * engine's English and ids). Tasklist shows it in a notification after its own words ("Không thể
 * bắt đầu quy trình."); this script leaves only the sentence, without the field's key, and marks
 * the field in the form the way form-js marks its own errors (red, the message under it), scrolls
 * to it and puts the cursor in it. The mark goes as soon as the field is changed.
 *
 * Loaded by scripts/config.js (customScripts); it renders nothing, it watches the page.
 */

const FORM_JS_MESSAGES = [
  [/^Field is required\.$/, 'Trường này là bắt buộc.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị phải lớn hơn hoặc bằng $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị phải nhỏ hơn hoặc bằng $1.'],
  [/^Field must have minimum length of (.+)\.$/, 'Phải có ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (.+)\.$/, 'Không được dài quá $1 ký tự.'],
  [/^Field must match pattern (.+)\.$/, 'Không đúng định dạng yêu cầu ($1).'],
  [/^Field must be a valid email\.$/, 'Phải là địa chỉ thư điện tử hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, 'Phải là số điện thoại hợp lệ (ví dụ +84912345678).'],
];
const PLACEHOLDERS = { Select: 'Chọn', Search: 'Tìm kiếm' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEKDAYS = { Sun: 'CN', Mon: 'T2', Tue: 'T3', Wed: 'T4', Thu: 'T5', Fri: 'T6', Sat: 'T7' };

function translateOwnTexts() {
  document.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    const texts = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.nodeValue.trim();
      const known = FORM_JS_MESSAGES.find(([english]) => english.test(text));
      if (known) node.nodeValue = text.replace(known[0], known[1]);
    }
  });
  document.querySelectorAll('.fjs-form input[placeholder]').forEach((input) => {
    const vietnamese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (vietnamese) input.setAttribute('placeholder', vietnamese);
  });
  // the text node form-js (Preact) rendered is changed in place: a new node beside it would be joined
  // by Preact's own on its next render ("ChọnSelect")
  document.querySelectorAll('.fjs-select-display.fjs-select-placeholder').forEach((e) => {
    e.childNodes.forEach((node) => {
      const vietnamese = node.nodeType === Node.TEXT_NODE && PLACEHOLDERS[node.data.trim()];
      if (vietnamese) node.data = vietnamese;
    });
  });
  document.querySelectorAll('.fjs-dropdownlist-empty').forEach((e) => {
    if (e.textContent.trim() === 'No results') e.textContent = 'Không có kết quả';
  });
  document.querySelectorAll('.flatpickr-monthDropdown-month, .flatpickr-current-month .cur-month').forEach((e) => {
    const month = MONTHS.indexOf(e.textContent.trim());
    if (month >= 0) e.textContent = `Tháng ${month + 1}`;
  });
  document.querySelectorAll('.flatpickr-weekday').forEach((e) => {
    const day = WEEKDAYS[e.textContent.trim()];
    if (day) e.textContent = day;
  });
}

const REFUSAL = /^\s*(.+?) \(([A-Za-z][A-Za-z0-9_]*)\): (.+?)\s*$/;
const MARK = 'antq-server-refusal';

function labelOf(field) {
  const label = field.querySelector('.fjs-form-field-label');
  return label ? label.textContent.replace(/\*/g, '').trim() : '';
}

function clearMarks(root) {
  root.querySelectorAll(`.${MARK}`).forEach((e) => e.remove());
  root.querySelectorAll('.fjs-has-errors.antq-refused').forEach((e) => e.classList.remove('fjs-has-errors', 'antq-refused'));
}

function markField(label, problem) {
  const forms = document.querySelectorAll('.modal-dialog .fjs-form, .task-details .fjs-form');
  for (const form of forms) {
    const field = [...form.querySelectorAll('.fjs-form-field')].find((f) => labelOf(f) === label);
    if (!field) continue;
    clearMarks(form);
    field.classList.add('fjs-has-errors', 'antq-refused');
    const error = document.createElement('div');
    error.className = `fjs-form-field-error ${MARK}`;
    error.setAttribute('role', 'alert');
    error.textContent = problem;
    field.appendChild(error);
    const input = field.querySelector('input, textarea, select, [tabindex]');
    field.scrollIntoView({ block: 'center' });
    if (input) input.focus({ preventScroll: true });
    field.addEventListener('input', () => clearMarks(form), { once: true });
    field.addEventListener('change', () => clearMarks(form), { once: true });
    return;
  }
}

function rewrite(alert) {
  if (alert.dataset.antqRefusal) return;
  const message = alert.querySelector('.message') || alert;
  const m = REFUSAL.exec(message.textContent.replace(/^[^:]*?\.\s*:\s*/, ''));
  if (!m) return;
  const [, label, , problem] = m;
  alert.dataset.antqRefusal = 'yes';
  // Tasklist's notification: <strong class="status">…</strong> <strong>:</strong> <span class="message">…</span>
  alert.querySelectorAll('strong').forEach((strong) => { strong.hidden = true; });
  message.textContent = `${label}: ${problem}`;
  markField(label, problem);
}

new MutationObserver(() => {
  translateOwnTexts();
  document.querySelectorAll('.notifications .alert-danger, .page-notifications .alert-danger, [notifications-panel] .alert-danger')
    .forEach(rewrite);
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
