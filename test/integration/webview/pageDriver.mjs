// Playwright side of the panel suite: answers the in-host tests' requests (pageSide.ts) by reading
// and clicking inside the webviews, which are nested iframes of the workbench page.
import fs from 'node:fs';
import path from 'node:path';

const READERS = {
  storyCheck: () => ({
    score: Number(document.querySelector('.score-value')?.textContent),
    speaking: document.querySelector('[data-testid=speaking] strong')?.textContent ?? '',
    findings: [...document.querySelectorAll('button[data-finding]')].map((b) => ({ id: Number(b.dataset.finding), rule: b.dataset.rule, text: b.textContent.replace(/\s+/g, ' ').trim() })),
    groups: [...document.querySelectorAll('.group h3')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
    principles: [...document.querySelectorAll('table.principles tbody tr')].map((tr) => ({
      name: tr.querySelector('th').textContent.trim(),
      tagged: tr.querySelector('[data-col=tagged]').textContent.trim(),
      evidenced: tr.querySelector('[data-col=evidenced]').textContent.trim(),
      quotes: tr.querySelectorAll('.quotes q').length,
    })),
    companies: [...document.querySelectorAll('.column')].map((c) => c.dataset.company),
  }),
  impactSummary: () => ({
    pages: [...document.querySelectorAll('.summary-page')].map((a) => ({
      h1: a.querySelector('h1')?.textContent ?? '',
      h2: [...a.querySelectorAll('h2')].map((h) => h.textContent),
      links: [...a.querySelectorAll('a')].map((l) => l.getAttribute('href')),
    })),
    // The bank's pages: their tables as rows of cell texts (stories, then principles) and the gaps line.
    banks: [...document.querySelectorAll('.bank-page')].map((a) => {
      const [stories, principles] = [...a.querySelectorAll('table')].map((t) => [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
      return {
        company: a.dataset.company,
        h1: a.querySelector('h1')?.textContent ?? '',
        stories: stories ?? [],
        principles: principles ?? [],
        gaps: [...a.querySelectorAll('p')].find((p) => p.textContent.startsWith('Gaps:'))?.textContent ?? '',
      };
    }),
    /** Which kind of page comes where, top to bottom. */
    order: [...document.querySelectorAll('#root article')].map((a) => (a.classList.contains('bank-page') ? 'bank' : 'story')),
    toolbar: document.querySelector('[data-testid=summary-count]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
  }),
  storyBank: () => ({
    stories: [...document.querySelectorAll('thead th.story-col')].map((th) => th.dataset.file),
    rows: [...document.querySelectorAll('table.bank tbody tr')].map((tr) => ({
      id: tr.dataset.principle,
      name: tr.querySelector('th').childNodes[0].textContent.trim(),
      count: Number(tr.dataset.count),
      gap: tr.classList.contains('gap'),
      cells: [...tr.querySelectorAll('td.cell')].map((td) => td.classList[1]),
    })),
    summary: document.querySelector('[data-testid=bank-summary]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
  }),
};

/** Facts that would change if any payload of the hostile story had run or become markup. */
function inertnessFacts() {
  const root = document.getElementById('root');
  const all = [...document.querySelectorAll('*')];
  return {
    foreignElements: root.querySelectorAll('img, svg, iframe, object, embed, style, script, meta, textarea, b, link, base, form').length,
    // VS Code injects its own script into the head of every webview; ours is the only one in the body.
    scripts: document.body.querySelectorAll('script').length,
    inlineHandlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(https?:|[^:]*$)/i.test(a.getAttribute('href'))).length,
    bodyVisible: getComputedStyle(document.body).display !== 'none' && getComputedStyle(root).display !== 'none' && root.getBoundingClientRect().height > 0,
    title: document.title,
  };
}

/** The visible webview frame of `panel` once `until` matches (and `text` is shown, if given). */
async function panelFrame(page, { panel, until = '#root > *', text }, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        const ready = await frame.evaluate(
          ([p, u, t]) => document.body?.dataset.panel === p && !!document.querySelector(u) && (!t || document.body.innerText.includes(t)),
          [panel, until, text ?? ''],
        );
        if (!ready) continue;
        const box = await (await frame.frameElement()).boundingBox();
        if (box && box.width > 0 && box.height > 0) return frame;
      } catch {
        // Frames come and go while the workbench lays out; try the others.
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no visible ${panel} webview showing ${until}${text ? ` and "${text.slice(0, 60)}"` : ''}`);
}

async function settle(frame) {
  await frame.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

function steps(page, screenshots) {
  return {
    read: async (args) => (await panelFrame(page, args, args.timeoutMs)).evaluate(READERS[args.panel]),
    click: async (args) => {
      const frame = await panelFrame(page, { ...args, until: args.selector });
      await frame.click(args.selector);
    },
    watchScore: async (args) =>
      (await panelFrame(page, { ...args, until: '.score-value' })).evaluate((from) => {
        window.__scoreChange = undefined;
        const observer = new MutationObserver(() => {
          const score = Number(document.querySelector('.score-value')?.textContent);
          if (score === from || Number.isNaN(score)) return;
          window.__scoreChange = { at: Date.now(), score };
          observer.disconnect();
        });
        observer.observe(document.getElementById('root'), { childList: true, subtree: true, characterData: true });
      }, args.from),
    scoreChanged: async (args) => {
      const frame = await panelFrame(page, { ...args, until: '.score-value' });
      const handle = await frame.waitForFunction(() => window.__scoreChange, undefined, { timeout: 10_000, polling: 10 });
      return handle.jsonValue();
    },
    tabFocus: async (args) => {
      const frame = await panelFrame(page, { ...args, until: 'button' });
      await frame.click('h1');
      await page.keyboard.press('Tab');
      return frame.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName, outline: el ? getComputedStyle(el).outlineStyle : 'none', focusVisible: !!el?.matches(':focus-visible') };
      });
    },
    inert: async (args) => {
      const frame = await panelFrame(page, args);
      const facts = await frame.evaluate(inertnessFacts);
      const pwned = [];
      for (const f of page.frames()) {
        const value = await f.evaluate(() => window.__pwned).catch(() => undefined);
        if (value !== undefined) pwned.push(value);
      }
      return { ...facts, pwned, titles: [await page.title(), facts.title], textShown: true };
    },
    /**
     * The workbench's own status bar entry for StoryLint, once it shows `text` (or is gone, with
     * `hidden`). Answers with what it saw either way, so the host's assertion names the difference.
     */
    statusBar: async ({ text, hidden, timeoutMs = 10_000 }) => {
      const read = () => page.evaluate(() => {
        const el = [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')].find((e) => e.id.endsWith('storylint.status'));
        const visible = !!el && el.getBoundingClientRect().width > 0 && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden';
        return { present: !!el, visible, text: el?.textContent.replace(/\s+/g, ' ').trim() ?? '', id: el?.id ?? '', ariaLabel: el?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '' };
      });
      const wanted = (s) => (hidden ? !s.visible : s.visible && (!text || s.text === text));
      const deadline = Date.now() + timeoutMs;
      let seen = await read();
      while (!wanted(seen) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
        seen = await read();
      }
      return seen;
    },
    /** The StoryLint status bar item's tooltip, as the workbench shows it when the pointer rests on the item. */
    statusBarTooltip: async ({ timeoutMs = 10_000 }) => {
      const item = page.locator('#workbench\\.parts\\.statusbar .statusbar-item[id$="storylint.status"]').first();
      const hover = page.locator('.monaco-hover', { hasText: 'StoryLint: score' }).first();
      await item.hover();
      await hover.waitFor({ timeout: timeoutMs });
      const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
      // Move off so the hover closes and covers nothing the next step reads.
      await page.mouse.move(0, 0);
      await hover.waitFor({ state: 'hidden', timeout: timeoutMs }).catch(() => {});
      return text;
    },
    /**
     * Clicks a diagnostic's code link (a rule id) as a person does: in the hover the editor shows while the
     * pointer rests on the flagged `word` (`where: 'hover'`), or in the Problems panel (`where: 'problems'`,
     * opened by the host first). `code`: the link to click; in Problems, without it, the first one shown
     * (the list is long once Lint All has run, and only the rows in view exist). Answers with the link's text.
     */
    clickCodeLink: async ({ where, code, word, timeoutMs = 10_000 }) => {
      if (where === 'hover') {
        const flagged = page.locator('.editor-group-container.active .monaco-editor .view-line span > span', { hasText: new RegExp(`^${word}$`) }).first();
        await flagged.hover();
      }
      const scope = where === 'hover' ? '.monaco-hover a.code-link' : '.markers-panel a.monaco-link';
      const link = page.locator(scope, code ? { hasText: new RegExp(`^\\s*${code}\\s*$`) } : {}).first();
      await link.waitFor({ timeout: timeoutMs });
      const text = (await link.textContent())?.trim() ?? '';
      await link.click();
      return text;
    },
    /** The first heading of a visible webview frame whose first heading is `heading` (a rendered Markdown page). */
    renderedHeading: async ({ heading, timeoutMs = 10_000 }) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const frame of page.frames()) {
          const h1 = await frame.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '').catch(() => '');
          if (h1 !== heading) continue;
          const box = await (await frame.frameElement().catch(() => null))?.boundingBox();
          if (box && box.width > 0 && box.height > 0) return h1;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no visible frame shows a rendered "${heading}" heading`);
    },
    /** Brings a workbench editor tab to the front, as a click on it does. */
    clickTab: async ({ label }) => {
      await page.locator(`.tabs-container .tab[aria-label^="${label}"]`).first().click();
    },
    exportFromPalette: (args) => exportFromPalette(page, args, screenshots),
    /** Focuses `selector` in a panel and presses `key`, as a keyboard user does. */
    press: async (args) => {
      const frame = await panelFrame(page, { ...args, until: args.selector });
      await frame.focus(args.selector);
      await page.keyboard.press(args.key);
    },
    /**
     * Opens the command palette (F1), types `typed` and answers with the rows it lists. With `run`,
     * presses Enter once a row shows `run`; otherwise (or when none does within 5 s) Escape.
     */
    palette: async ({ typed, run, opened = false }) => {
      // F1 pressed while a webview has focus may reach the workbench late or not at all on a busy machine (a CI run
      // waited 30 s for the palette): click the active tab and press it again until the palette shows.
      const input = page.locator('.quick-input-widget input').last();
      // (`opened`: the test opened the palette itself, through the workbench command, so no key press is needed first. It
      // is waited for once, 8 s: the loop's condition used to wait 15 s again before every try, and a run timed out)
      // The palette can also close again before it is typed in, when the webview takes focus back (a fresh-clone run saw
      // it shown, then "element is not visible" for 30 s at the fill): the fill is a try of its own, 5 s, and a miss opens
      // the palette again. Four tries: 8 s (and 5 s to type) for the palette the test opened, then 5 s on the tab, 5 s for
      // F1 and 5 s to type, three times: 58 s at most, under the host's 70 s.
      let typedIn = false;
      for (let tries = 0; tries < 4 && !typedIn; tries++) {
        let shown = tries === 0 && opened && (await input.waitFor({ timeout: 8_000 }).then(() => true, () => false));
        if (!shown && !(tries === 0 && opened)) {
          // (after a miss, click the active tab first: the panel stays active, and the keys reach the workbench, not the webview)
          if (tries > 0) await page.locator('.tabs-container .tab.active').first().click({ timeout: 5_000 }).catch(() => {});
          await page.keyboard.press('F1');
          shown = await input.waitFor({ timeout: 5_000 }).then(() => true, () => false);
        }
        if (shown) typedIn = await input.fill(typed, { timeout: 5_000 }).then(() => true, () => false);
      }
      if (!typedIn) throw new Error('the command palette did not open, or closed before it was typed in, four times');
      const rows = page.locator('.quick-input-list .monaco-list-row');
      const found = run
        ? await rows
            .filter({ hasText: run })
            .first()
            .waitFor({ timeout: 5_000 })
            .then(() => true, () => false)
        : false;
      const labels = await quickPickRows(page);
      if (found) await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: run }).first().waitFor({ timeout: 5_000 });
      await page.keyboard.press(found ? 'Enter' : 'Escape');
      return labels;
    },
    /** Waits for the extension's quick pick titled `title`, reads its rows, then picks `pick` (or Escape). */
    quickPick: async ({ title, pick }) => {
      await page.locator('.quick-input-widget', { hasText: title }).waitFor({ timeout: 15_000 });
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
      const rows = await quickPickRows(page);
      if (pick) await page.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first().click();
      else await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget', { hasText: title }).waitFor({ state: 'hidden', timeout: 15_000 });
      return rows;
    },
    /** The text of the first notification toast matching `text` (a regular expression source). */
    toast: async ({ text, timeoutMs = 15_000 }) => {
      const toast = page.locator('.notifications-toasts .notification-list-item-message', { hasText: new RegExp(text) }).first();
      await toast.waitFor({ timeout: timeoutMs });
      return (await toast.textContent())?.trim() ?? '';
    },
    screenshot: async (args) => {
      const frame = await panelFrame(page, args);
      await settle(frame);
      fs.mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: path.join(screenshots, `${args.name}.png`) });
      const box = await (await frame.frameElement()).boundingBox();
      await page.screenshot({ path: path.join(screenshots, `${args.name}-panel.png`), clip: box });
    },
  };
}

