// The register and the movement's summary in the browser (README.md, "The register and the
// summary"): commune1 proposes a model in Tasklist and is told its code, opens the model's page
// and finds the model in the register by a search without diacritics; the supervisor reads
// "Báo cáo phong trào" in Cockpit, drills down to a district and a commune, downloads the Excel
// file and follows a number to the register. Exit code 1 if any of it does not happen.
// Usage: BASE_URL=http://localhost:8091 node tools/screenshots/take-register.mjs

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { BASE, choose, log, login, openBrowser, problems, rest, setField, shot } from './take.mjs';
import { api } from './take-lifecycle.mjs';

const failures = [];
const RUN = `${Date.now() % 100000}`;
const NAME = `Tổ tự quản an ninh thôn Lộc Thủy ${RUN}`;
const SUPERVISOR = process.env.COCKPIT_USER || 'supervisor';
const vi = (n) => Number(n).toLocaleString('vi-VN');
const ddmmyyyy = (iso) => iso.split('-').reverse().join('/');

function must(condition, what) {
  if (!condition) failures.push(what);
  return condition;
}

/** A located element that must show up; a failure is recorded instead of thrown when it does not. */
async function visible(locator, what, timeout = 15000) {
  try {
    await locator.first().waitFor({ timeout });
    return true;
  } catch (e) {
    failures.push(`${what}: not shown`);
    return false;
  }
}

/** The entries of a zip file (an xlsx), read from its central directory. */
function unzip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no zip central directory');
  const entries = new Map();
  let at = buffer.readUInt32LE(end + 16);
  for (let i = buffer.readUInt16LE(end + 10); i > 0; i--) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : data);
    at += 46 + skip;
  }
  return entries;
}

async function download(page, link, what) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), link.click()]);
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'antq-dl-')), file.suggestedFilename() || 'file');
  try {
    await file.saveAs(target);
  } catch (e) {
    failures.push(`${what}: the download failed (${e.message.split('\n')[0]}, ${file.url()})`);
    return Buffer.alloc(0);
  }
  const bytes = fs.readFileSync(target);
  log(`${what}: ${file.suggestedFilename()} (${bytes.length} bytes)`);
  must(bytes.subarray(0, 2).toString() === 'PK', `${what} is not an xlsx file (no zip header)`);
  return bytes;
}

// ---------------------------------------------------------------- 1. commune1 proposes

