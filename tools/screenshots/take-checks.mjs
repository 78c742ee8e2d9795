// Three checks in the real webapps, with screenshots (see README.md):
//   replication  province1 starts "Nhân rộng mô hình" in Tasklist, chooses model and communes in the
//                task "Chọn mô hình và các xã nhân rộng", completes it; commune2 gets its answer task.
//   reminder     what Cockpit offers for a task's reminder timers (timeout listeners), a reminder
//                e-mail produced from one of them, and "Gửi thư điện tử" in Cockpit.
//   webapps      admin walks Cockpit, Tasklist and Admin with query-max-results-limit set, and every
//                error toast and every 4xx/5xx answer to the webapps' API calls is recorded.
// Usage: BASE_URL=http://localhost:8094 MAIL_DIR=/tmp/ui3/mail node tools/screenshots/take-checks.mjs
// ONLY=seed,replication,reminder,webapps runs some parts; MODEL_CODE=QB-… skips the seeding.

import fs from 'node:fs';
import path from 'node:path';
import { BASE, OUT, problems, log, rest, proposal, login, shot, openFilter } from './take.mjs';
import {
  api, poll, browser, taskDetails, seed, taskOf, findings, replicationStart,
} from './take-lifecycle.mjs';

const MAIL_DIR = process.env.MAIL_DIR || path.join(process.cwd(), 'data', 'mail-outbox');
const network = []; // 4xx/5xx answers to the webapps' API calls, per part
const retried = []; // "unbound" 400s and what the webapp's own retry (with maxResults) got

