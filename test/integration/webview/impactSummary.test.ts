import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { lintStory, renderSummaryMarkdown } from '../../../src/core';
import { bankMarkdown } from '../../../src/shared/model/impactSummary';
import { api, closeAll, openStory, until, workspaceUri } from './helpers';
import { onPage, pageSideAvailable } from './pageSide';

export interface SummaryDom {
  pages: { h1: string; h2: string[]; links: string[] }[];
  /** The bank's pages: each table's body rows as cell texts, and the "Gaps:" line. */
  banks: { company: string; h1: string; stories: string[][]; principles: string[][]; gaps: string }[];
  /** 'bank' or 'story' for each page, top to bottom. */
  order: string[];
  toolbar: string;
}

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('Impact Summary panel and export (real VS Code)', function () {
  before(function () {
    if (!pageSideAvailable()) this.skip();
  });
  beforeEach(closeAll);

  it('renders the active story summary with markdown-it', async () => {
    const editor = await openStory('amazon/catalog-ingestion-latency.story.md');
    const report = (await api()).stories.reportFor(editor.document)!;
    await vscode.commands.executeCommand('storylint.previewImpactSummary');
    const dom = await onPage<SummaryDom>('read', { panel: 'impactSummary', until: '.summary-page h1' });
    assert.equal(dom.pages.length, 1);
    assert.equal(dom.pages[0]!.h1, report.summary?.title);
    assert.deepEqual(dom.pages[0]!.h2, ['Metric moved', 'Stakeholders influenced', 'Scale of the effort', 'Principles shown', 'Inputs → Outputs → Impact']);
  });

  it("names the story's company by its pack name, as Story Check does", async () => {
    await openStory('amazon/catalog-ingestion-latency.story.md');
    await vscode.commands.executeCommand('storylint.previewImpactSummary');
    await onPage('read', { panel: 'impactSummary', until: '.summary-page h1', text: 'Company: Amazon Leadership Principles' });
  });

  it('the panel\'s Export button asks where, like the command, and still asks before overwriting', async function () {
    this.timeout(120_000);
    const md = workspaceUri('amazon/catalog-ingestion-latency.impact.md');
    const page = workspaceUri('amazon/catalog-ingestion-latency.impact.html');
    const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
    try {
      const editor = await openStory('amazon/catalog-ingestion-latency.story.md');
      const report = (await api()).stories.reportFor(editor.document)!;
      await vscode.commands.executeCommand('storylint.previewImpactSummary');
      await onPage('click', { panel: 'impactSummary', selector: 'button[data-action="export"]' });
      const where = await onPage<{ label: string }[]>('quickPick', { title: 'Export Impact Summary: where?' });
      assert.deepEqual(where.map((r) => r.label), ['Next to each story', 'Choose a folder…']);
      assert.equal((await exists(md)) || (await exists(page)), false, 'cancelled: nothing written');

      await onPage('click', { panel: 'impactSummary', selector: 'button[data-action="export"]' });
      await onPage('quickPick', { title: 'Export Impact Summary: where?', pick: 'Next to each story' });
      await until(async () => ((await exists(md)) && (await exists(page)) ? true : undefined), () => 'both files written next to the story');
      await until(async () => ((await read(md)) === renderSummaryMarkdown(report) ? true : undefined), () => 'the summary in the Markdown file');

      // Both files exist now: the modal asks (and, refused in the test window, means no).
      await vscode.workspace.fs.writeFile(md, new TextEncoder().encode('edited by hand'));
      await onPage('click', { panel: 'impactSummary', selector: 'button[data-action="export"]' });
      await onPage('quickPick', { title: 'Export Impact Summary: where?', pick: 'Next to each story' });
      await onPage('toast', { text: 'not overwritten: catalog-ingestion-latency\\.impact\\.md' });
      assert.equal(await read(md), 'edited by hand');
    } finally {
      for (const file of [md, page]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  it('shows a chosen set of stories, one page each', async () => {
    const uris = ['amazon/catalog-ingestion-latency.story.md', 'netflix/recommendations-row-test.story.md'].map((p) => workspaceUri(p).toString());
    await vscode.commands.executeCommand('storylint.previewImpactSummary', { uris });
    const dom = await onPage<SummaryDom>('read', { panel: 'impactSummary', until: '.summary-page + .summary-page h1' });
    assert.equal(dom.pages.length, 2);
  });

  it("with two stories, shows the bank's one-page summary first, then each story's page", async () => {
    const uris = ['amazon/catalog-ingestion-latency.story.md', 'amazon/checkout-pushback.story.md'].map((p) => workspaceUri(p).toString());
    await vscode.commands.executeCommand('storylint.previewImpactSummary', { uris });
    const dom = await onPage<SummaryDom>('read', { panel: 'impactSummary', until: '.bank-page + .summary-page + .summary-page h1' });
    assert.deepEqual(dom.order, ['bank', 'story', 'story']);
    assert.equal(dom.banks.length, 1);
    const bank = dom.banks[0]!;
    assert.equal(bank.h1, 'Story bank: Amazon Leadership Principles');
    assert.deepEqual(
      bank.stories.map((row) => row.slice(0, 3)),
      [
        ['1', 'Cut catalog ingestion latency from six hours to 25 minutes', 'p95 ingestion time went from six hours to 25 minutes, within 14 weeks'],
        ['2', 'Pushed back on forced sign-up at checkout, then committed…', 'the email list grew from 410,000 to 600,000 subscribers, within eight weeks'],
      ],
    );
    assert.deepEqual(bank.principles.find((row) => row[0] === 'Think Big'), ['Think Big', '0 · gap', '—']);
    assert.match(bank.gaps, /^Gaps: .*Think Big/);
    assert.equal(dom.toolbar, '2 stories');
    assert.deepEqual(dom.pages.map((p) => p.h1), ['Cut catalog ingestion latency from six hours to 25 minutes', "Pushed back on forced sign-up at checkout, then committed to the VP's call"]);
  });

  it("exports the bank's page with the stories' (judged against the company asked for), and never overwrites it without asking", async () => {
    const stories = ['amazon/catalog-ingestion-latency.story.md', 'netflix/localization-candor.story.md'].map((p) => workspaceUri(p));
    const bankMd = workspaceUri('story-bank.impact.md');
    const bankHtml = workspaceUri('story-bank.impact.html');
    const storyFiles = ['amazon/catalog-ingestion-latency', 'netflix/localization-candor'].flatMap((stem) => [workspaceUri(`${stem}.impact.md`), workspaceUri(`${stem}.impact.html`)]);
    const args = { uris: stories.map((u) => u.toString()), company: 'amazon' };
    try {
      const first = await vscode.commands.executeCommand<{ written: string[]; skipped: string[] }>('storylint.exportImpactSummary', { ...args, overwrite: false });
      // Beside the stories: the bank's page in the folder that holds them both.
      assert.deepEqual(first.written, [...storyFiles, bankMd, bankHtml].map((u) => u.fsPath));
      const { stories: service } = await api();
      const judged = [];
      for (const uri of stories) judged.push({ uri: uri.toString(), fileName: uri.path, report: lintStory((await service.reportForFile(uri))!.text, { company: 'amazon', config: await service.configFor(uri) }) });
      const markdown = await read(bankMd);
      assert.equal(markdown, bankMarkdown(judged));
      assert.deepEqual(markdown.split('\n').filter((l) => l.startsWith('# ')), ['# Story bank: Amazon Leadership Principles'], 'one page: both stories judged against Amazon');
      assert.match(markdown, /^2 stories · /m);
      assert.match(await read(bankHtml), /<title>Story bank · Impact summary<\/title>[\s\S]*<main class="summary bank">\s*<h1>Story bank: Amazon Leadership Principles<\/h1>[\s\S]*<table>/);

      await vscode.workspace.fs.writeFile(bankMd, new TextEncoder().encode('edited by hand'));
      // No answer given: the modal is refused in the test window, which means no.
      const again = await vscode.commands.executeCommand<{ written: string[]; skipped: string[] }>('storylint.exportImpactSummary', args);
      assert.deepEqual(again.written, []);
      assert.ok(again.skipped.includes(bankMd.fsPath) && again.skipped.includes(bankHtml.fsPath), again.skipped.join());
      assert.equal(await read(bankMd), 'edited by hand');
    } finally {
      for (const file of [...storyFiles, bankMd, bankHtml]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  it('exports Markdown and standalone HTML next to the story, and never overwrites without asking', async () => {
    const story = workspaceUri('amazon/checkout-pushback.story.md');
    const md = workspaceUri('amazon/checkout-pushback.impact.md');
    const page = workspaceUri('amazon/checkout-pushback.impact.html');
    const report = (await (await api()).stories.reportForFile(story))!.report;

    const first = await vscode.commands.executeCommand<{ written: string[]; skipped: string[] }>('storylint.exportImpactSummary', { uri: story.toString() });
    assert.deepEqual(first.written, [md.fsPath, page.fsPath]);
    assert.equal(await read(md), renderSummaryMarkdown(report));
    const html = await read(page);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /<script/i);

    await vscode.workspace.fs.writeFile(md, new TextEncoder().encode('edited by hand'));
    const refused = await vscode.commands.executeCommand<{ written: string[]; skipped: string[] }>('storylint.exportImpactSummary', { uri: story.toString(), overwrite: false });
    assert.deepEqual(refused.written, []);
    assert.equal(await read(md), 'edited by hand');

    // No answer given: the command asks with a modal warning. VS Code refuses to show modals while
    // extension tests run, which the command must read as "no": the file stays as it was.
    const unanswered = await vscode.commands.executeCommand<{ written: string[]; skipped: string[] }>('storylint.exportImpactSummary', { uri: story.toString() });
    assert.deepEqual(unanswered.written, []);
    assert.deepEqual(unanswered.skipped, [md.fsPath, page.fsPath]);
    assert.equal(await read(md), 'edited by hand');

    const confirmed = await vscode.commands.executeCommand<{ written: string[] }>('storylint.exportImpactSummary', { uri: story.toString(), overwrite: true });
    assert.equal(confirmed.written.length, 2);
    assert.equal(await read(md), renderSummaryMarkdown(report));
  });

  it('asks with the real modal when run from the palette: Cancel leaves the files, Overwrite replaces them', async function () {
    this.timeout(300_000);
    // Driven by the page side in a second window without extension tests (this window refuses modals).
    const story = workspaceUri('amazon/seller-onboarding-redesign.story.md');
    const md = workspaceUri('amazon/seller-onboarding-redesign.impact.md');
    const page = workspaceUri('amazon/seller-onboarding-redesign.impact.html');
    const report = (await (await api()).stories.reportForFile(story))!.report;
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(md, encode('md edited by hand'));
    await vscode.workspace.fs.writeFile(page, encode('html edited by hand'));
    try {
      type Answered = { message: string; detail: string; buttons: string[]; notification: string };
      const cancelled = await onPage<Answered>('exportFromPalette', { file: 'amazon/seller-onboarding-redesign.story.md', answer: 'Cancel', timeoutMs: 30_000 }, 120_000);
      assert.equal(cancelled.message, 'seller-onboarding-redesign.impact.md and seller-onboarding-redesign.impact.html already exist. Overwrite?');
      assert.equal(cancelled.detail, 'In examples/amazon', 'the dialog names the folder');
      assert.deepEqual([...cancelled.buttons].sort(), ['Cancel', 'Overwrite']);
      assert.match(cancelled.notification, /not overwritten: seller-onboarding-redesign\.impact\.md, seller-onboarding-redesign\.impact\.html/);
      assert.equal(await read(md), 'md edited by hand');
      assert.equal(await read(page), 'html edited by hand');

      const overwritten = await onPage<Answered>('exportFromPalette', { file: 'amazon/seller-onboarding-redesign.story.md', answer: 'Overwrite', timeoutMs: 30_000 }, 120_000);
      assert.match(overwritten.notification, /exported seller-onboarding-redesign\.impact\.md, seller-onboarding-redesign\.impact\.html/);
      assert.equal(await read(md), renderSummaryMarkdown(report));
      assert.match(await read(page), /^<!DOCTYPE html>/);
    } finally {
      for (const file of [md, page]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  it('exports to a chosen folder', async () => {
    const story = workspaceUri('netflix/recommendations-row-test.story.md');
    const target = workspaceUri('exports');
    await vscode.workspace.fs.createDirectory(target);
    const result = await vscode.commands.executeCommand<{ written: string[] }>('storylint.exportImpactSummary', { uri: story.toString(), target: target.toString(), overwrite: false });
    assert.deepEqual(result.written, [vscode.Uri.joinPath(target, 'recommendations-row-test.impact.md').fsPath, vscode.Uri.joinPath(target, 'recommendations-row-test.impact.html').fsPath]);
  });
});
