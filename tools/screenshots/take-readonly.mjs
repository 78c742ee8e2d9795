// Cockpit is read only for every login but an administrator (see README.md):
//   supervisor  walks every page a supervisor can reach and asserts that no control that changes
//               something is visible; screenshots cockpit-supervisor-readonly-*.png.
//   admin       logs out and back in as admin in the same tab, walks the same pages and asserts
//               that each of those controls IS visible to the administrator, and that the read-only
//               class of styles/user-styles.css hides it; screenshot cockpit-admin-instance.png.
// Exit code 1, with the list, if any control shows for the supervisor, any is missing for admin,
// or a page throws a script error.
// Usage: BASE_URL=http://localhost:8095 node tools/screenshots/take-readonly.mjs

import { BASE, problems, log, rest, proposal, openBrowser, login, shot } from './take.mjs';
import { api, poll } from './take-lifecycle.mjs';

const COCKPIT = `${BASE}/camunda/app/cockpit/default/`;
const READ_ONLY = 'antq-read-only'; // the class scripts/read-only.js puts on <body>
const TAB = (name) => `.ctn-tabbed ul.nav-tabs > li > a:text-is("${name}")`;
const toolbar = (glyph) => `.ctn-toolbar a:has(> .glyphicon-${glyph})`;

// Every control of Cockpit 7.24 Community that changes something, by page. `admin` says whether the
// seeded data lets the administrator see it on that page (state-dependent twins such as
// "activate", shown only for a suspended object, are hidden by the same rule).
const CONTROLS = {
  definition: [
    ['suspend process definition', `${toolbar('pause')}, ${toolbar('play')}`],
    ['override job priority of all job definitions', toolbar('cog')],
    ['edit history time to live', '[time-to-live] > a[ng-click="showDialog()"]'],
  ],
  'definition incidents': [
    ['increment retries of failed job (incident)', 'a[ng-click^="openJobRetryDialog"]'],
    ['increment retries of failed external task (incident)', 'a[ng-click^="openExternalTaskRetryDialog"]', { admin: false }],
    ['add annotation (incident)', '[cam-annotation-edit] a.edit'],
    ['incidents: Action column', 'table.incidents-tab th.action'],
  ],
  'definition job definitions': [
    ['suspend job definition', 'a[ng-click^="openSuspensionStateDialog"]'],
    ['override job priority of a job definition', 'a[ng-click="openDialog(jobDefinition)"]'],
    ['job definitions: Action column', 'table.job-definition th.action'],
  ],
  instance: [
    ['delete process instance', toolbar('remove')],
    ['increment retries of failed jobs (instance)', toolbar('repeat')],
    ['add variable', toolbar('plus')],
    ['suspend process instance', `${toolbar('pause')}, ${toolbar('play')}`],
    ['edit variable', '[cam-widget-variables-table] button[ng-click^="enableEditMode"]'],
    ['delete variable', '[cam-widget-variables-table] button[ng-click^="deleteVariable"]'],
    ['variables: Actions column', '[cam-widget-variables-table] td.actions'],
  ],
  'instance incidents': [
    ['increment retries of failed job (incident)', 'a[ng-click^="openJobRetryDialog"]'],
    ['add annotation (incident)', '[cam-annotation-edit] a.edit'],
  ],
  'annotation dialog': [
    ['save annotation', 'button[ng-click="updateAnnotation()"]'],
  ],
  'instance user tasks': [
    ['change assignee', 'cam-in-place-text-field .edit-toggle'],
    ['manage candidate groups', 'a[ng-click^="changeGroupIdentityLinks"]'],
    ['manage candidate users', 'a[ng-click^="changeUserIdentityLinks"]'],
  ],
  'instance jobs': [
    ['suspend job', 'a[ng-click^="toggleSuspension(job)"]'],
    ['change job due date', 'a[ng-click^="openRecalculationWindow"]'],
    ['jobs: Action column', 'table.jobs-tab th.action'],
  ],
  'json variable dialog': [
    ['change a Json variable', '.variable-inspect ~ .modal-footer button[ng-click="change()"]'],
  ],
  'decision definition': [
    ['edit history time to live', '[time-to-live] > a[ng-click="showDialog()"]'],
  ],
  deployments: [
    ['delete deployment', 'a[ng-click^="deleteDeployment"]'],
  ],
  batch: [
    ['delete batch', '.batch-controls a:has(> .glyphicon-trash)'],
    ['suspend/activate batch, retry all failed jobs', '.batch-controls a:has(> .glyphicon-pause), .batch-controls a:has(> .glyphicon-play), .batch-controls a:has(> .glyphicon-repeat)', { admin: false }],
    ['retry / delete a failed batch job', 'a[ng-click^="ctrl.retryJob"], a[ng-click^="ctrl.deleteJob"]', { admin: false }],
  ],
};

