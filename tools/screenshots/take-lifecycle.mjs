// Screenshots of the rest of a model's life: evaluation, replication, retirement request.
// Usage (see README.md): BASE_URL=http://localhost:8092 node tools/screenshots/take-lifecycle.mjs
//
// Seeds what is not the point over REST (a proposal approved by commune1 → district1 → province1,
// its evaluation made due now by admin), then walks the tasks in Tasklist as the officials would:
// report (refused once, then completed), assessment, classification (refused once, then
// completed), a replication campaign started by province1 and answered by two communes, and a
// retirement request for the new point with the province's decision form. Cockpit views of
// "Đánh giá định kỳ mô hình" and "Nhân rộng mô hình" on the way. Reuses take.mjs's helpers.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BASE, PASSWORD, problems, log, rest, proposal, openBrowser, login, shot, setField, openFilter, openTask,
} from './take.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FORMS = path.join(HERE, '..', '..', 'forms');
const COCKPIT_USER = process.env.COCKPIT_USER || 'supervisor';
export const findings = []; // what a user would notice, printed at the end

// ---------------------------------------------------------------- helpers

// The /api endpoints of the application (not the engine), HTTP Basic.
export async function api(user, method, p, body) {
  const res = await fetch(`${BASE}${p}`, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${p} as ${user}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

export async function poll(what, fn, seconds = 30) {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// form-js gives each input an id ending in the component's id; read those from forms/*.form.
const componentIds = {};
export function fieldId(form, key) {
  if (!componentIds[form]) {
    const ids = {};
    const walk = (cs) => cs.forEach((c) => { if (c.key) ids[c.key] = c.id; if (c.components) walk(c.components); });
    walk(JSON.parse(fs.readFileSync(path.join(FORMS, `${form}.form`), 'utf8')).components);
    componentIds[form] = ids;
  }
  const id = componentIds[form][key];
  if (!id) throw new Error(`no field ${key} in ${form}.form`);
  return id;
}
export const input = (scope, form, key, suffix = '') => scope.locator(`[id$="${fieldId(form, key)}${suffix}"]`);

// The date picker rewrites what is typed in its own format (07/12/2026 becomes 7/12/2026).
export async function setDate(page, locator, ddmmyyyy) {
  const same = (a, b) => a.split('/').map(Number).join('/') === b.split('/').map(Number).join('/');
  for (let i = 0; i < 3; i++) {
    await locator.fill(ddmmyyyy);
    await locator.press('Enter');
    await locator.blur();
    await page.waitForTimeout(350);
    if (same(await locator.inputValue(), ddmmyyyy)) return;
  }
  throw new Error(`could not set date ${ddmmyyyy}`);
}

export async function pickRadio(scope, form, key, label) {
  const group = scope.locator(`.fjs-form-field-radio:has(input[id*="${fieldId(form, key)}-"])`).first();
  await group.getByLabel(label, { exact: true }).check();
}

export const ddmmyyyy = (d) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
export const isoDate = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
export const inDays = (n) => new Date(Date.now() + n * 86400_000);

// Browser with console errors and the answers of the requests we care about recorded.
export async function browser() {
  const b = await openBrowser();
  b.page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  return b;
}

// Prefilled values in a task form that the user did not type: every editable field's value.
export async function editableValues(scope) {
  return scope.locator('.fjs-form input:not([type=radio]):not([type=checkbox]):not([type=hidden]), .fjs-form textarea')
    .evaluateAll((els) => els.filter((e) => !e.disabled && !e.readOnly && e.value && !e.closest('.flatpickr-calendar')).map((e) => `${e.id.replace(/^.*?_(?=[A-Za-z]+$)/, '')}=${JSON.stringify(e.value)}`))
    .then(async (texts) => {
      const checked = await scope.locator('.fjs-form input[type=radio]:checked, .fjs-form input[type=checkbox]:checked')
        .evaluateAll((els) => els.map((e) => `${e.id}(checked)`));
      return [...texts, ...checked];
    });
}

export async function notePrefilled(scope, where) {
  const v = await editableValues(scope);
  if (v.length) findings.push(`${where}: fields already filled when the form opens: ${v.join(', ')}`);
  log(`${where}: prefilled on open: ${v.length ? v.join(', ') : '(none)'}`);
}

// English words inside our forms (not Tasklist's chrome): the visible text of .fjs-form.
export async function noteEnglish(scope, where) {
  const text = await scope.locator('.fjs-form').first().innerText();
  const words = [...new Set((text.match(/\b[A-Za-z][a-z]{2,}\b/g) || []).filter((w) => /^(Select|Search|Date|Time|Choose|No|Please|Field|required|must|Required|Submit|Reset|Options|Not|Invalid|Value|Minimum|Maximum|Empty|null|undefined|true|false|NaN)$/.test(w)))];
  if (words.length) findings.push(`${where}: English in the form: ${words.join(', ')}`);
}

export const taskDetails = (page) => page.locator('.task-details');
export const completeButton = (page) => page.locator('.task-details button[ng-click="complete()"]');

// Click Complete and expect a refusal; returns the text of the message shown.
export async function completeExpectingRefusal(page) {
  await completeButton(page).click();
  const alert = page.locator('.alert-danger:visible').first();
  await alert.waitFor();
  await page.waitForTimeout(300);
  return (await alert.innerText()).replace(/\s+/g, ' ').trim();
}

// Close the error notification as a user would (×); it covers the Complete button.
export async function dismissAlerts(page) {
  const alerts = page.locator('.page-notifications .alert-danger:visible');
  for (let i = 0; i < 5 && (await alerts.count()); i++) {
    await alerts.first().locator('button.close:visible').first().click();
    await page.waitForTimeout(400);
  }
  if (await alerts.count()) throw new Error('the error notification does not go away');
}

// Scroll the task pane (or dialog) so that this element sits at its top.
export async function toTop(locator) {
  await locator.evaluate((e) => e.scrollIntoView({ block: 'start' }));
}

export async function completeInUi(page, taskId, user) {
  await completeButton(page).click();
  await poll(`task ${taskId} to be completed`, async () => {
    const open = await rest(user, 'GET', `/task?taskId=${taskId}&maxResults=100`);
    if (open.length) {
      const alert = page.locator('.alert-danger:visible').first();
      if (await alert.count()) throw new Error(`completion refused: ${(await alert.innerText()).replace(/\s+/g, ' ')}`);
    }
    return !open.length;
  }, 20);
  await page.waitForLoadState('networkidle');
}

// ---------------------------------------------------------------- 1. seed over REST

export async function seed() {
  const started = await rest('commune1', 'POST', '/process-definition/key/model-proposal/submit-form',
    proposal('Camera an ninh và tổ tự quản thôn Xuân Bồ', 'RESIDENTIAL', 'RESIDENTIAL_AREA', '58/QĐ-UBND', 'Hoàng Văn Bình'));
  const code = started.businessKey;
  for (const user of ['district1', 'province1']) {
    const [task] = await poll(`${user}'s task on ${code}`, async () => {
      const t = await rest(user, 'GET', `/task?processInstanceBusinessKey=${code}&maxResults=100`);
      return t.length ? t : null;
    });
    await rest(user, 'POST', `/task/${task.id}/submit-form`, { variables: { decision: { value: 'approve' } } });
  }
  const model = await api('commune1', 'GET', `/api/models/${code}`);
  log(`proposal ${code} approved: status ${model.status}`);
  await api('admin', 'POST', `/api/admin/models/${code}/evaluation-due-now`, {});
  const t0 = Date.now();
  const [task] = await poll(`the report task of ${code}`, async () => {
    const t = await rest('commune1', 'GET', `/task?processInstanceBusinessKey=${code}&maxResults=100`);
    return t.length ? t : null;
  }, 150); // "evaluation due now" wakes the job executor once its change is committed
  log(`report task "${task.name}" open after ${Math.round((Date.now() - t0) / 1000)} s`);
  return code;
}

export async function taskOf(user, code, name) {
  const [t] = await poll(`"${name}" of ${code} for ${user}`, async () => {
    const ts = await rest(user, 'GET', `/task?processInstanceBusinessKey=${encodeURIComponent(code)}&name=${encodeURIComponent(name)}&maxResults=100`);
    return ts.length ? ts : null;
  });
  return t;
}

// ---------------------------------------------------------------- 2. report (commune1)

const REPORT_TASK = 'Báo cáo kết quả hoạt động (Công an xã)';
const ASSESS_TASK = 'Thẩm định, đề xuất xếp loại (Công an huyện)';
const CLASSIFY_TASK = 'Xếp loại mô hình (Công an tỉnh)';

async function report(code) {
  const task = await taskOf('commune1', code, REPORT_TASK);
  const { page, close } = await browser();
  try {
    await login(page, 'tasklist', 'commune1');
    await openFilter(page, 'Việc của Xã Lộc Thủy');
    await openTask(page, REPORT_TASK, { match: code, ready: '.fjs-form input:not([disabled])' });
    const d = taskDetails(page);
    await notePrefilled(d, 'report form');
    await noteEnglish(d, 'report form');
    const values = {
      outreachSessions: '8', attendees: '300', tips: '7', valuableTips: '5', casesResolved: '3',
      suspectsHandled: '2', camerasInstalled: '4', weaponsHandedIn: '0', householdsCommitted: '250',
    };
    for (const [k, v] of Object.entries(values)) await setField(page, input(d, 'evaluation-report', k), v);
    await setField(page, input(d, 'evaluation-report', 'narrative'),
      'Duy trì tuần tra ban đêm, lắp thêm 4 camera tại các ngõ xóm; người dân tích cực cung cấp nguồn tin, góp phần giải quyết 3 vụ trộm cắp.');
    await toTop(d.locator('.fjs-form h2').first());
    await shot(page, 'tasklist-evaluation-report.png');

    // More valuable tips than tips: the form lets it through, the server must refuse.
    await setField(page, input(d, 'evaluation-report', 'valuableTips'), '9');
    const refusal = await completeExpectingRefusal(page);
    log('report refusal:', refusal);
    findings.push(`report with valuableTips 9 > tips 7 refused with: "${refusal}"`);
    await toTop(d.locator('.fjs-form h2').first());
    await shot(page, 'tasklist-evaluation-report-refused.png');
    await dismissAlerts(page);

    await setField(page, input(d, 'evaluation-report', 'valuableTips'), '5');
    await completeInUi(page, task.id, 'commune1');
    log('report completed in the UI');
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- 3. assessment (district1)

async function assessment(code) {
  const task = await taskOf('district1', code, ASSESS_TASK);
  const { page, close } = await browser();
  try {
    await login(page, 'tasklist', 'district1');
    await openFilter(page, 'Việc của Huyện Lệ Thủy');
    await openTask(page, ASSESS_TASK, { match: code });
    const d = taskDetails(page);
    await notePrefilled(d, 'assessment form');
    await noteEnglish(d, 'assessment form');
    const rule = (await d.getByText('Xếp loại theo tiêu chí').first().innerText()).replace(/\s+/g, ' ');
    log('assessment shows:', rule);
    await pickRadio(d, 'evaluation-assessment', 'proposedClassification', 'Khá');
    await setField(page, input(d, 'evaluation-assessment', 'reason'),
      'Mô hình hoạt động đều, có kết quả cụ thể; đề nghị xếp loại Khá.');
    await d.getByText('Kết quả hoạt động', { exact: true }).first().scrollIntoViewIfNeeded();
    await shot(page, 'tasklist-evaluation-assessment.png');
    await completeInUi(page, task.id, 'district1');
    log('assessment completed in the UI');
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- 4. classification (province1)

async function classification(code) {
  const task = await taskOf('province1', code, CLASSIFY_TASK);
  const { page, close } = await browser();
  try {
    await login(page, 'tasklist', 'province1');
    await openFilter(page, 'Việc của Tỉnh Quảng Bình');
    await openTask(page, CLASSIFY_TASK, { match: code });
    const d = taskDetails(page);
    await notePrefilled(d, 'classification form');
    await noteEnglish(d, 'classification form');
    const reason = input(d, 'evaluation-classification', 'reason');
    if (await reason.inputValue()) await setField(page, reason, '');
    await pickRadio(d, 'evaluation-classification', 'classification', 'Xuất sắc');
    await d.getByText('Công an huyện đề xuất').first().scrollIntoViewIfNeeded();
    await shot(page, 'tasklist-evaluation-classification.png');

    const refusal = await completeExpectingRefusal(page);
    log('classification refusal:', refusal);
    findings.push(`classification Xuất sắc without reason refused with: "${refusal}"`);
    await reason.scrollIntoViewIfNeeded();
    await shot(page, 'tasklist-classification-refused.png');
    await dismissAlerts(page);

    await setField(page, reason, 'Vượt tiêu chí ở nguồn tin có giá trị và số hộ ký cam kết; nâng lên Xuất sắc để nhân rộng.');
    await completeInUi(page, task.id, 'province1');
    log('classification completed in the UI');
  } finally {
    await close();
  }
  const model = await api('province1', 'GET', `/api/models/${code}`);
  log(`model ${code}: status ${model.status}, classification ${model.classification}`);
  if (model.classification !== 'EXCELLENT') findings.push(`after classification the registry says ${model.classification}, not EXCELLENT`);
}

// ---------------------------------------------------------------- 5./8. Cockpit

async function cockpitDefinition(processName, file, { waitForInstances = true } = {}) {
  const { page, close } = await browser();
  try {
    await login(page, 'cockpit', COCKPIT_USER);
    await page.locator('a[href="#/processes"]').first().click();
    await page.locator('.processes-dashboard a', { hasText: processName }).first().click();
    await page.locator('.djs-container .djs-shape').first().waitFor();
    if (waitForInstances) {
      await page.locator('table tbody tr', { hasText: 'QB-' }).first().waitFor().catch(() => findings.push(`Cockpit "${processName}" (${COCKPIT_USER}): no instance row with a QB- business key`));
      await page.locator('.djs-overlay .badge').first().waitFor().catch(() => findings.push(`Cockpit "${processName}" (${COCKPIT_USER}): no running-instance badge on the diagram`));
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    log(`Cockpit ${processName}: ${rows.length} row(s):`, rows.map((r) => r.replace(/\s+/g, ' ').slice(0, 120)).join(' | '));
    await shot(page, file);
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- 6. replication start (province1)

// The start form only explains; Start opens the task "Chọn mô hình và các xã nhân rộng" for the
// starter, whose form takes its options from the task's variables sourceOptions / communeOptions.
// Finds the task in province1's filters (or, when none lists it, opens it by its link), records the
// options, picks the model, ticks TARGETS, sets a deadline in 14 days and completes it in the UI.
// watchPage(page) lets a caller listen to the browser (take-checks.mjs records HTTP errors).

export const REPLICATION = 'Nhân rộng mô hình';
export const CHOOSE_TASK = 'Chọn mô hình và các xã nhân rộng';
export const TARGETS = ['Xã Phong Thủy', 'Xã Gia Ninh'];

export async function replicationStart(code, watchPage = () => {}) {
  const ids = async () => (await rest('admin', 'GET', '/process-instance?processDefinitionKey=model-replication&maxResults=500')).map((i) => i.id);
  const before = await ids();
  const seen = []; // form-variables answers seen by the browser
  const { page, close } = await browser();
  watchPage(page);
  page.on('response', async (r) => {
    if (r.url().includes('form-variables')) seen.push(`${r.request().method()} ${r.url().replace(BASE, '')} -> ${r.status()} ${(await r.text().catch(() => '?')).slice(0, 400)}`);
  });
  try {
    await login(page, 'tasklist', 'province1');
    await page.locator('.task-filter').first().waitFor();
    await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
    await page.locator('.modal-dialog').waitFor();
    await page.locator('.modal-dialog').getByText(REPLICATION, { exact: true }).first().click();
    const m = page.locator('.modal-dialog');
    await m.locator('.fjs-form').waitFor();
    await page.waitForLoadState('networkidle');
    const intro = (await m.locator('.fjs-form').innerText()).replace(/\s+/g, ' ').trim();
    const fields = await m.locator('.fjs-form input, .fjs-form select, .fjs-form textarea').count();
    log(`start form: ${fields} input(s); text: ${intro}`);
    findings.push(`replication start form: ${fields} input field(s); text "${intro}"`);
    await shot(page, 'tasklist-replication-start.png');
    await m.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ }).click();
    const hidden = await m.waitFor({ state: 'hidden', timeout: 15_000 }).then(() => true, () => false);
    if (!hidden) throw new Error(`start refused: ${await m.locator('.alert-danger:visible').first().innerText().catch(() => '(no message)')}`);
    await page.waitForLoadState('networkidle');

    const fresh = (await ids()).filter((id) => !before.includes(id));
    if (fresh.length !== 1) throw new Error(`expected one new replication instance, found ${fresh.length}`);
    const instanceId = fresh[0];
    const [task] = await poll('the choose task', async () => {
      const t = await rest('province1', 'GET', `/task?processInstanceId=${instanceId}&maxResults=100`);
      return t.length ? t : null;
    });
    log(`started in the UI: instance ${instanceId}, task "${task.name}" assigned to ${task.assignee}, due ${task.due}`);
    findings.push(`replication started in the UI: task "${task.name}", assignee ${task.assignee}, due ${task.due}`);
    if (task.name !== CHOOSE_TASK || task.assignee !== 'province1') findings.push(`unexpected choose task: ${task.name} / ${task.assignee}`);
    const vars = await rest('province1', 'GET', `/task/${task.id}/form-variables`);
    log('task form-variables (REST):', Object.keys(vars).join(', '));

    // Where the task shows in Tasklist: each filter province1 has, then the task list.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.task-filter').first().waitFor();
    const filters = (await page.locator('.task-filter').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    let found = null;
    for (let i = 0; i < filters.length && !found; i++) {
      await page.locator('.task-filter').nth(i).click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      if (await page.locator('.tasks-list .task', { hasText: CHOOSE_TASK }).count()) found = filters[i];
    }
    log(`filters of province1: ${JSON.stringify(filters)}; the choose task is listed in: ${found || 'none'}`);
    findings.push(`province1's filters ${JSON.stringify(filters)}: the choose task is listed in ${found ? `"${found}"` : 'none of them'}`);
    if (!found) {
      await page.locator('.task-filter').first().click();
      await page.waitForLoadState('networkidle');
      await shot(page, 'problem-replication-choose-not-listed.png');
    }
    if (found) {
      await page.locator('.tasks-list .task', { hasText: CHOOSE_TASK }).first().locator('h4 a').first().click();
    } else {
      // The link an e-mail or a colleague would send.
      await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`, { waitUntil: 'networkidle' });
    }
    const d = taskDetails(page);
    await d.locator('.fjs-form').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);

    // The options the form took from the task's variables.
    const select = d.locator(`input[id$="${'ReplicationChoose_sourceCode'}"], [id$="ReplicationChoose_sourceCode-display"]`).first();
    await select.click();
    await page.waitForTimeout(500);
    const sourceItems = (await d.locator('.fjs-dropdownlist-item').allInnerTexts()).map((t) => t.trim());
    const communes = (await d.locator('.fjs-form-field-checklist .fjs-checkbox-label, .fjs-form-field-checklist label:has(input[type=checkbox])').allInnerTexts()).map((t) => t.trim());
    log('select options:', JSON.stringify(sourceItems));
    log('checklist:', JSON.stringify(communes));
    findings.push(`choose task: select "Mô hình được nhân rộng" offers ${JSON.stringify(sourceItems)}`);
    findings.push(`choose task: checklist "Các xã triển khai" shows ${JSON.stringify(communes)}`);
    if (!sourceItems.some((t) => t.includes(code))) throw new Error(`model ${code} is not among the options`);
    await d.locator('.fjs-dropdownlist-item', { hasText: code }).first().click();
    for (const name of TARGETS) await d.locator('.fjs-form-field-checklist').getByLabel(name, { exact: true }).check();
    await setDate(page, input(d, 'replication-choose', 'deadline', '-date'), ddmmyyyy(inDays(14)));
    await d.locator('.fjs-form h2').first().click(); // leaves the date field
    // Open the select again so that its options show in the screenshot, with the choices made.
    await select.click();
    await page.waitForTimeout(500);
    await d.locator('.fjs-form h2').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(page, 'tasklist-replication-choose.png');
    await d.locator('.fjs-form h2').first().click(); // closes the dropdown
    await page.waitForTimeout(300);
    const chosen = await select.inputValue().catch(() => '');
    log('chosen source shown as:', chosen);
    await completeInUi(page, task.id, 'province1');
    log('choose task completed in the UI');
    const inst = await rest('admin', 'GET', `/process-instance/${instanceId}`);
    log(`replication started in the UI: business key ${inst.businessKey}`);
    return { startedInUi: true, campaign: inst.businessKey, instanceId };
  } finally {
    await close();
    log('form-variables requests seen:', seen.length ? '\n  ' + seen.join('\n  ') : '(none)');
  }

}

// ---------------------------------------------------------------- 7. answers (commune2, commune3)

const ANSWER_TASK = 'Tiếp nhận nhân rộng mô hình (Công an xã)';

async function answer(user, filter, accept, file, instanceId) {
  const [task] = await poll(`${user}'s answer task`, async () => {
    const t = await rest(user, 'GET', `/task?processInstanceId=${instanceId}&maxResults=100`);
    return t.length ? t : null;
  });
  const { page, close } = await browser();
  try {
    await login(page, 'tasklist', user);
    await openFilter(page, filter);
    await openTask(page, ANSWER_TASK);
    const d = taskDetails(page);
    await notePrefilled(d, `answer form (${user})`);
    await noteEnglish(d, `answer form (${user})`);
    const f = (k, s) => input(d, 'replication-answer', k, s);
    if (accept) {
      await pickRadio(d, 'replication-answer', 'decision', 'Đồng ý triển khai tại xã');
      await setField(page, f('leaderName'), 'Đặng Văn Hải');
      await setField(page, f('leaderPhone'), '0905 123 456');
      await setField(page, f('members'), '10');
      await setDate(page, f('startedOn', '-date'), ddmmyyyy(inDays(7)));
    } else {
      await pickRadio(d, 'replication-answer', 'decision', 'Không triển khai');
      await setField(page, f('reason'), 'Xã đang triển khai mô hình camera do Đoàn thanh niên phụ trách, chưa đủ lực lượng.');
    }
    await d.locator('.fjs-form h2').first().scrollIntoViewIfNeeded();
    await shot(page, file);
    await completeInUi(page, task.id, user);
    log(`${user} ${accept ? 'accepted' : 'declined'} in the UI`);
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- 9. retirement request

const RETIRE_TASK = 'Quyết định thanh loại (Công an tỉnh)';

async function retirement() {
  const { content } = await api('district1', 'GET', '/api/models?size=50');
  const point = content.find((m) => m.originCode);
  if (!point) throw new Error('no model with originCode in /api/models for district1');
  log(`new point ${point.code} (origin ${point.originCode}) ${point.status}`);
  const { page, close } = await browser();
  try {
    await login(page, 'tasklist', 'district1');
    await page.locator('.task-filter').first().waitFor();
    await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
    await page.locator('.modal-dialog').waitFor();
    await page.locator('.modal-dialog').getByText('Đề nghị thanh loại mô hình', { exact: true }).first().click();
    const m = page.locator('.modal-dialog');
    await m.locator('.fjs-form').waitFor();
    await page.waitForLoadState('networkidle');
    await notePrefilled(m, 'retirement request start form');
    await noteEnglish(m, 'retirement request start form');
    await setField(page, input(m, 'retirement-request', 'modelCode'), point.code);
    await setField(page, input(m, 'retirement-request', 'reason'),
      'Xã Phong Thủy sáp nhập địa bàn, tổ tự quản giải thể; mô hình không còn hoạt động.');
    await shot(page, 'tasklist-retirement-request.png');
    await m.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ }).click();
    const hidden = await m.waitFor({ state: 'hidden', timeout: 10_000 }).then(() => true, () => false);
    if (!hidden) {
      const msg = await page.locator('.modal-dialog .alert-danger:visible').first().innerText().catch(() => '(no message)');
      throw new Error(`retirement request not started: ${msg}`);
    }
  } finally {
    await close();
  }
}

async function retirementDecision() {
  const [task] = await poll('the retirement decision task', async () => {
    const t = await rest('province1', 'GET', `/task?name=${encodeURIComponent(RETIRE_TASK)}&maxResults=100`);
    return t.length ? t : null;
  });
  const { page: p2, close: close2 } = await browser();
  try {
    await login(p2, 'tasklist', 'province1');
    await openFilter(p2, 'Việc của Tỉnh Quảng Bình');
    await openTask(p2, RETIRE_TASK);
    const d = taskDetails(p2);
    await notePrefilled(d, 'retirement decision form');
    await noteEnglish(d, 'retirement decision form');
    await d.locator('.fjs-form h2').first().scrollIntoViewIfNeeded();
    await shot(p2, 'tasklist-retirement-decision.png');
    await toTop(d.getByText('Đề nghị thanh loại', { exact: true }).first());
    await shot(p2, 'tasklist-retirement-decision-choice.png');
  } finally {
    await close2();
  }
  return task;
}

// ---------------------------------------------------------------- main

// ONLY=seed,report,assessment,classification,cockpit-lifecycle,replication,answers,cockpit-replication,retirement
// (retirement-decision alone re-shoots the province's open decision form)
// MODEL_CODE=QB-2026-00NN reuses a model seeded earlier (the parts after seed need it).
// Run only when started as a script; take-checks.mjs imports the helpers above.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.env.ONLY;
  const run = (part) => !only || only.split(',').includes(part);
  let code = process.env.MODEL_CODE;
  try {
    if (run('seed') || !code) code = await seed();
    if (run('report')) await report(code);
    if (run('assessment')) await assessment(code);
    if (run('classification')) await classification(code);
    if (run('cockpit-lifecycle')) {
      await poll(`the next cycle of ${code}`, async () => {
        const a = await rest('admin', 'GET', `/process-instance?processDefinitionKey=model-lifecycle&businessKey=${code}&maxResults=100`);
        return a.length ? a : null;
      }, 60);
      await cockpitDefinition('Đánh giá định kỳ mô hình', 'cockpit-lifecycle.png');
    }
    let campaign = process.env.CAMPAIGN_INSTANCE ? { instanceId: process.env.CAMPAIGN_INSTANCE } : null;
    if (run('replication')) campaign = await replicationStart(code);
    if (run('answers')) {
      if (!campaign) { // the newest running campaign
        const [c] = await rest('admin', 'GET', '/process-instance?processDefinitionKey=model-replication&sortBy=id&sortOrder=desc&maxResults=100');
        if (!c) throw new Error('no running model-replication instance to answer');
        campaign = { instanceId: c.id };
      }
      await answer('commune2', 'Việc của Xã Phong Thủy', true, 'tasklist-replication-answer.png', campaign.instanceId);
      if (run('cockpit-replication')) await cockpitDefinition(REPLICATION, 'cockpit-replication-running.png');
      await answer('commune3', 'Việc của Xã Gia Ninh', false, 'tasklist-replication-decline.png', campaign.instanceId);
    }
    if (run('cockpit-replication')) await cockpitDefinition(REPLICATION, 'cockpit-replication.png', { waitForInstances: false });
    if (run('retirement')) await retirement();
    if (run('retirement') || run('retirement-decision')) await retirementDecision();
  } finally {
    log(`model ${code}`);
    if (findings.length) {
      log('findings:');
      for (const f of findings) log('  ' + f);
    }
    if (problems.length) {
      log('noticed while browsing:');
      for (const p of [...new Set(problems)]) log('  ' + p);
    }
  }
}
