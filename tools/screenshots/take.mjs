// Screenshots of Tasklist and Cockpit in headless Chromium (Debian's /usr/bin/chromium).
// Usage (see README.md): BASE_URL=http://localhost:8091 node tools/screenshots/take.mjs
//
// Logs in through each webapp's real login page with the demo logins (password "demo"),
// walks the proposal process as a person would, and writes PNGs to docs/screenshots/.
// If the engine holds no running "model-proposal" instance yet, it first creates three
// proposals over REST as commune1 and approves the oldest as district1, so that there
// is a review task at the district and an approval task at the province.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BASE = (process.env.BASE_URL || 'http://localhost:8091').replace(/\/$/, '');
export const OUT = path.resolve(process.env.OUT_DIR || path.join(HERE, '..', '..', 'docs', 'screenshots'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const COCKPIT_USER = process.env.COCKPIT_USER || 'supervisor';
export const PASSWORD = 'demo';
const TIMEOUT = 30_000;

fs.mkdirSync(OUT, { recursive: true });

export const problems = [];
// What must hold for the run to pass (problems above are only reported).
const failures = [];
export const log = (...a) => console.log('[shots]', ...a);

// ---------------------------------------------------------------- REST helpers

export async function rest(user, method, p, body) {
  const res = await fetch(`${BASE}/engine-rest${p}`, {
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

export function proposal(name, field, hostType, decisionNo, leaderName) {
  return {
    variables: {
      modelName: { value: name },
      field: { value: field },
      hostType: { value: hostType },
      decisionNo: { value: decisionNo },
      foundedOn: { value: '2025-03-01' },
      leaderName: { value: leaderName },
      leaderPhone: { value: '0912345678' },
      members: { value: 12, type: 'Long' },
      goals: { value: '<p>Lắp đặt <b>camera an ninh</b> tại các ngõ xóm.</p>' },
      activities: { value: '<ul><li>Tuần tra ban đêm</li><li>Trực camera</li></ul>' },
      funding: { value: 'Xã hội hóa' },
    },
  };
}

async function seedIfEmpty() {
  const { count } = await rest('admin', 'GET', '/process-instance/count?processDefinitionKey=model-proposal');
  if (count > 0 && process.env.SEED !== '1') {
    log(`${count} running proposal(s) found; not seeding`);
    return;
  }
  const start = (body) => rest('commune1', 'POST', '/process-definition/key/model-proposal/submit-form', body);
  const first = await start(proposal('Camera an ninh tổ dân phố 3', 'RESIDENTIAL', 'RESIDENTIAL_AREA', '15/QĐ-UBND', 'Nguyễn Văn Tâm'));
  await start(proposal('Tổ tự quản phòng cháy chữa cháy thôn Đông', 'FIRE', 'RESIDENTIAL_AREA', '22/QĐ-UBND', 'Trần Thị Hoa'));
  await start(proposal('Cổng trường an toàn giao thông', 'TRAFFIC', 'SCHOOL', '31/QĐ-UBND', 'Lê Văn Hùng'));
  const tasks = await rest('district1', 'GET', `/task?processInstanceId=${first.id}&maxResults=100`);
  await rest('district1', 'POST', `/task/${tasks[0].id}/submit-form`, { variables: { decision: { value: 'approve' } } });
  log(`seeded three proposals; ${first.businessKey} approved by district1`);
}

// ---------------------------------------------------------------- browser helpers

export async function openBrowser({ locale = 'vi-VN' } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antq-shots-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 1000 },
  });
  ctx.setDefaultTimeout(TIMEOUT);
  const page = ctx.pages()[0] || (await ctx.newPage());
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const close = async () => {
    await ctx.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { page, close };
}

export async function login(page, app, user) {
  await page.goto(`${BASE}/camunda/app/${app}/`, { waitUntil: 'networkidle' });
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((u) => !String(u).includes('/login'));
  await page.waitForLoadState('networkidle');
  log(`${user} logged into ${app}`);
}

export async function shot(page, name) {
  await page.waitForLoadState('networkidle');
  await page.mouse.move(720, 995); // off any row or link, so no hover effects show
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  log('wrote', path.relative(process.cwd(), file));
}

// form-js updates its state a moment after input; setting fields too fast loses values,
// so set a field, leave it, and check the value stuck.
export async function setField(page, locator, value) {
  for (let i = 0; i < 5; i++) {
    await locator.fill(value);
    await locator.blur();
    await page.waitForTimeout(350);
    if ((await locator.inputValue()) === value) return;
  }
  throw new Error(`could not set ${locator} to ${value}`);
}

export async function choose(page, formPrefix, key, label) {
  await page.locator(`[id$="${formPrefix}_${key}-display"]`).click();
  await page.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
}

export async function openFilter(page, name) {
  await page.locator('.task-filter', { hasText: name }).first().click();
  await page.waitForLoadState('networkidle');
}

// Open the first task in the list whose card shows taskName; claim it if Tasklist asks.
// `match` narrows the card further (e.g. a model code shown on it); `ready` is what must be
// enabled in the form before it counts as loaded.
export async function openTask(page, taskName, { match, ready = '.fjs-form-field-radio input:not([disabled])' } = {}) {
  let card = page.locator('.tasks-list .task', { hasText: taskName });
  if (match) card = card.filter({ hasText: match });
  card = card.first();
  await card.waitFor();
  await card.locator('h4 a').first().click();
  const form = page.locator('.task-details .fjs-form');
  await form.waitFor();
  await page.waitForLoadState('networkidle');
  const claim = page.locator('.task-details button.claim');
  if (await claim.isVisible()) {
    await claim.click();
    await page.waitForLoadState('networkidle');
    await page.locator('.task-details button.claim').waitFor({ state: 'hidden' });
    log('claimed', taskName);
  }
  await form.waitFor();
  await page.locator(`.task-details ${ready}`).first().waitFor();
}

// ---------------------------------------------------------------- a. start form (commune1)

async function startForm() {
  const { page, close } = await openBrowser();
  try {
    await login(page, 'tasklist', 'commune1');
    await page.locator('.task-filter').first().waitFor();
    await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
    await page.locator('.modal-dialog').waitFor();
    await page.locator('.modal-dialog').getByText('Đề xuất mô hình').first().click();
    await page.locator('.modal-dialog .fjs-form').waitFor();
    await page.waitForLoadState('networkidle');

    const f = (k) => page.locator(`[id$="ProposalStart_${k}"]`);
    await setField(page, f('modelName'), 'Tổ an ninh xung kích thôn Tân Mỹ');
    await choose(page, 'ProposalStart', 'field', 'An ninh, trật tự khu dân cư');
    await choose(page, 'ProposalStart', 'hostType', 'Khu dân cư');
    await setField(page, f('decisionNo'), '47/QĐ-UBND');
    const date = page.locator('[id$="ProposalStart_foundedOn-date"]');
    await date.fill('15/04/2025');
    await date.press('Enter');
    await setField(page, f('leaderName'), 'Phạm Thị Lan');
    await setField(page, f('leaderPhone'), '0987 654 321');
    await setField(page, f('members'), '15');
    await setField(page, f('funding'), 'Ngân sách xã và xã hội hóa');
    await setField(page, f('goals'), 'Giữ gìn an ninh trật tự, phòng ngừa trộm cắp tài sản trong thôn.');
    await setField(page, f('activities'), 'Tuần tra ban đêm; tuyên truyền pháp luật; phối hợp với Công an xã.');
    await page.locator('.modal-dialog h2', { hasText: 'Đề xuất mô hình' }).scrollIntoViewIfNeeded();
    await shot(page, 'tasklist-start-form.png');

    const startButton = page.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ });

    // members = 0: the form itself (form-js, min 1) blocks it before anything is sent.
    await setField(page, f('members'), '0');
    await f('members').scrollIntoViewIfNeeded();
    const blocked = await startButton.isDisabled();
    log(`members = 0: Start button ${blocked ? 'disabled (client-side validation)' : 'enabled'}`);
    const own = page.locator('.modal-dialog .fjs-form-field-error', { hasText: 'Giá trị phải lớn hơn hoặc bằng 1.' });
    await own.first().waitFor({ timeout: 5000 }).catch(() => failures.push('form-js\'s own message for members = 0 is not in Vietnamese'));
    await shot(page, 'tasklist-start-members0.png');
    if (!blocked) {
      await startButton.click();
      await page.locator('.modal-dialog .alert-danger:visible').first().waitFor();
      log('members = 0 refusal:', (await page.locator('.modal-dialog .alert-danger:visible').first().innerText()).replace(/\s+/g, ' '));
      await page.locator('.modal-dialog .alert-danger:visible').first().scrollIntoViewIfNeeded();
      await shot(page, 'tasklist-start-refused.png');
    } else {
      // Something the form lets through but the server refuses: a phone that is no number.
      await setField(page, f('members'), '15');
      await setField(page, f('leaderPhone'), 'gọi Zalo');
      await startButton.click();
      const alert = page.locator('.modal-dialog .alert-danger:visible').first();
      await alert.waitFor();
      const refusal = (await alert.locator('.message').innerText()).replace(/\s+/g, ' ').trim();
      log('server refusal:', refusal);
      // one Vietnamese sentence naming the field: none of the engine's English, no ids, no field key
      const expected = 'Số điện thoại người phụ trách: không phải số điện thoại hợp lệ (8–19 chữ số, có thể bắt đầu bằng +).';
      if (refusal !== expected) failures.push(`the refusal reads "${refusal}", not "${expected}"`);
      const marked = page.locator('.modal-dialog .fjs-form-field.fjs-has-errors', { hasText: 'Số điện thoại người phụ trách' });
      if (!(await marked.isVisible())) failures.push('the refused field is not marked in the form');
      await alert.scrollIntoViewIfNeeded();
      await shot(page, 'tasklist-start-refused.png');
      await setField(page, f('leaderPhone'), '0987 654 321');
    }

    // A valid one goes through.
    await setField(page, f('members'), '15');
    const before = (await rest('commune1', 'GET', '/process-instance/count?processDefinitionKey=model-proposal')).count;
    await startButton.click();
    await page.locator('.modal-dialog').waitFor({ state: 'hidden' });
    await page.waitForLoadState('networkidle');
    const after = (await rest('commune1', 'GET', '/history/process-instance?processDefinitionKey=model-proposal&sortBy=startTime&sortOrder=desc&maxResults=1'));
    const count = (await rest('commune1', 'GET', '/process-instance/count?processDefinitionKey=model-proposal')).count;
    log(`valid proposal started: instances ${before} -> ${count}, newest business key ${after[0]?.businessKey}`);
    if (count !== before + 1) problems.push(`valid start did not create an instance (${before} -> ${count})`);
    await shot(page, 'tasklist-start-done.png');
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- b./c. review and approval

async function reviewForm(user, filterName, taskName, file) {
  const { page, close } = await openBrowser();
  try {
    await login(page, 'tasklist', user);
    await page.locator('.task-filter').first().waitFor();
    await openFilter(page, filterName);
    await openTask(page, taskName);
    await page.locator('.task-details .fjs-form h2').first().scrollIntoViewIfNeeded();
    await shot(page, `${file}.png`);
    if (user.startsWith('province')) {
      // the province reads the district's review before deciding
      const opinion = page.locator('.task-details .fjs-form', { hasText: 'Ý kiến Công an huyện' });
      if (!(await opinion.isVisible()) || !(await opinion.innerText()).includes('Đồng ý, trình cấp tỉnh')) {
        failures.push('the approval form does not show the district\'s review');
      }
    }
    await page.locator('.task-details .fjs-form-field-radio').last().scrollIntoViewIfNeeded();
    await shot(page, `${file}-decision.png`);
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- d./e. Cockpit

async function cockpit(user) {
  const { page, close } = await openBrowser();
  try {
    await login(page, 'cockpit', user);
    await page.getByText('Phiên bản quy trình đang chạy').first().waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, `cockpit-dashboard-${user}.png`);

    await page.locator('a[href="#/processes"]').first().click();
    await page.locator('.processes-dashboard a', { hasText: 'Đề xuất mô hình' }).first().click();
    await page.locator('.djs-container .djs-shape').first().waitFor();
    await page.locator('table tbody tr', { hasText: 'QB-' }).first().waitFor();
    await page.locator('.djs-overlay .badge').first().waitFor(); // running-instance counts
    await page.waitForLoadState('networkidle');
    await shot(page, 'cockpit-process.png');

    // The instance waiting at the province (the oldest, approved by the district).
    const row = page.locator('table tbody tr', { hasText: 'QB-2026-0001' }).first();
    const target = (await row.count()) ? row : page.locator('table tbody tr', { hasText: 'QB-' }).last();
    const link = target.locator('td.instance-id a[href^="#/process-instance/"]').first();
    const instanceId = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(new RegExp(`process-instance/${instanceId}`));
    await page.locator('.ctn-sidebar, .ctn-column').getByText(instanceId).first().waitFor();
    await page.locator('.djs-container .djs-shape').first().waitFor();
    await page.locator('.djs-overlay .badge').first().waitFor(); // where the token waits
    await page.locator('table tbody tr', { hasText: 'modelName' }).first().waitFor(); // Variables tab
    await page.waitForLoadState('networkidle');
    log('instance view of', instanceId);
    await shot(page, 'cockpit-instance.png');

    // Who holds the waiting task: the User Tasks tab (needs READ on tasks).
    await page.locator('.ctn-tabbed-content .nav-tabs a, ul.nav-tabs a', { hasText: 'Công việc người dùng' }).first().click();
    await page.waitForLoadState('networkidle');
    await page.locator('.ctn-tabbed-content .tab-pane .loader-state:not(.loading), .ctn-tabbed-content .tab-pane table').first().waitFor().catch(() => {});
    await shot(page, `cockpit-instance-usertasks-${user}.png`);
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- main

// Run only when started as a script; take-lifecycle.mjs imports the helpers above.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // ONLY=cockpit (or start, review, approval) runs one part.
  const only = process.env.ONLY;
  const run = (part) => !only || only.split(',').includes(part);
  await seedIfEmpty();
  if (run('start')) await startForm();
  if (run('review')) await reviewForm('district1', 'Việc của Huyện Lệ Thủy', 'Thẩm định đề xuất (Công an huyện)', 'tasklist-review-form');
  if (run('approval')) await reviewForm('province1', 'Việc của Tỉnh Quảng Bình', 'Phê duyệt mô hình (Công an tỉnh)', 'tasklist-approval-form');
  if (run('cockpit')) await cockpit(COCKPIT_USER);

  if (problems.length) {
    log('noticed while browsing:');
    for (const p of [...new Set(problems)]) log('  ' + p);
  }
  if (failures.length) {
    console.error('FAILED:\n- ' + failures.join('\n- '));
    process.exit(1);
  }
}
