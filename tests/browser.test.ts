// The curation page in a real browser: headless Chromium (Debian's, driven by playwright-core)
// against the real server on an ephemeral port. An editor signs in with the token, finds one of
// two actors that are one man, merges the other into him through the form, with a reason, using
// the keyboard; then the bot's /who answers with the merged profile. The actor page is saved as
// test-artifacts/actor-page.png (and, with UPDATE_DOCS_SCREENSHOT=1, as docs/actor-page.png).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { answerLine } from '../src/dispatch.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { renderText } from '../src/render/text.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { startWeb, type WebServer } from '../src/web/index.ts';
import { writeWebStories } from './support/web-stories.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'browser-test-token-0123456789';
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) console.warn(`tests/browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it in CI)`);

describe.skipIf(!hasChromium)('curation page in headless Chromium', () => {
  let dir: string;
  let store: Store;
  let web: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-browser-'));
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    writeWebStories(articles);
    store = openStore(join(dir, 'index.db'));
    expect((await ingestPaths(store, [articles])).added).toBe(2);
    [web, browser] = await Promise.all([
      startWeb({ store, token: TOKEN, host: '127.0.0.1', port: 0 }),
      chromium.launch({
        executablePath: CHROMIUM,
        // the machine's network is closed: nothing may reach out at start
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an editor merges two actors through the form, by keyboard, and /who then answers with the merged profile', async () => {
    const started = Date.now();
    const najeem = store.listActors().find((a) => a.name === 'Najeem Almasri')!;
    const osama = store.listActors().find((a) => a.name === 'Osama Almasri')!;
    // the extractor keeps them apart: two actors before the editor steps in
    expect(najeem).toBeDefined();
    expect(osama).toBeDefined();
    expect(najeem.id).not.toBe(osama.id);
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // a step that does not happen fails in seconds, naming itself, rather than at the test's timeout
    page.setDefaultTimeout(5000);

    // no token, no page
    const refused = await page.goto(`${web.url}/actors/${najeem.id}`);
    expect(refused!.status()).toBe(401);
    await page.getByRole('link', { name: 'Sign in' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/login\?next=/);

    // the token field has focus: type the token, Enter signs in and goes back to the page asked for
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('token');
    await page.keyboard.type(TOKEN);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.url}/actors/${najeem.id}`);

    // search for him from the top bar, and open his page from the results
    await page.goto(`${web.url}/`);
    await page.getByRole('searchbox', { name: 'Search' }).first().focus();
    await page.keyboard.type('Najeem Almasri');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/\?q=Najeem/);
    await page.getByRole('link', { name: 'Najeem Almasri', exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.url}/actors/${najeem.id}`);
    expect(await page.locator('h1').textContent()).toBe('Najeem Almasri');
    expect(await page.locator('svg.timeline a.mark').count()).toBe(3);

    // the skip link is the first stop of the keyboard
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');

    // open the merge form (a <details>: Enter on its summary), fill it in, and send it with Enter
    const summary = page.locator('summary', { hasText: 'Merge another actor into this one' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('other');
    await page.keyboard.type('Osama Almasri');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('why');
    await page.keyboard.type('One man: the warrant names him Osama Almasri Najeem');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/actors/${najeem.id}\\?done=\\d+$`));

    await expect.poll(() => page.getByRole('status').textContent()).toContain('Osama Almasri and Najeem Almasri are one actor, Najeem Almasri.');
    expect(await page.locator('.alias').allTextContents()).toEqual(['Almasri', 'Osama Almasri']);
    expect(await page.locator('svg.timeline a.mark').count()).toBe(5); // his arrest, meeting and release, and Osama's flight home and sanction
    expect(await page.getByRole('heading', { name: 'Articles' }).count()).toBe(1);
    expect(await page.locator('#articles + ul li').count()).toBe(2);

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    const shot = join(ROOT, 'test-artifacts/actor-page.png');
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'docs/actor-page.png') });
    }
    expect(existsSync(shot)).toBe(true);

    // the correction log has it, with its reason and author
    await page.goto(`${web.url}/corrections`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').textContent()).toContain('One man: the warrant names him Osama Almasri Najeem');
    expect(await page.locator('tbody tr').textContent()).toContain('web editor');
    await context.close();

    // the bot answers with the merged profile: both names, both articles, Osama's facts
    const ctx = { store, commands };
    for (const line of ['/who Najeem Almasri', '/who Osama Almasri']) {
      const text = renderText(await answerLine(line, ctx));
      expect(text, line).toMatch(/^Najeem Almasri \(person\)/);
      expect(text, line).toMatch(/Also written: .*Osama Almasri/);
      expect(text, line).toContain('European Union sanctioned Osama Almasri');
      expect(text, line).toContain('Italian police arrested Najeem Almasri in Turin');
      expect(text, line).toContain('Misrata commander flown home');
      expect(text, line).toContain('Harbour police chief detained in Turin');
    }
    console.info(`browser test: ${((Date.now() - started) / 1000).toFixed(1)} s in Chromium`);
  });
});
