// A province official imports part of the province's registry in Tasklist (README, "Onboarding"):
// province1 starts "Nhập sổ mô hình", picks a CSV of models with bad rows mixed in, reads the
// upload's quick check in the start dialog (import-start.png), opens the task with the full report
// and its refused rows (import-confirm.png), confirms, watches the batches in Cockpit
// (import-cockpit.png), and reads the final report in Tasklist (import-result.png). Exit code 1
// if any step does not happen.
// Usage: BASE_URL=http://localhost:8091 node tools/screenshots/take-import.mjs

import { BASE, log, login, openBrowser, problems, shot } from './take.mjs';
import { poll } from './take-lifecycle.mjs';

const ROWS = 1200;
const BAD = [40, 700, 1100]; // data rows with a founding date in the future
const RUN = `${Date.now() % 100000}`;
const failures = [];

function registryCsv() {
  const lines = ['Tên mô hình;Lĩnh vực;Loại nơi xây dựng;Mã xã;Ngày thành lập;Số quyết định thành lập;Người phụ trách;'
    + 'Số điện thoại người phụ trách;Số thành viên'];
  for (let i = 1; i <= ROWS; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const founded = BAD.includes(i) ? '01/01/2099' : `${day}/03/2019`;
    lines.push(`Tổ tự quản ${RUN} số ${i};An ninh, trật tự khu dân cư;Khu dân cư;QB0101;${founded};${i}/QĐ-UBND;Phan Văn Hùng;`
      + `0912${String(i).padStart(6, '0')};12`);
  }
  return Buffer.from('\uFEFF' + lines.join('\n') + '\n', 'utf8');
}

async function taskCard(page, name) {
  return poll(`the task "${name}" in Tasklist`, async () => {
    await page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
    await page.locator('.task-filter', { hasText: 'Việc của Tỉnh Quảng Bình' }).first().click();
    await page.waitForLoadState('networkidle');
    const card = page.locator('.tasks-list .task', { hasText: name }).first();
    return (await card.isVisible()) ? card : null;
  }, 90);
}

const { page, close } = await openBrowser();
try {
  await login(page, 'tasklist', 'province1');

  // the start dialog: the file is checked on upload, nothing stored yet
  await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
  await page.locator('.modal-dialog').waitFor();
  await page.locator('.modal-dialog').getByText('Nhập sổ mô hình').first().click();
  const file = page.locator('.modal-dialog input.import-file');
  await file.waitFor();
  await file.setInputFiles({ name: `so-mo-hinh-${RUN}.csv`, mimeType: 'text/csv', buffer: registryCsv() });
  await page.locator('.modal-dialog .import-sheet-group:not([hidden])').waitFor();
  await page.locator('.modal-dialog select.import-sheet').selectOption('models');
  const status = page.locator('.modal-dialog .import-upload-status');
  await page.locator('.modal-dialog .import-upload-status', { hasText: 'Đã đọc' }).waitFor({ timeout: 60000 })
    .catch(async (e) => { throw new Error(`the upload's check: "${await status.innerText()}" (${e.message})`); });
  const summary = await status.innerText();
  log('upload check:', summary);
  if (!summary.includes(`Đã đọc ${(ROWS).toLocaleString('vi-VN')} dòng`) || !summary.includes(`${BAD.length} dòng bị từ chối`)) {
    failures.push(`upload summary: ${summary}`);
  }
  await shot(page, 'import-start.png');
  await page.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ }).click();
  await page.locator('.modal-dialog').waitFor({ state: 'hidden' });

  // the check's report waits in Tasklist for the importer's decision
  const confirm = await taskCard(page, 'Xem báo cáo kiểm tra và xác nhận nhập');
  await confirm.locator('h4 a').first().click();
  await page.locator('.task-details .import-errors').waitFor();
  const refused = await page.locator('.task-details .import-errors tbody tr').count();
  const rows = await page.locator('.task-details .import-errors tbody tr td:nth-child(2)').allInnerTexts();
  log('refused rows in the report:', rows.join(', '));
  if (refused !== BAD.length || rows.join(',') !== BAD.map((r) => String(r + 1)).join(',')) {
    failures.push(`refused rows: ${rows.join(',')} (expected the Excel rows ${BAD.map((r) => r + 1).join(',')})`);
  }
  await shot(page, 'import-confirm.png');
  await page.locator('.task-details select.import-decision').selectOption('IMPORT');
  await page.locator('.task-details button', { hasText: 'Hoàn thành' }).click();
  await page.waitForLoadState('networkidle');
  log('confirmed the import');

  // Cockpit: the instance with its batches (province1 reads Cockpit, never changes anything)
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`, { waitUntil: 'networkidle' });
  const definition = page.locator('a', { hasText: 'Nhập sổ mô hình' }).first();
  await definition.waitFor();
  await definition.click();
  await page.waitForLoadState('networkidle');
  const instance = page.locator('.process-instances a[href*="process-instance/"]').first();
  await instance.waitFor({ timeout: 20000 }).catch(() => failures.push('province1 does not see its import in Cockpit'));
  if (await instance.isVisible()) {
    await instance.click();
    await page.waitForLoadState('networkidle');
    await page.locator('.djs-container').first().waitFor();
    await page.locator('.ctn-tabbed-content li, .nav-tabs li', { hasText: 'Biến' }).first().click();
    await page.getByText('processed', { exact: true }).first().waitFor({ timeout: 15000 })
      .catch(() => failures.push('the import\'s progress (processed) is not among its variables in Cockpit'));
  }
  await page.waitForTimeout(1000);
  await shot(page, 'import-cockpit.png');

  // the final report, in Tasklist
  const result = await taskCard(page, 'Xem kết quả nhập sổ');
  await result.locator('h4 a').first().click();
  await page.locator('.task-details .import-status', { hasText: 'Đã nhập xong' }).waitFor({ timeout: 30000 });
  const created = await page.locator('.task-details .import-counts tbody tr', { hasText: 'Mô hình' })
    .locator('td:nth-child(5)').innerText();
  log('result:', await page.locator('.task-details .import-status').innerText(), '— created', created);
  if (created !== (ROWS - BAD.length).toLocaleString('vi-VN')) failures.push(`created ${created}, expected ${ROWS - BAD.length}`);
  await shot(page, 'import-result.png');
  await page.locator('.task-details button', { hasText: 'Hoàn thành' }).click();
  await page.waitForLoadState('networkidle');
} finally {
  await close();
}
const unexpected = problems.filter((p) => !p.includes('/api/me')); // Cockpit's read-only check may race the page
if (unexpected.length) log('HTTP problems seen:', unexpected.join('\n'));
if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
log('import path: PASS');
