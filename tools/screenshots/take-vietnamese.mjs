// The webapps in Vietnamese for a Vietnamese browser (README, "Tasklist, Cockpit and Admin in
// Vietnamese"): the login (vi-login.png), Tasklist with a task open (vi-tasklist-task.png), the
// start dialog (vi-start-dialog.png) and form-js's date picker (vi-date-picker.png), Cockpit's dashboard
// (vi-cockpit.png), Admin with the end-of-life note kept for administrators (vi-admin.png), the
// Vietnamese page for a page a commune official may not open (vi-forbidden.png) and for one that
// does not exist; an English browser still gets English. Exit code 1 if any label is not there.
// Usage: BASE_URL=http://localhost:8091 node tools/screenshots/take-vietnamese.mjs

import { BASE, log, login, openBrowser, openFilter, shot } from './take.mjs';

const failures = [];

async function expectText(page, selector, text, what) {
  const found = page.locator(selector, { hasText: text }).first();
  await found.waitFor({ timeout: 15000 }).catch(() => failures.push(`${what}: no "${text}" in ${selector}`));
}

const vi = await openBrowser();
try {
  const { page } = vi;
  await page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await expectText(page, 'button[type=submit]', 'Đăng nhập', 'login');
  const placeholders = [await page.locator('input[ng-model="username"]').getAttribute('placeholder'),
    await page.locator('input[ng-model="password"]').getAttribute('placeholder')];
  if (placeholders.join('|') !== 'Tên đăng nhập|Mật khẩu') failures.push(`login placeholders: ${placeholders.join('|')}`);
  await shot(page, 'vi-login.png');

  await login(page, 'tasklist', 'district1');
  await expectText(page, '[cam-widget-header]', 'Bắt đầu quy trình', 'Tasklist header');
  if (await page.locator('.ce-eol-banner:visible').count()) failures.push('the end-of-life banner shows in Tasklist');
  // names as Vietnamese write them, family name first (district1 is Hoàng Minh Đức)
  await expectText(page, '[cam-widget-header] .account', 'Hoàng Minh Đức', 'the name in the header');
  await openFilter(page, 'Việc của Huyện Lệ Thủy');
  const card = page.locator('.tasks-list .task').first();
  await card.waitFor();
  await card.locator('h4 a').first().click();
  await page.locator('.task-details .fjs-form').waitFor();
  await expectText(page, 'body', 'Thêm ghi chú', 'the task header');
  const claim = page.locator('.task-details button.claim');
  if (await claim.isVisible()) {
    if ((await claim.innerText()).trim() !== 'Nhận việc') failures.push(`the claim button says "${await claim.innerText()}"`);
    await claim.click();
    await page.waitForLoadState('networkidle');
  }
  await expectText(page, '.task-details .nav-tabs', 'Biểu mẫu', 'the task tabs');
  await expectText(page, '.tasks-list .task', /Hạn\s+\d+\s+ngày\s+tới/, 'a due date in Vietnamese words');
  await expectText(page, '.task-details', 'Hoàng Minh Đức', 'the assignee');
  await expectText(page, '.tasks-list .task', 'Hoàng Minh Đức', 'the assignee on the task card');
  await shot(page, 'vi-tasklist-task.png');

  await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
  const dialog = page.locator('.modal-dialog');
  await dialog.waitFor();
  await expectText(page, '.modal-dialog .modal-title, .modal-dialog h3', 'Bắt đầu quy trình', 'the start dialog');
  const search = await page.locator('.modal-dialog input[type=text], .modal-dialog input[type=search]').first().getAttribute('placeholder');
  if (!/^Tìm kiếm/.test(search || '')) failures.push(`the start dialog's search says "${search}"`);
  await shot(page, 'vi-start-dialog.png');
  await expectText(page, '.modal-footer', 'Đóng', 'the start dialog');
} finally {
  await vi.close();
}

// Cockpit's dashboard as a supervisor
const supervisor = await openBrowser();
try {
  const { page } = supervisor;
  await login(page, 'cockpit', 'supervisor');
  await expectText(page, 'body', 'Phiên bản quy trình đang chạy', 'Cockpit dashboard');
  await expectText(page, '[cam-widget-header]', 'Quy trình', 'Cockpit header');
  await expectText(page, '[cam-widget-header] .account', 'Ngô Văn Khánh', 'the name in Cockpit\'s header');
  await shot(page, 'vi-cockpit.png');
} finally {
  await supervisor.close();
}

// Admin for the administrator, with the one place the end-of-life note stays
const admin = await openBrowser();
try {
  const { page } = admin;
  await login(page, 'admin', 'admin');
  await expectText(page, 'body', 'Người dùng', 'Admin dashboard');
  await expectText(page, '.ce-eol-banner', 'Camunda 8', 'the end-of-life note in Admin');
  await expectText(page, '[cam-widget-header] .account', 'Quản trị viên', 'the name in Admin\'s header');
  await shot(page, 'vi-admin.png');
  // the list of users: the family name's column before the given name's
  await page.goto(`${BASE}/camunda/app/admin/default/#/users`, { waitUntil: 'networkidle' });
  const row = page.locator('table.cam-table tbody tr', { hasText: 'district1' }).first();
  await row.waitFor();
  await page.waitForTimeout(500);
  const headers = (await page.locator('table.cam-table thead tr').first().locator('th').allInnerTexts()).map((t) => t.trim());
  const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
  log('users list:', headers.join(' | '), '—', cells.join(' | '));
  if (!/^Họ/.test(headers[1] || '') || !/^Tên/.test(headers[2] || '') || cells[1] !== 'Hoàng Minh' || cells[2] !== 'Đức') {
    failures.push(`Admin's users list: ${headers.join(' | ')} / ${cells.join(' | ')}`);
  }
  await shot(page, 'vi-admin-users.png');
} finally {
  await admin.close();
}

// a commune official in Cockpit, and a page that does not exist
const commune = await openBrowser();
try {
  const { page } = commune;
  await login(page, 'tasklist', 'commune1');
  await page.goto(`${BASE}/camunda/app/cockpit/default/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const cockpitText = await page.locator('body').innerText();
  if (/Whitelabel|Forbidden|Unauthorized/.test(cockpitText)) failures.push(`Cockpit for commune1: ${cockpitText.slice(0, 200)}`);
  await shot(page, 'vi-forbidden.png');
  log('commune1 in Cockpit sees:', cockpitText.replace(/\s+/g, ' ').slice(0, 160));
  const missing = await page.goto(`${BASE}/khong-co-trang-nay`, { waitUntil: 'networkidle' });
  if (missing.status() !== 404) failures.push(`an unknown page answered ${missing.status()}`);
  await expectText(page, 'h1', 'Không tìm thấy trang', 'the 404 page');
  const api = await page.request.get(`${BASE}/api/khong-co`);
  const body = await api.json().catch(() => ({}));
  if (api.status() !== 404 || !/^Không tìm thấy/.test(body.message || '')) failures.push(`/api/khong-co: ${api.status()} ${JSON.stringify(body)}`);
} finally {
  await commune.close();
}

// an English browser still gets English
const en = await openBrowser({ locale: 'en-US' });
try {
  await en.page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await expectText(en.page, 'button[type=submit]', 'Log in', 'the login in an English browser');
} finally {
  await en.close();
}

if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
log('Vietnamese webapps: PASS');