const shown = []; // supervisor: controls visible although they should not be
const missing = []; // admin: controls not visible although they should be
const notHidden = []; // admin with the read-only class forced on: controls still visible
const wrongClass = []; // the read-only class missing for the supervisor or left on for admin
const consoleErrors = [];
const seenByAdmin = new Set();
const apiMe = [];

// ---------------------------------------------------------------- seed over REST

// The evaluation cycle of a model of commune1 (approved here, its evaluation due now) waiting for
// the report, whose deadline timer has no retries left, and a second incident beside it: two
// incidents, one annotated; a finished batch; a replication campaign of province1 (it holds Json
// variables). A cycle, because a proposal has no job of its own (reminders are swept).
async function seed() {
  const incidents = (await rest('admin', 'GET', '/incident?maxResults=500'))
    .filter((i) => i.processDefinitionId.startsWith('model-lifecycle:'));
  const byInstance = {};
  for (const i of incidents) (byInstance[i.processInstanceId] ||= []).push(i);
  let instanceId = Object.keys(byInstance).find((id) => byInstance[id].length >= 2 && byInstance[id].some((i) => i.annotation));
  if (!instanceId) {
    const started = await rest('commune1', 'POST', '/process-definition/key/model-proposal/submit-form',
      proposal('Tổ camera an ninh thôn Thượng Phong', 'RESIDENTIAL', 'RESIDENTIAL_AREA', '71/QĐ-UBND', 'Đặng Văn Phúc'));
    const code = started.businessKey;
    for (const user of ['district1', 'province1']) {
      const [task] = await poll(`${user}'s task on ${code}`, async () => {
        const t = await rest(user, 'GET', `/task?processInstanceBusinessKey=${code}&maxResults=10`);
        return t.length ? t : null;
      });
      await rest(user, 'POST', `/task/${task.id}/submit-form`, { variables: { decision: { value: 'approve' } } });
    }
    // its evaluation falls due: the report task waits, and beside it the report's deadline timer
    await api('admin', 'POST', `/api/admin/models/${code}/evaluation-due-now`, {});
    const [report] = await poll(`the report task of ${code}`, async () => {
      const t = await rest('admin', 'GET', `/task?processInstanceBusinessKey=${code}&maxResults=10`);
      return t.length ? t : null;
    }, 150); // "evaluation due now" wakes the job executor once its change is committed
    const cycle = { id: report.processInstanceId };
    const [timer] = await rest('admin', 'GET', `/job?processInstanceId=${cycle.id}&timers=true&maxResults=10`);
    await rest('admin', 'PUT', `/job/${timer.id}/retries`, { retries: 0 });
    await rest('admin', 'POST', `/execution/${timer.executionId}/create-incident`,
      { incidentType: 'antqCheck', message: 'Kiểm tra chỉ đọc: sự cố thứ hai' });
    const [first] = await rest('admin', 'GET', `/incident?processInstanceId=${cycle.id}&maxResults=10`);
    await rest('admin', 'PUT', `/incident/${first.id}/annotation`, { annotation: 'Máy chủ thư tạm ngừng, đã báo bộ phận kỹ thuật.' });
    log(`seeded the cycle of ${code}: two incidents, one annotated`);
    instanceId = cycle.id;
  }
  const { definitionId } = await rest('admin', 'GET', `/process-instance/${instanceId}`);
  if (!(await rest('admin', 'GET', '/history/batch?maxResults=1')).length) {
    await rest('admin', 'POST', '/process-instance/suspended-async', { processInstanceIds: [instanceId], suspended: false });
  }
  const [batch] = await poll('a finished batch', async () => {
    const b = await rest('admin', 'GET', '/history/batch?completed=true&maxResults=1');
    return b.length ? b : null;
  });
  let [campaign] = await rest('admin', 'GET', '/process-instance?processDefinitionKey=model-replication&maxResults=1');
  if (!campaign) campaign = await rest('province1', 'POST', '/process-definition/key/model-replication/submit-form', { variables: {} });
  return { instanceId, definitionId, batchId: batch.id, campaignId: campaign.id };
}

// ---------------------------------------------------------------- checks

