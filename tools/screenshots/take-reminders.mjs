// Reminders as the process "Nhắc việc" (task-reminders) sends them: a commune's proposal waits for
// the district's review; its due date is brought forward to tomorrow (Tasklist's "Đặt hạn xử lý",
// here over the same REST call as the administrator); the next sweep sends the reminder "Sắp đến
// hạn" to the district's official, once. Cockpit shows "Nhắc việc" as one process with one timer,
// and the proposal's instance without any timer of its own (cockpit-task-reminders.png).
// The sweep's timer is run at once over REST as an operator would, instead of waiting its 5 minutes.
// Exit code 1 if any of it fails.
// Usage: BASE_URL=http://localhost:8091 MAIL_DIR=data/mail-outbox node tools/screenshots/take-reminders.mjs

import fs from 'node:fs';
import path from 'node:path';
import { BASE, log, login, openBrowser, proposal, rest, shot } from './take.mjs';
import { poll } from './take-lifecycle.mjs';

const MAIL_DIR = process.env.MAIL_DIR || path.join(process.cwd(), 'data', 'mail-outbox');
const failures = [];
const must = (ok, what) => { if (!ok) failures.push(what); return ok; };

/** A moment as the engine's REST API writes it, in Vietnamese time. */
const vnTime = (ms) => new Date(ms + 7 * 3600_000).toISOString().replace('Z', '+0700');

function mailsAbout(code) {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs.readdirSync(MAIL_DIR).filter((n) => n.endsWith('.txt'))
    .map((n) => ({ name: n, text: fs.readFileSync(path.join(MAIL_DIR, n), 'utf8') }))
    .filter((m) => m.text.includes(code));
}

const { page, close } = await openBrowser();
try {
  const started = await rest('commune1', 'POST', '/process-definition/key/model-proposal/submit-form',
    proposal('Tổ an ninh xóm Đò – nhắc việc', 'RESIDENTIAL', 'RESIDENTIAL_AREA', '71/QĐ-UBND', 'Phan Văn Đò'));
  const code = started.businessKey;
  const task = (await rest('admin', 'GET', `/task?processInstanceId=${started.id}&maxResults=5`))[0];
  must((await rest('admin', 'GET', `/job/count?processInstanceId=${started.id}`)).count === 0,
    'the proposal carries jobs of its own (reminder timers?)');
  must(mailsAbout(code).length === 0, 'a reminder was sent before anything fell due');

  // the review is due tomorrow: its reminder "two days before" has fallen due
  const { name, description, assignee, owner, delegationState, priority, parentTaskId, caseInstanceId, tenantId } = task;
  await rest('admin', 'PUT', `/task/${task.id}`, { name, description, assignee, owner, delegationState, priority, parentTaskId,
    caseInstanceId, tenantId, due: vnTime(Date.now() + 86400_000), followUp: null });
  const timer = (await rest('admin', 'GET', '/job?processDefinitionKey=task-reminders&timers=true&maxResults=5'));
  must(timer.length === 1, `"Nhắc việc" should have exactly one timer, it has ${timer.length}`);
  await rest('admin', 'POST', `/job/${timer[0].id}/execute`);
  const mails = await poll(`the reminder about ${code}`, async () => {
    const m = mailsAbout(code);
    return m.length ? m : null;
  }, 60);
  log('reminder:', mails.map((m) => m.name).join(', '));
  const text = mails[0].text;
  must(/Sắp đến hạn/.test(text) && /Thẩm định đề xuất/.test(text) && /Huyện Lệ Thủy/.test(text),
    `the reminder does not say what is due where: ${text.slice(0, 300)}`);
  must(mails.every((m) => m.name.endsWith('-district1.txt')), `the reminder went to ${mails.map((m) => m.name).join(', ')}`);

  // a second sweep tells nobody again
  const again = (await rest('admin', 'GET', '/job?processDefinitionKey=task-reminders&timers=true&maxResults=5'))[0];
  await rest('admin', 'POST', `/job/${again.id}/execute`);
  await poll('the second sweep to end', async () =>
    (await rest('admin', 'GET', '/process-instance/count?processDefinitionKey=task-reminders')).count === 0 || null, 60);
  must(mailsAbout(code).length === mails.length, 'a second sweep sent the reminder again');

  // Cockpit: one process "Nhắc việc", its one timer
  await login(page, 'cockpit', 'admin');
  await page.locator('a[href="#/processes"]').first().click();
  await page.locator('.processes-dashboard a', { hasText: 'Nhắc việc' }).first().click();
  await page.locator('.djs-container .djs-shape').first().waitFor();
  await page.waitForLoadState('networkidle');
  const drawn = (await page.locator('.djs-container').innerText()).replace(/\s+/g, ' ');
  must(/Quét việc đến hạn nhắc/.test(drawn), 'Cockpit does not draw the sweep');
  await page.waitForFunction(() => !document.body.innerText.includes('Đang tải'), null, { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(500);
  await shot(page, 'cockpit-task-reminders.png');
} catch (e) {
  failures.push(`stopped: ${e.message.split('\n')[0]}`);
} finally {
  await close();
}
if (failures.length) {
  console.error(`FAILED: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
log('OK: a reminder swept and sent once, "Nhắc việc" in Cockpit');