async function propose() {
  const { page, close } = await openBrowser();
  try {
    await login(page, 'tasklist', 'commune1');
    const header = page.locator('a.antq-register-link');
    if (await visible(header, 'Tasklist\'s header entry "Sổ mô hình"')) {
      must((await header.innerText()).includes('Sổ mô hình'), 'the header entry does not read "Sổ mô hình"');
    }
    await page.getByText('Bắt đầu quy trình', { exact: true }).first().click();
    await page.locator('.modal-dialog').getByText('Đề xuất mô hình').first().click();
    await page.locator('.modal-dialog .fjs-form').waitFor();
    await page.waitForLoadState('networkidle');
    const f = (k) => page.locator(`[id$="ProposalStart_${k}"]`);
    await setField(page, f('modelName'), NAME);
    await choose(page, 'ProposalStart', 'field', 'An ninh, trật tự khu dân cư');
    await choose(page, 'ProposalStart', 'hostType', 'Khu dân cư');
    await setField(page, f('decisionNo'), `${RUN}/QĐ-UBND`);
    const date = page.locator('[id$="ProposalStart_foundedOn-date"]');
    await date.fill('15/04/2025');
    await date.press('Enter');
    await setField(page, f('leaderName'), 'Phạm Thị Lan');
    await setField(page, f('leaderPhone'), '0987 654 321');
    await setField(page, f('members'), '15');
    await setField(page, f('funding'), 'Ngân sách xã và xã hội hóa');
    await setField(page, f('goals'), 'Giữ gìn an ninh trật tự, phòng ngừa trộm cắp tài sản trong thôn.');
    await setField(page, f('activities'), 'Tuần tra ban đêm; tuyên truyền pháp luật.');
    await page.locator('.modal-footer button', { hasText: /^\s*Bắt đầu\s*$/ }).click();
    await page.locator('.modal-dialog').waitFor({ state: 'hidden' });

    const notice = page.locator('.antq-proposal-notice');
    if (!(await visible(notice.filter({ hasText: 'Mã mô hình:' }), 'the notice with the new model\'s code', 20000))) {
      if (await notice.count()) failures.push(`the notice reads: ${await notice.first().innerText()}`);
      return null;
    }
    const code = (await notice.locator('.antq-model-code').innerText()).trim();
    const [newest] = await rest('commune1', 'GET', '/history/process-instance?processDefinitionKey=model-proposal&sortBy=startTime&sortOrder=desc&maxResults=1');
    log(`notice: ${(await notice.innerText()).replace(/\s+/g, ' ')}; newest proposal ${newest.businessKey}`);
    must(code === newest.businessKey, `the notice says ${code}, the proposal's business key is ${newest.businessKey}`);
    must(await notice.getByRole('link', { name: 'Xem trang mô hình' }).isVisible(), 'the notice has no link to the model\'s page');
    await shot(page, 'tasklist-proposal-code.png');

    // the model's page, from the notice
    await notice.getByRole('link', { name: 'Xem trang mô hình' }).click();
    await page.waitForURL(/mo-hinh\.html\?code=/);
    await visible(page.locator('#model-code'), 'the model page\'s code');
    must((await page.locator('#model-code').innerText()).trim() === code, 'the model page shows another code');
    must((await page.locator('#model-name').innerText()).trim() === NAME, 'the model page shows another name');
    const labels = await api('commune1', 'GET', '/api/labels');
    const proposed = labels.status.PROPOSED;
    const status = page.locator('.antq-status').first();
    must((await status.innerText()).trim() === proposed, `the model's status reads "${await status.innerText()}", not "${proposed}"`);
    const history = page.locator('#history tbody tr');
    await visible(history, 'the model\'s history');
    const first = (await history.first().innerText()).replace(/\s+/g, ' ');
    log('history:', first);
    must(first.includes('Nguyễn Văn An'), 'the first history entry does not name commune1 (Nguyễn Văn An)');
    await shot(page, 'model-page.png');

    // the register, searched without diacritics
    await page.getByRole('link', { name: '‹ Sổ mô hình' }).click();
    await page.locator('#total', { hasText: /Tìm thấy|Không có/ }).waitFor();
    await page.locator('#q').fill(`loc thuy ${RUN}`);
    await page.locator('#filters button[type=submit]').click();
    await page.waitForURL(/[?&]q=loc/).catch(() => failures.push(`the search is not in the address (${page.url()})`));
    const row = page.locator('#register tbody tr', { hasText: code });
    if (await visible(row, `the register's row of ${code} found by "loc thuy ${RUN}"`)) {
      must((await row.innerText()).includes(NAME), 'the register\'s row does not show the name with its diacritics');
    }
    await page.locator('#q').fill('Loc Thuy');
    await page.locator('#filters button[type=submit]').click();
    await page.waitForURL(/q=Loc\+Thuy$/).catch(() => failures.push(`the second search is not in the address (${page.url()})`));
    await page.locator('#total', { hasText: 'Tìm thấy' }).waitFor().catch(() => failures.push('"Loc Thuy" finds nothing in the register'));
    await shot(page, 'register.png');
    const bytes = await download(page, page.locator('#xlsx'), 'the register\'s Excel file');
    if (bytes.subarray(0, 2).toString() === 'PK') unzip(bytes); // readable as a zip
    return code;
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- 2. the supervisor in Cockpit

async function summary() {
  const { page, close } = await openBrowser();
  try {
    await login(page, 'cockpit', SUPERVISOR);
    await page.locator('a.antq-nav-summary').first().click();
    await page.waitForURL(/#\/bao-cao-phong-trao/);
    const figure = page.locator('.antq-fig-models .antq-figure-value a');
    if (!(await visible(figure, 'the summary\'s figures in Cockpit', 30000))) return;
    const expected = await api(SUPERVISOR, 'GET', '/api/reports/summary');
    must((await figure.innerText()).trim() === vi(expected.models), `models: the page shows ${await figure.innerText()}, the API ${expected.models}`);
    must((await page.locator('.antq-fig-points .antq-figure-value').innerText()).trim() === vi(expected.points), 'points differ from the API');
    await page.locator('.antq-chart canvas').first().waitFor().catch(() => failures.push('no chart drawn'));
    await page.waitForTimeout(500); // the charts' first frame
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await shot(page, 'summary-cockpit.png');

    // down to a district, then a commune, and back up
    const district = expected.children[0];
    await page.locator('.antq-children button.antq-drill', { hasText: district.unitName }).click();
    const current = page.locator('.antq-breadcrumb [aria-current="page"]');
    await visible(current.filter({ hasText: district.unitName }), `the drill-down to ${district.unitName}`);
    const commune = (await api(SUPERVISOR, 'GET', `/api/reports/summary?unit=${district.unitCode}`)).children[0];
    await page.locator('.antq-children').first().waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'summary-drilldown.png');
    await page.locator('.antq-children button.antq-drill', { hasText: commune.unitName }).click();
    await visible(current.filter({ hasText: commune.unitName }), `the drill-down to ${commune.unitName}`);
    must(await page.locator('.antq-breadcrumb li').count() === 3, 'the breadcrumb does not read province › district › commune');
    must((await page.locator('.antq-fig-models .antq-figure-value').innerText()).trim() === vi(commune.models), `${commune.unitName}'s models differ from the API`);

    // the Excel file of the province, downloaded inside Cockpit
    await page.locator('.antq-breadcrumb button', { hasText: expected.unitName }).click();
    await visible(current.filter({ hasText: expected.unitName }), 'the way back up to the province');
    const xlsx = page.locator('.antq-summary a', { hasText: 'Tải Excel' });
    must((await xlsx.getAttribute('href')).includes(`unit=${expected.unitCode}`), 'the Excel link does not name the unit');
    const bytes = await download(page, xlsx, 'the summary\'s Excel file');
    if (bytes.subarray(0, 2).toString() === 'PK') {
      const sheets = [...unzip(bytes)].filter(([name]) => /^xl\/worksheets\/.*\.xml$/.test(name)).map(([, v]) => v.toString('utf8'));
      must(sheets.length > 0, 'the Excel file has no worksheet');
      // numbers as numbers: POI writes them as doubles (<v>38.0</v>)
      const numbers = sheets.flatMap((s) => [...s.matchAll(/<c [^>]*t="n"[^>]*><v>([^<]*)<\/v>/g)].map((m) => Number(m[1])));
      must(numbers.includes(expected.models), `the Excel file has no number cell with the number of models (${expected.models})`);
    }

    // a number leads to the register, filtered
    await page.locator('.antq-fig-models .antq-figure-value a').click();
    await page.waitForURL(/so-mo-hinh\/index\.html\?.*runningOn=/);
    const chip = page.locator('.antq-chip', { hasText: `Đang hoạt động ngày ${ddmmyyyy(expected.to)}` });
    await visible(chip, 'the register\'s chip "Đang hoạt động ngày …"');
    await visible(page.locator('#total', { hasText: /Tìm thấy|Không có/ }), 'the filtered register\'s total');
    // the models figure lists the models themselves, each once, as many as the figure says
    await visible(page.locator('.antq-chip', { hasText: 'mỗi mô hình một lần' }), 'the register\'s chip of the models');
    must(/asModels=true/.test(page.url()), 'the models figure does not ask for the models (asModels)');
    must((await page.locator('#total').innerText()).startsWith(`Tìm thấy ${vi(expected.models)} `),
      `the register lists ${await page.locator('#total').innerText()} for ${expected.models} models`);
    log('register from the summary:', page.url().replace(BASE, ''), '–', await page.locator('#total').innerText());
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- main

try {
  const code = await propose();
  log('proposed', code);
  await summary();
} catch (e) {
  failures.push(`stopped: ${e.message.split('\n')[0]}`);
}
const unexpected = problems.filter((p) => !/auth\/user\/default|camunda-welcome/.test(p));
if (unexpected.length) {
  log('noticed while browsing:');
  for (const p of [...new Set(unexpected)]) log('  ' + p);
}
if (failures.length) {
  console.error(`FAILED: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
log('OK: proposal code, model page, register search, summary in Cockpit with drill-down, Excel, number to register');
