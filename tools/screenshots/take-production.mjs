// A province brought into service on the production profile, as its administrator and officials
// would do it (README, "Onboarding a province"): a clean start with only the administrator; the
// administrator imports one workbook through "Nhập sổ mô hình" in Tasklist (production-import-*.png);
// the imported officials set their passwords from the invitation e-mails and log in to their
// units' work (production-official-tasklist.png); the province's official reads the imported
// registry in *Sổ mô hình* (production-register.png) and its supervisor the movement's summary in
// Cockpit, with its Excel file (production-summary-cockpit.png); then the administrator merges Xã
// Cẩm Xuyên into Xã Thạch Hà through "Sắp xếp lại đơn vị hành chính" in Tasklist
// (production-reorganization-confirm.png) and Cẩm Xuyên's official finds his work and his models
// under Thạch Hà (production-reorganized-register.png). Needs the application on the postgres profile
// with an empty database; not part of .ci/run (which has no PostgreSQL server of its own).
// Usage: BASE_URL=http://localhost:18097 ADMIN_PASSWORD=... MAIL_DIR=/path/to/drop-folder \
//        WORKBOOK=so-mo-hinh.xlsx node tools/screenshots/take-production.mjs
// The workbook: java -cp <test classpath> vn.antq.models.support.ProductionWorkbook so-mo-hinh.xlsx

import fs from 'node:fs';
import path from 'node:path';
import { BASE, log, openBrowser, setField, shot } from './take.mjs';
import { poll } from './take-lifecycle.mjs';

const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const MAIL_DIR = process.env.MAIL_DIR;
const WORKBOOK = process.env.WORKBOOK;
const failures = [];

async function signIn(page, app, user, password) {
  await page.goto(`${BASE}/camunda/app/${app}/`, { waitUntil: 'networkidle' });
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((u) => !String(u).includes('/login'));
  await page.waitForLoadState('networkidle');
}

async function taskCard(page, filter, name) {
  return poll(`"${name}" in "${filter}"`, async () => {
    await page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
    await page.locator('.task-filter', { hasText: filter }).first().click();
    await page.waitForLoadState('networkidle');
    const card = page.locator('.tasks-list .task', { hasText: name }).first();
    return (await card.isVisible()) ? card : null;
  }, 120);
}

function invitationToken(login) {
  const files = fs.readdirSync(MAIL_DIR).filter((n) => n.endsWith(`-${login}.txt`));
  if (!files.length) return null;
  const m = fs.readFileSync(path.join(MAIL_DIR, files[files.length - 1]), 'utf8').match(/dat-mat-khau\.html#([A-Za-z0-9_-]{43})/);
  return m ? m[1] : null;
}

const admin = await openBrowser();
try {
  const { page } = admin;
  await signIn(page, 'tasklist', 'admin', ADMIN_PASSWORD);
  await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
  await page.locator('.modal-dialog').getByText('Nhập sổ mô hình').first().click();
  await page.locator('.modal-dialog input.import-file').setInputFiles(WORKBOOK);
  await page.locator('.modal-dialog .import-upload-status', { hasText: 'Đã đọc' }).waitFor({ timeout: 60000 });
  log('upload check:', await page.locator('.modal-dialog .import-upload-status').innerText());
  await shot(page, 'production-import-start.png');
  await page.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ }).click();
  await page.locator('.modal-dialog').waitFor({ state: 'hidden' });

  const confirm = await taskCard(page, 'Việc của quản trị viên', 'Xem báo cáo kiểm tra và xác nhận nhập');
  await confirm.locator('h4 a').first().click();
  await page.locator('.task-details .import-counts').waitFor();
  log('refused:', (await page.locator('.task-details .import-errors tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')).join(' | '));
  await shot(page, 'production-import-confirm.png');
  await page.locator('.task-details select.import-decision').selectOption('IMPORT');
  await page.locator('.task-details button', { hasText: 'Hoàn thành' }).click();
  await page.waitForLoadState('networkidle');

  const started = Date.now();
  const result = await taskCard(page, 'Việc của quản trị viên', 'Xem kết quả nhập sổ');
  await result.locator('h4 a').first().click();
  await page.locator('.task-details .import-status', { hasText: 'Đã nhập xong' }).waitFor({ timeout: 60000 });
  const counts = await page.locator('.task-details .import-counts tbody tr').allInnerTexts();
  log(`imported within ${Math.round((Date.now() - started) / 1000)} s of the confirmation:`, counts.map((t) => t.replace(/\s+/g, ' ')).join(' | '));
  await shot(page, 'production-import-result.png');
  await page.locator('.task-details button', { hasText: 'Hoàn thành' }).click();
  await page.waitForLoadState('networkidle');
} finally {
  await admin.close();
}