/**
 * Runs "StoryLint: Export Impact Summary" the way a person does, in a second workbench window on the
 * same server and folder that loads the extension for development but runs no tests: VS Code refuses
 * every modal dialog in a window whose URL names extension tests (DialogService.skipDialogs), however
 * the command is started, so the real "Overwrite?" modal can only be answered in such a window.
 * Opens `file` (workspace-relative) with Quick Open, runs the command from the palette, picks
 * "Next to each story", answers the modal with `answer` and waits for the command's notification.
 */
async function exportFromPalette(page, { file, answer, timeoutMs = 60_000 }, screenshots) {
  const url = new URL(page.url());
  const payload = JSON.parse(url.searchParams.get('payload') ?? '[]').filter(([key]) => key !== 'extensionTestsPath');
  url.searchParams.set('payload', JSON.stringify(payload));
  // A context of its own: the test window's stored workbench state (open editors, panels) stays its own.
  const context = await page.context().browser().newContext({ viewport: { width: 1400, height: 900 } });
  const dev = await context.newPage();
  try {
    dev.setDefaultTimeout(timeoutMs);
    await dev.goto(url.toString());
    await dev.locator('.monaco-workbench .part.editor').waitFor();
    const pick = async (typed, row) => {
      await dev.locator('.quick-input-widget input').last().fill(typed);
      await dev.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor();
      await dev.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).first().waitFor();
      await dev.keyboard.press('Enter');
    };
    // Quick Open (the palette without its ">") finds the file; the export entry needs a Markdown editor.
    await dev.keyboard.press('F1');
    await dev.locator('.quick-input-widget input').waitFor();
    const name = path.basename(file);
    await pick(file, name);
    await dev.locator(`.tab.active[aria-label^="${name}"]`).waitFor();
    // The palette lists the command only while a Markdown editor has focus (its `when` clause).
    await dev.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await dev.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
    await dev.keyboard.press('F1');
    await pick('>StoryLint: Export Impact Summary', 'Export Impact Summary');
    await dev.locator('.quick-input-widget', { hasText: 'Export Impact Summary: where?' }).waitFor();
    await pick('Next to each story', 'Next to each story');
    const dialog = dev.locator('.monaco-dialog-box');
    await dialog.waitFor();
    const text = async (selector) => (await dialog.locator(selector).textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    const [message, detail] = [await text('.dialog-message-text'), await text('.dialog-message-detail')];
    const buttons = (await dialog.locator('.dialog-buttons .monaco-button').allTextContents()).map((t) => t.trim());
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: answer }).click();
    await dialog.waitFor({ state: 'detached' });
    const toast = dev.locator('.notifications-toasts .notification-list-item-message', { hasText: /StoryLint: (exported|not overwritten)/ });
    await toast.first().waitFor();
    return { message, detail, buttons, notification: (await toast.first().textContent())?.trim() ?? '' };
  } catch (e) {
    // The test window's picture (taken by drivePage) would not show this one.
    fs.mkdirSync(screenshots, { recursive: true });
    await dev.screenshot({ path: path.join(screenshots, `failed-export-${answer}-dev-window.png`) }).catch(() => {});
    throw e;
  } finally {
    await context.close();
  }
}