// Every 4xx/5xx answer to /camunda/api/… or /engine-rest/… and every error toast, tagged by part.
// Cockpit's queryMaxResults helper first asks without maxResults and, on a 400, asks again with
// maxResults = count; such a 400 is only a problem when the retry fails too.
function watch(page, part) {
  const pending = new Map();
  page.on('response', async (r) => {
    const u = r.url();
    if (u.includes('/camunda/api/engine/')) {
      const url = new URL(u);
      url.searchParams.delete('maxResults');
      url.searchParams.sort();
      const key = url.pathname + url.search;
      if (r.status() === 400 && !/[?&]maxResults=/.test(u)) {
        const text = await r.text().catch(() => '');
        if (/unbound number of results/i.test(text)) pending.set(key, r.url().replace(BASE, ''));
      } else if (/[?&]maxResults=/.test(u) && pending.has(key)) {
        retried.push(`[${part}] ${pending.get(key)} -> 400 "unbound"; retried by the webapp with maxResults -> ${r.status()}`);
        pending.delete(key);
      }
    }
    if (r.status() >= 400 && (u.includes('/camunda/api/') || u.includes('/engine-rest/'))) {
      const body = (await r.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
      // Each webapp asks, on its login page, whether a session exists; 404 means "no".
      const note = u.endsWith('/auth/user/default') && r.status() === 404 ? ' (login page: no session yet)' : '';
      network.push(`[${part}] HTTP ${r.status()} ${r.request().method()} ${u.replace(BASE, '')}${note} ${note ? '' : body}`);
    }
  });
}

// The translation keys of a webapp (its locales/en.json), to tell a key shown as text from data.
const labelCache = {};
async function labelsOf(url) {
  const app = (url.match(/\/camunda\/app\/(\w+)\//) || [])[1];
  if (!app) return new Set();
  if (!labelCache[app]) {
    const text = await (await fetch(`${BASE}/camunda/app/${app}/locales/en.json`)).text();
    labelCache[app] = new Set(Object.keys(JSON.parse(text.replace(/^\uFEFF/, '')).labels || {}));
  }
  return labelCache[app];
}

// Visible error notifications of the webapps (top-right toasts, inline alerts) and the engine's
// "An unbound number of results is forbidden" anywhere on the page.
async function errorsOnPage(page) {
  // the notification areas only: Admin's group page carries a static red "deleting a group cannot be undone"
  const toasts = await page.locator('.page-notifications .alert:visible, .notifications .alert:visible, .notifications-panel .alert:visible')
    .allInnerTexts().catch(() => []);
  const body = await page.locator('body').innerText().catch(() => '');
  const unbound = /unbound number of results/i.test(body) ? ['page text contains "An unbound number of results is forbidden"'] : [];
  // translation keys of the webapp shown instead of their text (Admin opened by a deep link
  // sometimes shows USERS_USERS and SEARCH_PLACEHOLDER)
  const labels = await labelsOf(page.url());
  const placeholders = await page.locator('input[placeholder]:visible').evaluateAll((els) => els.map((e) => e.placeholder)).catch(() => []);
  const words = [...`${body} ${placeholders.join(' ')}`.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)].map((m) => m[0]);
  const keys = [...new Set(words.filter((w) => labels.has(w)))];
  const untranslated = keys.length ? [`untranslated keys shown: ${keys.join(', ')}`] : [];
  return [...new Set([...toasts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean), ...unbound, ...untranslated])];
}

const STARTED = Date.now();
async function checkPage(page, where) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  const errs = await errorsOnPage(page);
  if (errs.length) {
    const file = `problem-${where.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    findings.push(`${where}: ${errs.join(' | ')} (${file})`);
    await shot(page, file);
  } else {
    log(`${where}: no error shown`);
  }
  return errs;
}

// ---------------------------------------------------------------- seed: an effective (GOOD) model

const REPORT_TASK = 'Báo cáo kết quả hoạt động (Công an xã)';
const ASSESS_TASK = 'Thẩm định, đề xuất xếp loại (Công an huyện)';
const CLASSIFY_TASK = 'Xếp loại mô hình (Công an tỉnh)';

async function seedEffective() {
  const code = await seed(); // approved, evaluation made due, report task open
  const long = (v) => ({ value: v, type: 'Long' });
  const report = await taskOf('commune1', code, REPORT_TASK);
  await rest('commune1', 'POST', `/task/${report.id}/submit-form`, {
    variables: {
      outreachSessions: long(6), attendees: long(220), tips: long(9), valuableTips: long(4), casesResolved: long(2),
      suspectsHandled: long(1), camerasInstalled: long(3), weaponsHandedIn: long(0), householdsCommitted: long(180),
      narrative: { value: 'Duy trì tuần tra, lắp 3 camera; người dân cung cấp 9 nguồn tin.' },
    },
  });
  const assess = await taskOf('district1', code, ASSESS_TASK);
  await rest('district1', 'POST', `/task/${assess.id}/submit-form`, {
    variables: { proposedClassification: { value: 'GOOD' }, reason: { value: 'Hoạt động đều, đề nghị xếp loại Khá.' } },
  });
  const classify = await taskOf('province1', code, CLASSIFY_TASK);
  await rest('province1', 'POST', `/task/${classify.id}/submit-form`, {
    variables: { classification: { value: 'GOOD' }, reason: { value: 'Đồng ý xếp loại Khá.' } },
  });
  const model = await api('province1', 'GET', `/api/models/${code}`);
  log(`seeded ${code}: status ${model.status}, classification ${model.classification}`);
  if (model.classification !== 'GOOD' && model.classification !== 'EXCELLENT') {
    throw new Error(`seeding left ${code} classified ${model.classification}`);
  }
  return code;
}

// ---------------------------------------------------------------- 1. replication from Tasklist

const ANSWER_TASK = 'Tiếp nhận nhân rộng mô hình (Công an xã)';

async function replication(code) {
  const { instanceId: instance } = await replicationStart(code, (page) => watch(page, 'replication'));

  // commune2 (Xã Phong Thủy) must now have its answer task.
  const [answer] = await poll("commune2's answer task", async () => {
    const t = await rest('commune2', 'GET', `/task?processInstanceId=${instance}&maxResults=100`);
    return t.length ? t : null;
  });
  log(`commune2 sees "${answer.name}" (due ${answer.due})`);
  findings.push(`after completing the choose task, commune2 has "${answer.name}" (due ${answer.due})`);
  const b = await browser();
  watch(b.page, 'replication');
  try {
    await login(b.page, 'tasklist', 'commune2');
    await openFilter(b.page, 'Việc của Xã Phong Thủy');
    const card = b.page.locator('.tasks-list .task', { hasText: ANSWER_TASK }).first();
    await card.waitFor();
    await card.locator('h4 a').first().click();
    await taskDetails(b.page).locator('.fjs-form').waitFor();
    await b.page.waitForLoadState('networkidle');
    await shot(b.page, 'tasklist-replication-commune2.png');
  } finally {
    await b.close();
  }
}

// ---------------------------------------------------------------- 2. reminder timers and e-mail

const TAB = (name) => `.ctn-tabbed ul.nav-tabs > li > a:text-is("${name}")`;
const TAB_ROWS = '.ctn-tabbed-content table tbody tr';

async function jobsOf(instanceId) {
  return rest('admin', 'GET', `/job?processInstanceId=${instanceId}&sortBy=jobDueDate&sortOrder=asc&maxResults=100`);
}

const mailFiles = () => (fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).sort() : []);

// Waits for a new .eml and .txt in the drop folder; prints the .txt.
async function awaitMail(before, what) {
  const t0 = Date.now();
  const fresh = await poll(`an e-mail in ${MAIL_DIR} (${what})`, async () => {
    const f = mailFiles().filter((n) => !before.includes(n));
    return f.some((n) => n.endsWith('.eml')) && f.some((n) => n.endsWith('.txt')) ? f : null;
  }, 120);
  const secs = Math.round((Date.now() - t0) / 1000);
  log(`${what}: mail landed after ${secs} s: ${fresh.join(', ')}`);
  findings.push(`${what}: ${fresh.map((n) => path.join(MAIL_DIR, n)).join(', ')} after ${secs} s`);
  for (const n of fresh.filter((x) => x.endsWith('.txt'))) log(`---- ${n}\n${fs.readFileSync(path.join(MAIL_DIR, n), 'utf8')}\n----`);
  return fresh;
}

async function openInstanceTab(page, instanceId, tab) {
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${instanceId}/runtime`, { waitUntil: 'networkidle' });
  await page.locator('.djs-container .djs-shape').first().waitFor();
  await page.locator(TAB(tab)).first().click();
  await page.locator(`${TAB_ROWS}, .ctn-tabbed-content .loader-state.empty`).first().waitFor().catch(() => {});
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

async function reminder() {
  const started = await rest('commune1', 'POST', '/process-definition/key/model-proposal/submit-form',
    proposal('Tổ hòa giải và an ninh thôn Mỹ Trạch', 'RESIDENTIAL', 'RESIDENTIAL_AREA', '64/QĐ-UBND', 'Võ Thị Mai'));
  const code = started.businessKey;
  const instanceId = started.id;
  log(`proposal ${code} (${instanceId}) started by commune1`);
  const jobs = await poll('timer jobs of the review task', async () => {
    const j = await jobsOf(instanceId);
    return j.length >= 3 ? j : null;
  });
  const defs = await rest('admin', 'GET', `/job-definition?processDefinitionId=${started.definitionId}&maxResults=100`);
  const defOf = (j) => defs.find((d) => d.id === j.jobDefinitionId) || {};
  const kind = (j) => (defOf(j).jobConfiguration || '').replace(/^DATE: \$\{taskDates\.(\w+)\(.*$/, '$1');
  for (const j of jobs) log(`job ${j.id} due ${j.dueDate} ${defOf(j).jobType} ${defOf(j).jobConfiguration} (${defOf(j).activityId})`);
  findings.push(`instance ${code}: ${jobs.length} job(s), ${jobs.map((j) => `${defOf(j).jobType} ${kind(j)} due ${j.dueDate}`).join('; ')}`);

  const { page, close } = await browser();
  watch(page, 'reminder');
  const duedateCalls = [];
  page.on('request', (r) => { if (/\/job\/[^/]+\/duedate/.test(r.url())) duedateCalls.push(`${r.method()} ${r.url().replace(BASE, '')} ${r.postData()}`); });
  try {
    await login(page, 'cockpit', 'admin');
    // The way a person gets there: Processes → "Đề xuất mô hình" → the instance.
    await page.locator('a[href="#/processes"]').first().click();
    await page.locator('.processes-dashboard a', { hasText: 'Đề xuất mô hình' }).first().click();
    await page.locator('table tbody tr', { hasText: code }).first().waitFor();
    await checkPage(page, 'cockpit definition model-proposal');
    await page.locator('table tbody tr', { hasText: code }).first().locator('td.instance-id a').first().click();
    await page.locator('.djs-container .djs-shape').first().waitFor();
    await page.waitForLoadState('networkidle');
    const tabs = (await page.locator('.ctn-tabbed ul.nav-tabs > li > a').allInnerTexts()).map((t) => t.trim());
    log('instance view tabs:', JSON.stringify(tabs));
    findings.push(`Cockpit instance view tabs (admin): ${JSON.stringify(tabs)}`);
    await page.locator(TAB('Jobs')).first().click();
    await page.locator(TAB_ROWS).first().waitFor();
    await page.waitForLoadState('networkidle');
    const heads = (await page.locator('.ctn-tabbed-content table thead th').allInnerTexts()).map((r) => r.trim());
    const rows = (await page.locator(TAB_ROWS).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    const actions = await page.locator(TAB_ROWS).first().locator('td').last().locator('a, button').evaluateAll((els) => els.map((e) => e.getAttribute('uib-tooltip')));
    log('Jobs tab columns:', JSON.stringify(heads), 'rows:', JSON.stringify(rows), 'row actions:', JSON.stringify(actions));
    findings.push(`Cockpit Jobs tab: columns ${JSON.stringify(heads)}; rows ${JSON.stringify(rows)}; actions on each row ${JSON.stringify(actions)} (no "execute")`);
    await page.locator('.ctn-tabbed ul.nav-tabs').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(page, 'cockpit-reminder-jobs.png');

    // The definition's Job Definitions tab.
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${started.definitionId}/runtime`, { waitUntil: 'networkidle' });
    await page.locator('.djs-container .djs-shape').first().waitFor();
    await page.locator(TAB('Job Definitions')).first().click();
    await page.locator(TAB_ROWS).first().waitFor();
    await page.waitForLoadState('networkidle');
    const jdRows = (await page.locator(TAB_ROWS).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    const jdActions = await page.locator(TAB_ROWS).first().locator('td').last().locator('a, button').evaluateAll((els) => els.map((e) => e.getAttribute('uib-tooltip') || e.innerText.trim()));
    log('Job Definitions rows:', JSON.stringify(jdRows), 'actions:', JSON.stringify(jdActions));
    findings.push(`Cockpit Job Definitions tab: ${jdRows.length} row(s) ${JSON.stringify(jdRows)}; actions ${JSON.stringify(jdActions)}`);
    await page.locator('.ctn-tabbed ul.nav-tabs').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(page, 'cockpit-reminder-job-definitions.png');
  } finally {
    await close();
  }

  // Cockpit has no "execute": execute the earliest timer over REST as admin.
  const earliest = (await jobsOf(instanceId))[0];
  log(`POST /job/${earliest.id}/execute (${kind(earliest)}, due ${earliest.dueDate}) as admin`);
  let before = mailFiles();
  await rest('admin', 'POST', `/job/${earliest.id}/execute`);
  findings.push(`POST /engine-rest/job/${earliest.id}/execute (${kind(earliest)}, due ${earliest.dueDate}) as admin: 204`);
  await awaitMail(before, `${kind(earliest)} timer executed over REST`);

  // What Cockpit can do: "Change due date" of the next timer to now; the job executor runs it.
  const next = (await jobsOf(instanceId))[0];
  before = mailFiles();
  const b2 = await browser();
  watch(b2.page, 'reminder');
  b2.page.on('request', (r) => { if (/\/job\/[^/]+\/duedate/.test(r.url())) duedateCalls.push(`${r.method()} ${r.url().replace(BASE, '')} ${r.postData()}`); });
  let changed = false;
  try {
    await login(b2.page, 'cockpit', 'admin');
    await openInstanceTab(b2.page, instanceId, 'Jobs');
    const row = b2.page.locator(TAB_ROWS, { hasText: next.id }).first();
    await row.locator('a[ng-click^="openRecalculationWindow"]').click();
    const modal = b2.page.locator('.modal-dialog');
    await modal.waitFor();
    await modal.locator('input[type=radio][value=specific]').check();
    await modal.locator('input[type=checkbox][ng-model=cascade]').uncheck();
    const at = await modal.locator('input[name=dateValue]').inputValue();
    log(`"Change timer due date" for ${next.id} (${kind(next)}): specific date ${at}`);
    await shot(b2.page, 'cockpit-reminder-jobs-change-due.png');
    await modal.locator('button', { hasText: 'Thay đổi' }).click();
    await b2.page.waitForLoadState('networkidle');
    await b2.page.waitForTimeout(800);
    const msg = (await modal.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    log('dialog after Change:', msg);
    findings.push(`Cockpit "Change timer due date" → "Set a specific date" ${at} (cascade off) on ${kind(next)}: dialog says "${msg.slice(0, 200)}"; request ${duedateCalls.join(' ; ')}`);
    await modal.locator('button', { hasText: 'Đóng' }).click().catch(() => {});
    changed = true;
  } finally {
    await b2.close();
  }
  if (changed) {
    const after = await rest('admin', 'GET', `/job/${next.id}`).catch((e) => ({ gone: e.message }));
    log(`job ${next.id} after the change: ${JSON.stringify(after).slice(0, 300)}`);
    try {
      await awaitMail(before, `${kind(next)} timer moved to now in Cockpit, run by the job executor`);
    } catch (e) {
      const j = await rest('admin', 'GET', `/job/${next.id}`).catch(() => null);
      findings.push(`${kind(next)} timer moved in Cockpit: no e-mail within 120 s; job now ${j ? `due ${j.dueDate}` : 'gone'}`);
    }
  }

  // "Gửi thư điện tử" in Cockpit after the deliveries.
  const hist = await rest('admin', 'GET', '/history/process-instance?processDefinitionKey=mail-delivery&sortBy=startTime&sortOrder=desc&maxResults=5');
  log('mail-delivery history (REST):', hist.map((h) => `${h.id} ${h.businessKey || ''} ${h.state} ${h.endTime}`).join(' | '));
  findings.push(`mail-delivery history over REST: ${hist.map((h) => `${h.businessKey || h.id} ${h.state}`).join(', ')}`);
  const b = await browser();
  watch(b.page, 'reminder');
  try {
    await login(b.page, 'cockpit', 'admin');
    await b.page.locator('a[href="#/processes"]').first().click();
    await b.page.locator('.processes-dashboard a', { hasText: 'Gửi thư điện tử' }).first().click();
    await b.page.locator('.djs-container .djs-shape').first().waitFor();
    await b.page.locator(`${TAB_ROWS}, .ctn-tabbed-content .loader-state.empty, .ctn-tabbed-content .no-results, .ctn-tabbed-content`).first().waitFor();
    await b.page.waitForLoadState('networkidle');
    await b.page.waitForTimeout(800);
    const rows = (await b.page.locator(TAB_ROWS).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    const pane = (await b.page.locator('.ctn-tabbed-content').first().innerText()).replace(/\s+/g, ' ').trim();
    const tabs = (await b.page.locator('.ctn-tabbed ul.nav-tabs > li > a').allInnerTexts()).map((t) => t.trim());
    const historyView = await b.page.locator('a:text-is("History"), button:text-is("History")').count();
    log(`Cockpit "Gửi thư điện tử": tabs ${JSON.stringify(tabs)}, rows ${JSON.stringify(rows)}, pane "${pane.slice(0, 200)}", History view: ${historyView}`);
    findings.push(`Cockpit "Gửi thư điện tử" (admin): tabs ${JSON.stringify(tabs)}; Process Instances shows "${pane.slice(0, 200)}"; ${historyView ? 'a History view exists' : 'no Runtime/History switch (Community: running instances only)'}`);
    await checkPage(b.page, 'cockpit definition mail-delivery');
    await shot(b.page, 'cockpit-mail-delivery.png');
  } finally {
    await b.close();
  }
  return { instanceId, code };
}

// ---------------------------------------------------------------- 3. webapps with query-max-results-limit

async function webapps() {
  const { page, close } = await browser();
  watch(page, 'webapps');
  try {
    // Cockpit
    await login(page, 'cockpit', 'admin');
    await page.getByText('Phiên bản quy trình đang chạy').first().waitFor();
    await checkPage(page, 'cockpit dashboard');
    await shot(page, 'check-cockpit-dashboard.png');
    await page.locator('a[href="#/processes"]').first().click();
    await page.locator('.processes-dashboard a').first().waitFor();
    await checkPage(page, 'cockpit processes');
    await shot(page, 'check-cockpit-processes.png');
    await page.locator('.processes-dashboard a', { hasText: 'Đề xuất mô hình' }).first().click();
    await page.locator('.djs-container .djs-shape').first().waitFor();
    await page.locator('table tbody tr', { hasText: 'QB-' }).first().waitFor();
    await checkPage(page, 'cockpit process definition');
    const link = page.locator('table tbody tr', { hasText: 'QB-' }).first().locator('td.instance-id a[href^="#/process-instance/"]').first();
    await link.click();
    await page.locator('table tbody tr', { hasText: 'modelName' }).first().waitFor();
    await checkPage(page, 'cockpit process instance variables');
    await shot(page, 'check-cockpit-instance.png');
    for (const tab of ['Incidents', 'Called Process Instances', 'User Tasks', 'Jobs', 'External Tasks']) {
      const a = page.locator(TAB(tab)).first();
      if (await a.count()) { await a.click(); await checkPage(page, `cockpit instance tab ${tab}`); }
    }
    // history view of the instance lives in EE only; the Decisions, Tasks, Batches pages of the menu
    for (const [href, name] of [['#/decisions', 'decisions'], ['#/tasks', 'human tasks'], ['#/repository', 'deployments'], ['#/batch', 'batches']]) {
      await page.goto(`${BASE}/camunda/app/cockpit/default/${href}`, { waitUntil: 'networkidle' });
      await checkPage(page, `cockpit ${name}`);
    }

    // Tasklist
    await page.goto(`${BASE}/camunda/app/tasklist/default/`, { waitUntil: 'networkidle' });
    await page.locator('.task-filter').first().waitFor();
    await checkPage(page, 'tasklist filters');
    const filters = await page.locator('.task-filter').allInnerTexts();
    log(`admin has ${filters.length} filter(s)`);
    findings.push(`Tasklist (admin): ${filters.length} filter(s)`);
    let opened = false;
    for (let i = 0; i < filters.length && !opened; i++) {
      await page.locator('.task-filter').nth(i).click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const card = page.locator('.tasks-list .task').first();
      if (await card.count()) {
        await card.locator('h4 a').first().click();
        await page.locator('.task-details .fjs-form, .task-details form').first().waitFor().catch(() => {});
        opened = true;
      }
    }
    await checkPage(page, 'tasklist task opened');
    await shot(page, 'check-tasklist-task.png');
    if (!opened) findings.push('Tasklist (admin): no task to open in any filter');
    await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
    await page.locator('.modal-dialog').waitFor();
    await checkPage(page, 'tasklist start process list');
    await page.keyboard.press('Escape');

    // Admin
    await page.goto(`${BASE}/camunda/app/admin/default/#/users`, { waitUntil: 'networkidle' });
    await page.locator('table tbody tr').first().waitFor();
    await checkPage(page, 'admin users');
    await shot(page, 'check-admin-users.png');
    await page.goto(`${BASE}/camunda/app/admin/default/#/groups`, { waitUntil: 'networkidle' });
    await page.locator('table tbody tr').first().waitFor();
    await checkPage(page, 'admin groups');
    await shot(page, 'check-admin-groups.png');
    await page.goto(`${BASE}/camunda/app/admin/default/#/groups/QB01?tab=group`, { waitUntil: 'networkidle' });
    await checkPage(page, 'admin group QB01');
    await page.goto(`${BASE}/camunda/app/admin/default/#/groups/QB01?tab=users`, { waitUntil: 'networkidle' });
    await checkPage(page, 'admin group QB01 users');
    await page.goto(`${BASE}/camunda/app/admin/default/#/authorization?resource=0`, { waitUntil: 'networkidle' });
    await checkPage(page, 'admin authorizations application');
    // the authorizations that name the group QB01, resource by resource
    const resources = await page.locator('a[href*="authorization"][href*="resource="]').evaluateAll((els) => [...new Map(els.map((e) => [e.getAttribute('href').replace('authorization/?', 'authorization?'), e.innerText.trim()])).entries()]);
    const qb01 = [];
    for (const [href, name] of resources) {
      if (name === 'Authorizations') continue; // the menu entry, same page as "Application"
      const type = href.match(/resource=(\d+)/)[1];
      // click the resource in the side menu, as a person would, and wait until its list is shown
      await page.locator(`a[href="${href.replace('authorization?', 'authorization/?')}"]`, { hasText: name }).first().click();
      const total = (await rest('admin', 'GET', `/authorization/count?resourceType=${type}`)).count;
      const mine = page.locator('table tbody tr').filter({ has: page.locator('td.group', { hasText: /^\s*QB01\s*$/ }) });
      const rows = [];
      for (let shown = 0, pageNo = 1; ; pageNo++) { // 25 a page
        const expect = Math.min(25, total - shown);
        await poll(`the ${name} authorizations, page ${pageNo}`, async () => (await page.locator('table tbody tr').count()) === expect, 15)
          .catch(() => findings.push(`Admin authorizations ${name}: page ${pageNo} did not show ${expect} row(s)`));
        await page.waitForLoadState('networkidle');
        rows.push(...(await mine.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim().replace(/ Edit Delete$/, '')));
        if (name === 'Process Instance' && pageNo === 1) {
          await mine.first().evaluate((e) => e.scrollIntoView({ block: 'center' })).catch(() => {});
          await shot(page, 'check-admin-authorizations-qb01.png');
        }
        shown += expect;
        if (shown >= total) break;
        await page.locator('.pagination a', { hasText: 'Tiếp' }).first().click();
        await page.waitForTimeout(500);
      }
      const { count } = await rest('admin', 'GET', `/authorization/count?resourceType=${type}&groupIdIn=QB01`);
      if (rows.length || count) qb01.push(`${name}: ${rows.length} row(s) shown, REST counts ${count}: ${rows.join(' / ')}`);
      if (rows.length !== count) findings.push(`Admin authorizations ${name}: ${rows.length} row(s) for QB01 shown, REST counts ${count}`);
      await checkPage(page, `admin authorizations ${name}`);
    }
    log('authorizations of QB01:', qb01.join(' | '));
    findings.push(`Admin authorizations of group QB01: ${qb01.length ? qb01.join(' | ') : 'none found'}`);
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- main

const only = process.env.ONLY;
const run = (part) => !only || only.split(',').includes(part);
try {
  let code = process.env.MODEL_CODE;
  if (run('replication') && !code) code = await seedEffective();
  if (run('replication')) await replication(code);
  if (run('reminder')) await reminder();
  if (run('webapps')) await webapps();
} finally {
  if (findings.length) {
    log('findings:');
    for (const f of findings) log('  ' + f);
  }
  for (const r of [...new Set(retried)]) log('  ' + r);
  log(`4xx/5xx answers to webapp API calls: ${network.length ? '' : 'none'}`);
  for (const n of [...new Set(network)]) log('  ' + n);
  if (problems.length) {
    log('noticed while browsing:');
    for (const p of [...new Set(problems)]) log('  ' + p);
  }
  const written = fs.readdirSync(OUT).filter((n) => n.startsWith('problem-') && fs.statSync(path.join(OUT, n)).mtimeMs >= STARTED);
  log(`problem screenshots of this run: ${written.length ? written.join(', ') : 'none'}`);
}