// the officials the workbook named set their passwords and start work
const passwords = {};
for (const [login, filter] of [['htthachha', 'Việc của Xã Thạch Hà'], ['htcatinh', 'Việc của Tỉnh Hà Tĩnh']]) {
  const token = await poll(`the invitation of ${login}`, async () => invitationToken(login), 90);
  const b = await openBrowser();
  try {
    const { page } = b;
    const password = `Mat-khau-${login}-2026`;
    passwords[login] = password;
    await page.goto(`${BASE}/dat-mat-khau.html#${token}`, { waitUntil: 'networkidle' });
    await page.fill('#password', password);
    await page.fill('#passwordAgain', password);
    await page.click('button[type=submit]');
    await page.locator('#answer.done').waitFor();
    await signIn(page, 'tasklist', login, password);
    await page.locator('.task-filter', { hasText: filter }).first().waitFor({ timeout: 15000 })
      .catch(() => failures.push(`${login} has no filter "${filter}"`));
    log(`${login} logged in; filters:`, (await page.locator('.task-filter').allInnerTexts()).join(', '));
    if (login === 'htthachha') await shot(page, 'production-official-tasklist.png');
  } finally {
    await b.close();
  }
}

// the province's official reads the imported registry in Sổ mô hình
{
  const b = await openBrowser();
  try {
    const { page } = b;
    await signIn(page, 'tasklist', 'htcatinh', passwords.htcatinh);
    await page.locator('a', { hasText: 'Sổ mô hình' }).first().click();
    await page.waitForURL(/so-mo-hinh/);
    await page.locator('#total', { hasText: 'Tìm thấy' }).waitFor({ timeout: 20000 })
      .catch(() => failures.push('the register shows no entry of the imported province'));
    const total = await page.locator('#total').innerText();
    log('htcatinh\'s register:', total);
    if (!/Tìm thấy 10 /.test(total)) failures.push(`the register should list the 10 imported entries: ${total}`);
    await shot(page, 'production-register.png');
  } finally {
    await b.close();
  }
}

// its supervisor sets a password, and produces the province's yearly summary as Excel without leaving Cockpit
{
  const token = await poll('the invitation of htgiamsat', async () => invitationToken('htgiamsat'), 90);
  const b = await openBrowser();
  try {
    const { page } = b;
    const password = 'Mat-khau-htgiamsat-2026';
    await page.goto(`${BASE}/dat-mat-khau.html#${token}`, { waitUntil: 'networkidle' });
    await page.fill('#password', password);
    await page.fill('#passwordAgain', password);
    await page.click('button[type=submit]');
    await page.locator('#answer.done').waitFor();
    await signIn(page, 'cockpit', 'htgiamsat', password);
    await page.locator('a.antq-nav-summary').first().click();
    const figure = page.locator('.antq-fig-points .antq-figure-value');
    await figure.waitFor({ timeout: 30000 });
    const points = (await figure.innerText()).trim();
    log('htgiamsat\'s summary in Cockpit: points', points, '– models', (await page.locator('.antq-fig-models .antq-figure-value').innerText()).trim());
    if (points !== '10') failures.push(`the summary should count the 10 running places of Hà Tĩnh, it shows ${points}`);
    await page.locator('.antq-chart canvas').first().waitFor().catch(() => failures.push('no chart drawn'));
    await page.waitForTimeout(500);
    await shot(page, 'production-summary-cockpit.png');
    const href = await page.locator('.antq-summary a', { hasText: 'Tải Excel' }).getAttribute('href');
    const file = await page.request.get(new URL(href, page.url()).toString());
    const bytes = await file.body();
    log('the summary as Excel:', file.status(), file.headers()['content-disposition'], bytes.length, 'bytes');
    if (file.status() !== 200 || bytes.subarray(0, 2).toString() !== 'PK') failures.push('the summary\'s Excel file is not a workbook');
  } finally {
    await b.close();
  }
}