async function visibleCount(page, sel) {
  return page.locator(sel).evaluateAll((els) => els.filter((e) => {
    const s = getComputedStyle(e);
    return s.visibility !== 'hidden' && s.display !== 'none' && e.getClientRects().length > 0;
  }).length);
}

// The supervisor sees none of the page's controls; the administrator sees each one that the seeded
// data produces, and no longer sees it once the read-only class is on <body>.
async function check(page, user, where) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(700);
  for (const [name, sel, opts = {}] of CONTROLS[where]) {
    const n = await visibleCount(page, sel);
    if (user === 'supervisor') {
      if (n) shown.push(`${where}: "${name}" (${sel}) visible ${n}x`);
    } else {
      if (n) {
        seenByAdmin.add(`${where}: ${name}`);
        await page.evaluate((c) => document.body.classList.add(c), READ_ONLY);
        const still = await visibleCount(page, sel);
        await page.evaluate((c) => document.body.classList.remove(c), READ_ONLY);
        if (still) notHidden.push(`${where}: "${name}" (${sel}) visible ${still}x under .${READ_ONLY}`);
      } else if (opts.admin !== false) {
        missing.push(`${where}: "${name}" (${sel}) not visible to admin`);
      }
    }
  }
  log(`${user} ${where}: checked ${CONTROLS[where].length} control(s)`);
}

async function tab(page, name) {
  await page.locator(TAB(name)).first().click();
  await page.waitForLoadState('networkidle');
  await page.locator('.ctn-tabbed-content table tbody tr, .ctn-tabbed-content .loader-state.empty, .ctn-tabbed-content .no-results')
    .first().waitFor().catch(() => {});
}

async function toTabs(page) {
  await page.locator('.ctn-tabbed ul.nav-tabs').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
}

async function closeModal(page) {
  await page.keyboard.press('Escape');
  await page.locator('.modal-dialog').waitFor({ state: 'hidden' });
}

async function walk(page, user, { instanceId, definitionId, batchId, campaignId }) {
  const go = async (hash) => {
    await page.goto(COCKPIT + hash, { waitUntil: 'networkidle' });
    await page.waitForLoadState('networkidle');
  };
  const prefix = user === 'supervisor' ? 'cockpit-supervisor-readonly' : 'cockpit-admin';

  await page.getByText('Phiên bản quy trình đang chạy').first().waitFor();
  await page.locator('a[href="#/processes"]').first().click();
  await page.locator('.processes-dashboard a', { hasText: 'Đề xuất mô hình' }).first().waitFor();

  await go(`#/process-definition/${definitionId}/runtime`);
  await page.locator('.djs-container .djs-shape').first().waitFor();
  await page.locator('table tbody tr', { hasText: 'QB-' }).first().waitFor();
  await check(page, user, 'definition');
  if (user === 'supervisor') {
    await shot(page, `${prefix}-definition.png`);
    // the history time to live reads as text; a click on it opens no dialog
    const box = await page.locator('[time-to-live]').first().boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(700);
    if (await page.locator('.modal-dialog').isVisible()) {
      shown.push('definition: a click on the history time to live opened its dialog');
      await closeModal(page);
    }
  }
  await tab(page, 'Sự cố');
  await check(page, user, 'definition incidents');
  await tab(page, 'Các định nghĩa quy trình được gọi');
  await tab(page, 'Định nghĩa tác vụ nền');
  await check(page, user, 'definition job definitions');

  await go(`#/process-instance/${instanceId}/runtime`);
  await page.locator('.djs-container .djs-shape').first().waitFor();
  await page.locator('[cam-widget-variables-table] tbody tr', { hasText: 'modelName' }).first().waitFor();
  await check(page, user, 'instance');
  await shot(page, `${prefix}-instance.png`);
  await tab(page, 'Sự cố');
  await page.locator('table.incidents-tab tbody tr').first().waitFor();
  await check(page, user, 'instance incidents');
  if (user === 'supervisor') { await toTabs(page); await shot(page, `${prefix}-incidents.png`); }
  // an existing annotation opens its dialog on a click: readable, Save only for the administrator
  const annotation = page.locator('[cam-annotation-edit] span[ng-click="openModal()"]').first();
  if (await annotation.count()) {
    await annotation.click();
    await page.locator('.modal-body.annotation-edit').waitFor();
    await check(page, user, 'annotation dialog');
    await closeModal(page);
  } else {
    missing.push('instance incidents: no annotated incident to open');
  }
  await tab(page, 'Các phiên bản quy trình được gọi');
  await tab(page, 'Công việc người dùng');
  await check(page, user, 'instance user tasks');
  await tab(page, 'Tác vụ nền');
  await page.locator('table.jobs-tab tbody tr').first().waitFor();
  await check(page, user, 'instance jobs');
  if (user === 'supervisor') { await toTabs(page); await shot(page, `${prefix}-jobs.png`); }
  if (await page.locator(TAB('Công việc bên ngoài')).count()) await tab(page, 'Công việc bên ngoài');

  // a Json variable opens the inspect dialog; only province1's campaigns hold one, which the
  // supervisor of the province may not read
  if (user === 'admin') {
    await go(`#/process-instance/${campaignId}/runtime`);
    await page.locator('td.type-json.col-value a[ng-click^="editVariableValue"]').first().click();
    await page.locator('.modal-body.variable-inspect').waitFor();
    await check(page, user, 'json variable dialog');
    await closeModal(page);
  }

  await go('#/decisions');
  const decision = page.locator('table.decision-definitions-list a[href^="#/decision-definition/"]').first();
  if (user === 'admin') await decision.waitFor().catch(() => {});
  if (await decision.count()) {
    await decision.click();
    await page.locator('dd.history-time-to-live').waitFor();
    await check(page, user, 'decision definition');
  } else if (user === 'admin') {
    missing.push('decisions: no decision definition listed');
  }
  await go('#/tasks');
  await go('#/repository');
  if (user === 'admin') await page.locator('ul.deployments li.deployment').first().waitFor();
  await check(page, user, 'deployments');
  await go('#/batch');
  if (user === 'admin') {
    await go(`#/batch?details=${batchId}&type=history`);
    await page.locator('.batch-controls').waitFor();
  }
  await check(page, user, 'batch');
}