/** The rows a quick pick lists: label, description, and whether it is the focused (Enter) row. */
function quickPickRows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((row) => ({
        label: row.querySelector('.label-name')?.textContent.trim() ?? '',
        description: row.querySelector('.label-description')?.textContent.trim() ?? '',
        focused: row.classList.contains('focused'),
      })),
  );
}

/** Polls `dir` for req-N.json until the suite exits; writes res-N.json for each. */
export async function drivePage(page, { dir, screenshots, exited }) {
  let done = false;
  exited.then(() => (done = true));
  const handlers = steps(page, screenshots);
  const handled = new Set();
  while (!done) {
    const requests = fs.readdirSync(dir).filter((f) => /^req-\d+\.json$/.test(f) && !handled.has(f));
    for (const file of requests.sort((a, b) => parseInt(a.slice(4)) - parseInt(b.slice(4)))) {
      handled.add(file);
      const { id, step, args } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      let answer;
      try {
        if (!handlers[step]) throw new Error(`unknown step ${step}`);
        answer = { ok: true, data: (await handlers[step](args)) ?? null };
      } catch (e) {
        answer = { ok: false, error: String(e?.message ?? e) };
        // What the workbench looked like when the step failed, for whoever reads the failure.
        await page.screenshot({ path: path.join(screenshots, `failed-${id}-${step}.png`) }).catch(() => {});
      }
      const out = path.join(dir, `res-${id}.json`);
      fs.writeFileSync(`${out}.part`, JSON.stringify(answer));
      fs.renameSync(`${out}.part`, out);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