// the administrator merges Xã Cẩm Xuyên into Xã Thạch Hà, as a decree would say it
{
  const b = await openBrowser();
  try {
    const { page } = b;
    await signIn(page, 'tasklist', 'admin', ADMIN_PASSWORD);
    await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
    await page.locator('.modal-dialog').getByText('Sắp xếp lại đơn vị hành chính').first().click();
    await page.locator('.modal-dialog .fjs-form').waitFor();
    await page.waitForLoadState('networkidle');
    const f = (k) => page.locator(`[id$="ReorganizationStart_${k}"]`);
    await setField(page, f('from'), 'HT0002');
    await setField(page, f('into'), 'HT0001');
    await setField(page, f('decree'), 'Nghị quyết số 1665/NQ-UBTVQH15 ngày 16/6/2025');
    await page.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ }).click();
    await page.locator('.modal-dialog').waitFor({ state: 'hidden' });
    const card = await taskCard(page, 'Việc của quản trị viên', 'Xem kết quả kiểm tra thử và xác nhận sắp xếp');
    await card.locator('h4 a').first().click();
    const details = page.locator('.task-details');
    await details.getByText('Sáp nhập Xã Cẩm Xuyên (HT0002) vào Xã Thạch Hà (HT0001)').first().waitFor({ timeout: 15000 })
      .catch(() => failures.push('the confirmation does not name the units'));
    const dry = (await details.innerText()).replace(/\s+/g, ' ');
    log('confirmation:', dry.slice(0, 400));
    if (!/Mô hình, điểm chuyển đơn vị\s*[1-9]/.test(dry)) failures.push('the dry run counts no model of Cẩm Xuyên');
    await shot(page, 'production-reorganization-confirm.png');
    await page.locator('[id$="ReorganizationConfirm_decision-display"]').click();
    await page.locator('.fjs-dropdownlist-item', { hasText: 'Xác nhận sắp xếp' }).first().click();
    await details.locator('button', { hasText: 'Hoàn thành' }).click();
    await page.waitForLoadState('networkidle');
    await poll('Xã Cẩm Xuyên dissolved', async () => {
      const r = await page.request.get(`${BASE}/api/units?all=true`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
      const u = r.ok() ? (await r.json()).find((x) => x.code === 'HT0002') : null;
      return u && u.dissolvedInto === 'HT0001' ? u : null;
    }, 90);
    log('Xã Cẩm Xuyên is dissolved into Xã Thạch Hà');
  } finally {
    await b.close();
  }
}

// Cẩm Xuyên's official sets his password and works for Thạch Hà: its filter, its register with his models in it
{
  const token = await poll('the invitation of htcamxuyen', async () => invitationToken('htcamxuyen'), 90);
  const b = await openBrowser();
  try {
    const { page } = b;
    const password = 'Mat-khau-htcamxuyen-2026';
    await page.goto(`${BASE}/dat-mat-khau.html#${token}`, { waitUntil: 'networkidle' });
    await page.fill('#password', password);
    await page.fill('#passwordAgain', password);
    await page.click('button[type=submit]');
    await page.locator('#answer.done').waitFor();
    await signIn(page, 'tasklist', 'htcamxuyen', password);
    await page.locator('.task-filter', { hasText: 'Việc của Xã Thạch Hà' }).first().waitFor({ timeout: 15000 })
      .catch(() => failures.push('htcamxuyen has no filter "Việc của Xã Thạch Hà"'));
    const filters = (await page.locator('.task-filter').allInnerTexts()).join(', ');
    log('htcamxuyen\'s filters:', filters);
    if (filters.includes('Cẩm Xuyên')) failures.push(`the dissolved unit's filter is still shown: ${filters}`);
    await page.locator('a', { hasText: 'Sổ mô hình' }).first().click();
    await page.waitForURL(/so-mo-hinh/);
    await page.locator('#total', { hasText: 'Tìm thấy' }).waitFor({ timeout: 20000 });
    const rows = (await page.locator('tbody tr').allInnerTexts()).join(' | ');
    log('htcamxuyen\'s register:', await page.locator('#total').innerText());
    if (!rows.includes('Giáo xứ bình yên') || !rows.includes('Trường học an toàn')) {
      failures.push('Cẩm Xuyên\'s and Thạch Hà\'s models are not both in the register');
    }
    if (rows.includes('Xã Cẩm Xuyên')) failures.push('a row still names Xã Cẩm Xuyên as its unit');
    await shot(page, 'production-reorganized-register.png');
  } finally {
    await b.close();
  }
}

if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
log('production onboarding and reorganization: PASS');
