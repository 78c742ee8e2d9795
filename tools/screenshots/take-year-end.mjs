// A province classifies its year in one sitting (README, "Xếp loại cuối năm"): province2 starts
// "Xếp loại cuối năm" in Tasklist, opens the list of the 500 points of Xã Cửa Tùng waiting for it
// (the application started with --antq.demo.year-end-points=500), marks every row the filter shows,
// accepts the rule's proposals, changes five rows (four with a reason, one without), completes the
// list, and reads the outcome: 499 classified, the one without a reason refused by row. Screenshots
// year-end-list.png, year-end-chosen.png, year-end-cockpit.png, year-end-result.png; the times a
// user waits are printed. Exit code 1 if any step does not happen.
// Usage: BASE_URL=http://localhost:8091 node tools/screenshots/take-year-end.mjs

import { BASE, log, login, openBrowser, problems, shot } from './take.mjs';
import { poll } from './take-lifecycle.mjs';

const WAITING = Number(process.env.YEAR_END_POINTS || 500);
const failures = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

async function taskCard(page, name) {
  return poll(`the task "${name}" in Tasklist`, async () => {
    await page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
    await page.locator('.task-filter', { hasText: 'Việc của Tỉnh Quảng Trị' }).first().click();
    await page.waitForLoadState('networkidle');
    const card = page.locator('.tasks-list .task', { hasText: name }).first();
    return (await card.isVisible()) ? card : null;
  }, 240);
}

const summaryText = (page) => page.locator('.task-details .year-end-summary').innerText();

async function waitSaved(page) {
  await poll('the chosen classes to be saved', async () => (await summaryText(page)).includes('Đã lưu lúc'), 30);
}

