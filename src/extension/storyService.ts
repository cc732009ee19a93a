import * as vscode from 'vscode';
import { builtInPacks, isStory, lintStory, mergeConfig, type Pack, type ResolvedConfig, type StoryReport } from '../core';
import type { ConfigFiles, LintSetup } from './config/configFiles';
import type { ErrorReporter } from './errorReporter';

/** The one service every part of the extension (diagnostics, commands, status bar, webviews) reads stories through. */
export interface StoryService {
  /** undefined = not a story; cached per document version. */
  reportFor(document: vscode.TextDocument): StoryReport | undefined;
  /** After each (debounced) relint of an open document. */
  readonly onDidUpdate: vscode.Event<{ document: vscode.TextDocument; report: StoryReport | undefined }>;
  /** For stories that are not open (the bank view). */
  reportForFile(uri: vscode.Uri): Promise<{ text: string; report: StoryReport } | undefined>;
  /** Workspace stories (*.md filtered by isStory), excluding node_modules. */
  findStoryFiles(): Promise<vscode.Uri[]>;
  /** Settings + .storylintrc.json (the file wins). */
  configFor(uri: vscode.Uri): Promise<ResolvedConfig>;
  /** Built-in packs plus the custom packs the config names. */
  packsFor(uri: vscode.Uri): Promise<Map<string, Pack>>;
  /** Lints an open document now (no debounce) and fires onDidUpdate. */
  relint(document: vscode.TextDocument): Promise<StoryReport | undefined>;
}

const STORY_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
// Enough of a file to see its front matter: isStory only looks at the first few kilobytes.
const SNIFF_BYTES = 8192;

export class StoryLinter implements StoryService, vscode.Disposable {
  private readonly cache = new Map<string, { version: number; report: StoryReport }>();
  /** The last setup resolved per document, so the synchronous reportFor can lint without waiting for files. */
  private readonly setups = new Map<string, LintSetup>();
  private readonly updated = new vscode.EventEmitter<{ document: vscode.TextDocument; report: StoryReport | undefined }>();
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly configFiles: ConfigFiles,
    private readonly errors: ErrorReporter,
  ) {}

  /** Cheap check first: Markdown that is not a story costs one regular expression. */
  isStoryDocument(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' && STORY_SCHEMES.has(document.uri.scheme) && isStory(document.getText(), document.fileName);
  }

  reportFor(document: vscode.TextDocument): StoryReport | undefined {
    if (!this.isStoryDocument(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.report;
    return this.lintDocument(document, this.setups.get(key) ?? { config: mergeConfig(), packs: builtInPacks() });
  }

  async relint(document: vscode.TextDocument): Promise<StoryReport | undefined> {
    const key = document.uri.toString();
    if (!this.isStoryDocument(document)) {
      this.forget(document);
      this.updated.fire({ document, report: undefined });
      return undefined;
    }
    const setup = await this.configFiles.setupFor(document.uri);
    this.setups.set(key, setup);
    const report = this.lintDocument(document, setup);
    this.updated.fire({ document, report });
    return report;
  }

  /** Drops what is known about a document (closed, or no longer a story). */
  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
    this.setups.delete(document.uri.toString());
  }

  /** Config changed: every cached report may be stale. */
  clear(): void {
    this.cache.clear();
    this.setups.clear();
  }

  async reportForFile(uri: vscode.Uri): Promise<{ text: string; report: StoryReport } | undefined> {
    // A document being closed may still be listed; its buffer is no longer the story.
    const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
    if (open) {
      const report = this.reportFor(open) ?? undefined;
      return report ? { text: open.getText(), report } : undefined;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
    if (!isStory(text, uri.path)) return undefined;
    const setup = await this.configFiles.setupFor(uri);
    const report = this.safeLint(text, setup, uri);
    return report ? { text, report } : undefined;
  }

  async findStoryFiles(): Promise<vscode.Uri[]> {
    const candidates = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**');
    const stories: vscode.Uri[] = [];
    for (const uri of candidates) {
      if (/\.story\.md$/i.test(uri.path)) stories.push(uri);
      else if (await this.sniff(uri)) stories.push(uri);
    }
    return stories.sort((a, b) => a.path.localeCompare(b.path));
  }

  async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    return (await this.configFiles.setupFor(uri)).config;
  }

  async packsFor(uri: vscode.Uri): Promise<Map<string, Pack>> {
    return (await this.configFiles.setupFor(uri)).packs;
  }

  private async sniff(uri: vscode.Uri): Promise<boolean> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return isStory(new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES)));
    } catch {
      return false;
    }
  }

  private lintDocument(document: vscode.TextDocument, setup: LintSetup): StoryReport | undefined {
    const report = this.safeLint(document.getText(), setup, document.uri);
    if (report) this.cache.set(document.uri.toString(), { version: document.version, report });
    return report;
  }

  /** A crash in a rule must not take the editor down: report it once and lint nothing for this text. */
  private safeLint(text: string, setup: LintSetup, uri: vscode.Uri): StoryReport | undefined {
    try {
      return lintStory(text, { config: setup.config, packs: setup.packs });
    } catch (error) {
      this.errors.report(`linting ${vscode.workspace.asRelativePath(uri)} failed`, error);
      return undefined;
    }
  }

  dispose(): void {
    this.updated.dispose();
  }
}
