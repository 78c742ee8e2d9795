// A reorganization recorded in Tasklist (README.md, "Reorganizing units"): the administrator starts
// "Sắp xếp lại đơn vị hành chính" for Xã Phong Thủy into Xã Lộc Thủy; a unit that does not exist is
// refused naming the field; the confirmation task shows the dry run's figures; after the
// confirmation the named step moves the unit, and the register, the units and Cockpit show it.
// Changes the demo's units: run last (.ci/browser-checks does). Exit code 1 if any of it fails.
// Usage: BASE_URL=http://localhost:8091 node tools/screenshots/take-reorganization.mjs

import { BASE, log, login, openBrowser, rest, setField, shot } from './take.mjs';
import { api, poll } from './take-lifecycle.mjs';

const failures = [];
const must = (ok, what) => { if (!ok) failures.push(what); return ok; };

const { page, close } = await openBrowser();
try {
  await login(page, 'tasklist', 'admin');
  await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
  await page.locator('.modal-dialog').waitFor();
  await page.locator('.modal-dialog').getByText('Sắp xếp lại đơn vị hành chính').first().click();
  await page.locator('.modal-dialog .fjs-form').waitFor();
  await page.waitForLoadState('networkidle');
  const f = (k) => page.locator(`[id$="ReorganizationStart_${k}"]`);
  await setField(page, f('from'), 'QB0102');
  await setField(page, f('into'), 'QB9999');
  await setField(page, f('decree'), 'Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/6/2025');
  const start = page.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ });

  // a unit that does not exist: refused by the server, naming the field, and nothing started
  await start.click();
  const alert = page.locator('.modal-dialog .alert-danger:visible').first();
  await alert.waitFor({ timeout: 15000 });
  const refusal = (await alert.innerText()).replace(/\s+/g, ' ').trim();
  log('refused:', refusal);
  must(/Đơn vị sau sắp xếp/.test(refusal) && /QB9999/.test(refusal), `the refusal does not name the field and the code: ${refusal}`);
  must((await rest('admin', 'GET', '/process-instance/count?processDefinitionKey=unit-reorganization')).count === 0,
    'a refused start left an instance');

  await setField(page, f('into'), 'QB0101');
  await page.locator('.modal-dialog h2', { hasText: 'Sắp xếp lại đơn vị hành chính' }).scrollIntoViewIfNeeded();
  await shot(page, 'tasklist-reorganization-start.png');
  await start.click();
  await page.locator('.modal-dialog').waitFor({ state: 'hidden' });

  // the confirmation, with what the dry run counted
  const card = await poll('the confirmation task', async () => {
    await page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
    await page.locator('.task-filter', { hasText: 'Việc của quản trị viên' }).first().click();
    await page.waitForLoadState('networkidle');
    const c = page.locator('.tasks-list li', { hasText: 'Xem kết quả kiểm tra thử và xác nhận sắp xếp' }).first();
    return (await c.count()) ? c : null;
  }, 30);
  await card.locator('h4 a').first().click();
  await page.locator('.task-details .fjs-form').waitFor();
  const details = page.locator('.task-details');
  await details.getByText('Sáp nhập Xã Phong Thủy (QB0102) vào Xã Lộc Thủy (QB0101)').first().waitFor({ timeout: 15000 })
    .catch(() => failures.push('the confirmation does not say what is merged'));
  const dry = (await details.innerText()).replace(/\s+/g, ' ');
  log('confirmation:', dry.slice(0, 300));
  must(/Mô hình, điểm chuyển đơn vị\s*\d+/.test(dry), 'the confirmation shows no figure of the models');
  const placeholder = (await page.locator('[id$="ReorganizationConfirm_decision-display"]').innerText()).trim();
  must(placeholder === 'Chọn', `the select's placeholder reads "${placeholder}", not "Chọn"`);
  await shot(page, 'tasklist-reorganization-confirm.png');
  await page.locator('[id$="ReorganizationConfirm_decision-display"]').click();
  await page.locator('.fjs-dropdownlist-item', { hasText: 'Xác nhận sắp xếp' }).first().click();
  await details.locator('button', { hasText: 'Hoàn thành' }).click();
  await page.waitForLoadState('networkidle');

  // the named step runs as a job; then the unit is dissolved and its models are Lộc Thủy's
  const units = await poll('Xã Phong Thủy dissolved', async () => {
    const all = await api('admin', 'GET', '/api/units?all=true');
    const u = all.find((x) => x.code === 'QB0102');
    return u && u.dissolvedInto === 'QB0101' ? all : null;
  }, 60);
  must(!(await api('admin', 'GET', '/api/units')).some((u) => u.code === 'QB0102'), 'the dissolved unit is still offered');
  const phong = await api('admin', 'GET', '/api/models?size=100&unit=QB0101');
  log('Lộc Thủy now runs', phong.totalElements, 'models and points;', units.length, 'units in all');
  await page.goto(`${BASE}/so-mo-hinh/index.html?unit=QB0101`, { waitUntil: 'networkidle' });
  await page.locator('#total', { hasText: 'Tìm thấy' }).waitFor({ timeout: 15000 }).catch(() => failures.push('the register shows nothing'));
  const moved = page.locator('tbody tr', { hasText: 'Phong' }).first();
  if (must(await moved.count() > 0, 'no model of the old Phong Thủy in Lộc Thủy\'s register')) {
    await moved.locator('a').first().click();
    await page.locator('#history').waitFor();
    await page.locator('#history', { hasText: 'Sắp xếp lại đơn vị hành chính' }).waitFor({ timeout: 10000 })
      .catch(() => failures.push('the model\'s history does not show the move'));
    await page.locator('#history').scrollIntoViewIfNeeded();
    await shot(page, 'model-page-reorganized.png');
  }
} catch (e) {
  failures.push(`stopped: ${e.message.split('\n')[0]}`);
} finally {
  await close();
}
if (failures.length) {
  console.error(`FAILED: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
log('OK: reorganization in Tasklist, refused start, confirmation with figures, unit moved, history');