async function as(page, user, ids) {
  await login(page, 'cockpit', user);
  const want = user === 'supervisor';
  await page.waitForFunction(([c, on]) => document.body.classList.contains(c) === on, [READ_ONLY, want], { timeout: 10_000 })
    .catch(() => wrongClass.push(`${user}: <body> ${want ? 'lacks' : 'keeps'} .${READ_ONLY} 10 s after login`));
  log(`${user}: <body> ${await page.evaluate((c) => (document.body.classList.contains(c) ? 'has' : 'has not'), READ_ONLY)} .${READ_ONLY}`);
  await walk(page, user, ids);
}

// ---------------------------------------------------------------- main

const ids = await seed();
log(`instance ${ids.instanceId}, batch ${ids.batchId}, campaign ${ids.campaignId}`);
const { page, close } = await openBrowser();
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url || page.url()})`); });
page.on('response', (r) => { if (r.url().endsWith('/api/me')) apiMe.push(r.status()); });
let stopped = null;
try {
  await as(page, 'supervisor', ids);
  // log out and in again in the same tab: the class follows the login
  await page.locator('[cam-widget-header] li.account .dropdown-toggle').click();
  await page.locator('[cam-widget-header] li.logout a').click();
  await page.waitForURL((u) => String(u).includes('/login'));
  await as(page, 'admin', ids);
} catch (e) {
  stopped = `the walk stopped at ${page.url().replace(BASE, '')}: ${e.message.split('\n')[0]}`;
} finally {
  await close();
}

const pageErrors = problems.filter((p) => p.startsWith('page error'));
log(`GET /api/me answered ${apiMe.join(', ')}`);
log(`controls seen by admin: ${seenByAdmin.size}`);
for (const s of seenByAdmin) log('  ' + s);
const failures = [
  ...wrongClass,
  ...shown.map((s) => `supervisor sees ${s}`),
  ...missing.map((s) => `admin misses ${s}`),
  ...notHidden.map((s) => `not hidden by the read-only class: ${s}`),
  ...(stopped ? [stopped] : []),
  ...pageErrors,
  ...consoleErrors.filter((e) => !e.startsWith('Failed to load resource')).map((e) => `console error: ${e}`),
];
log('console errors (the browser logs every 4xx/5xx answer as one):');
for (const e of [...new Set(consoleErrors)]) log('  ' + e);
log('HTTP errors seen:');
for (const p of [...new Set(problems.filter((x) => x.startsWith('HTTP')))]) log('  ' + p);
if (failures.length) {
  log(`FAILED: ${failures.length} problem(s)`);
  for (const f of failures) log('  ' + f);
  process.exitCode = 1;
} else {
  log('OK: no control that changes something is visible to the supervisor; each is visible to admin');
}