const { page, close } = await openBrowser();
try {
  await login(page, 'tasklist', 'province2');
  const sittingStart = Date.now();

  await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
  await page.locator('.modal-dialog').waitFor();
  await page.locator('.modal-dialog').getByText('Xếp loại cuối năm').first().click();
  await page.locator('.modal-dialog form[name="yearEndStart"]').waitFor();
  await page.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ }).click();
  await page.locator('.modal-dialog').waitFor({ state: 'hidden' });

  // the list: the first page of 50 rows, the filters, the actions
  const card = await taskCard(page, 'Xếp loại các mô hình đang chờ');
  const opening = Date.now();
  await card.locator('h4 a').first().click();
  await page.locator('.task-details .year-end-table tbody tr.year-end-row').first().waitFor();
  const opened = seconds(opening);
  log(`the list of ${WAITING} waiting classifications opened in ${opened} s`);
  const intro = await page.locator('.task-details .year-end-intro').innerText();
  if (!intro.includes(`${WAITING.toLocaleString('vi-VN')} việc đang chờ`)) failures.push(`intro: ${intro}`);
  const claim = page.locator('.task-details button.claim');
  if (await claim.isVisible()) await claim.click();
  await page.locator('button.maximize[data-region="task"]').click(); // the list wants the whole width
  await page.waitForLoadState('networkidle');
  await shot(page, 'year-end-list.png');

  // a filter narrows the list: only the rows the rule classes Yếu
  await page.locator('.task-details select.year-end-rule-filter').selectOption('WEAK');
  await page.locator('.task-details .year-end-page-info', { hasText: `${WAITING / 4} dòng theo bộ lọc` }).waitFor()
    .catch(async () => failures.push(`filter Yếu: ${await page.locator('.task-details .year-end-page-info').innerText()}`));
  await page.locator('.task-details select.year-end-rule-filter').selectOption('');
  await page.locator('.task-details .year-end-page-info', { hasText: `${WAITING} dòng theo bộ lọc` }).waitFor();

  // every row the filter shows, as the rule proposes
  const choosing = Date.now();
  await page.locator('.task-details button.year-end-mark-all').click();
  await page.locator('.task-details .year-end-selected', { hasText: `${WAITING} dòng đang được đánh dấu` }).waitFor();
  await page.locator('.task-details button.year-end-accept').click();
  await waitSaved(page);
  if (!(await summaryText(page)).startsWith(`Đã chọn xếp loại ${WAITING} / ${WAITING}`)) {
    failures.push(`after accepting all: ${await summaryText(page)}`);
  }

  // five rows changed on the first page: four with a reason, the fifth without
  const rows = page.locator('.task-details tr.year-end-row');
  const changed = [];
  for (let i = 0; i < 5; i++) {
    const row = rows.nth(i);
    const rule = await row.locator('td.year-end-rule').innerText();
    const other = rule === 'Xuất sắc' ? 'GOOD' : 'EXCELLENT';
    await row.locator('select.year-end-class').selectOption(other);
    if (i < 4) await row.locator('input.year-end-reason').fill(`Công an tỉnh đánh giá lại theo kết quả kiểm tra thực tế (${i + 1})`);
    changed.push(await row.locator('td.year-end-code').innerText());
  }
  await waitSaved(page);
  const summary = await summaryText(page);
  log('before submitting:', summary);
  if (!summary.includes('5 dòng khác xếp loại theo tiêu chí') || !summary.includes('1 dòng còn thiếu lý do')) {
    failures.push(`summary before submitting: ${summary}`);
  }
  log(`choosing ${WAITING} classes took ${seconds(choosing)} s`);
  await shot(page, 'year-end-chosen.png');

  const submitting = Date.now();
  await page.locator('.task-details button', { hasText: 'Hoàn thành' }).click();
  await page.locator('.task-details .year-end-table').waitFor({ state: 'detached', timeout: 60000 });
  log(`submitted in ${seconds(submitting)} s`);

  // Cockpit while the rows are completed one job each
  const admin = await openBrowser();
  try {
    await login(admin.page, 'cockpit', 'admin');
    await admin.page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`, { waitUntil: 'networkidle' });
    await admin.page.locator('a', { hasText: 'Xếp loại cuối năm' }).first().click();
    await admin.page.waitForLoadState('networkidle');
    await admin.page.locator('.process-instances a[href*="process-instance/"]').first().click();
    await admin.page.waitForLoadState('networkidle');
    await admin.page.locator('.djs-container').first().waitFor();
    await admin.page.waitForTimeout(1500);
    await shot(admin.page, 'year-end-cockpit.png');
  } catch (e) {
    failures.push(`Cockpit: ${e.message}`);
  } finally {
    await admin.close();
  }

  // the outcome: every row but the one without a reason
  const result = await taskCard(page, 'Xem kết quả xếp loại');
  log(`all rows recorded ${seconds(submitting)} s after submitting`);
  await result.locator('h4 a').first().click();
  const counts = page.locator('.task-details .year-end-counts');
  await counts.waitFor();
  const text = await counts.innerText();
  log('outcome:', text);
  if (!text.includes(`Đã xếp loại ${(WAITING - 1).toLocaleString('vi-VN')} dòng; bị từ chối 1 dòng`)) failures.push(`outcome: ${text}`);
  const refused = page.locator('.task-details .year-end-refused tbody tr');
  await refused.first().waitFor();
  const refusedText = await refused.first().innerText();
  if ((await refused.count()) !== 1 || !refusedText.includes(changed[4]) || !refusedText.includes('bắt buộc ghi lý do')) {
    failures.push(`refused rows: ${(await refused.allInnerTexts()).join(' | ')} (expected ${changed[4]})`);
  }
  await shot(page, 'year-end-result.png');
  await page.locator('.task-details button', { hasText: 'Hoàn thành' }).click();
  await page.waitForLoadState('networkidle');
  log(`the sitting took ${seconds(sittingStart)} s from its start to its outcome`);
} finally {
  await close();
}
const unexpected = problems.filter((p) => !p.includes('/api/me'));
if (unexpected.length) log('HTTP problems seen:', unexpected.join('\n'));
if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
log('year-end sitting: PASS');
